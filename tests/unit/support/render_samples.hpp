#pragma once
/// Small plans for the renderer tests, built field by field.

#include "recover/core/dates.hpp"
#include "recover/planner/plan.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace recover::samples {

inline date::local_days day(std::string_view iso) {
    return *parse_iso_date(iso);
}

inline Cause cause(Cause::What what, std::string_view iso, std::string label) {
    Cause c;
    c.what = what;
    c.date = day(iso);
    c.label = std::move(label);
    return c;
}

/// An item with its date, kind, rule and title; the rest left for the test to set.
inline Item item(std::string_view iso, Category category, Treatment treatment, std::string rule, std::string title) {
    Item i;
    i.date = day(iso);
    i.category = category;
    i.treatment = treatment;
    i.rule = std::move(rule);
    i.title = std::move(title);
    return i;
}

/// A deep massage on `iso`, caused by the hard workout `label` on `workout_iso`.
inline Item deep_massage(std::string_view iso, std::string_view workout_iso, std::string label) {
    Item i =
        item(iso, Category::appointment, Treatment::deep_massage, "deep-massage-after-hard", "Deep sports massage");
    i.minutes = {45, 60};
    i.focus = {"calves", "quads"};
    i.triggers = {cause(Cause::What::workout, workout_iso, std::move(label))};
    i.reason = "48 h after a very hard session";
    i.source = "massage-types-and-timing.txt";
    return i;
}

inline Plan plan(std::string_view from, std::string_view until, std::vector<Item> items = {}) {
    Plan p;
    p.from = day(from);
    p.until = day(until);
    p.items = std::move(items);
    return p;
}

} // namespace recover::samples
