#include "recover/render/render.hpp"

#include "recover/log/csv.hpp"
#include "recover/core/dates.hpp"
#include "render/common.hpp"

#include <fmt/format.h>

#include <array>

namespace recover {

namespace {

constexpr std::array<std::string_view, 11> columns{"date",     "category",    "treatment",   "rule",
                                                   "title",    "minutes_min", "minutes_max", "focus",
                                                   "triggers", "reason",      "source"};

/// The cells of one item in `columns` order, as plain text; minutes are empty when it has none.
std::array<std::string, 11> cells(const Item& item) {
    bool timed = item.minutes[1] != 0;
    return {iso_date(item.date),
            std::string(to_string(item.category)),
            std::string(to_string(item.treatment)),
            item.rule,
            item.title,
            timed ? std::to_string(item.minutes[0]) : "",
            timed ? std::to_string(item.minutes[1]) : "",
            fmt::format("{}", fmt::join(item.focus, "; ")),
            triggers_text(item.triggers),
            item.reason,
            item.source};
}

} // namespace

std::string render_plan_csv(const Plan& plan) {
    std::string out = fmt::format("{}\r\n", fmt::join(columns, ","));
    for (const Item& item : plan.items) {
        std::vector<std::string> row;
        for (const std::string& cell : cells(item))
            row.push_back(csv_field(cell, true));
        out += fmt::format("{}\r\n", fmt::join(row, ","));
    }
    return out;
}

} // namespace recover
