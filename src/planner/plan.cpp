#include "recover/planner/plan.hpp"

#include <algorithm>
#include <tuple>

namespace recover {

void sort_plan(Plan& plan) {
    std::stable_sort(plan.items.begin(), plan.items.end(), [](const Item& a, const Item& b) {
        return std::tie(a.date, a.category, a.rule, a.title) < std::tie(b.date, b.category, b.rule, b.title);
    });
    std::stable_sort(plan.notes.begin(), plan.notes.end(),
                     [](const Note& a, const Note& b) { return std::tie(a.date, a.rule) < std::tie(b.date, b.rule); });
}

} // namespace recover
