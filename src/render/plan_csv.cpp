#include "recover/render/render.hpp"

#include "recover/log/csv.hpp"
#include "recover/core/dates.hpp"
#include "render/common.hpp"

#include <fmt/format.h>

#include <array>

namespace recover {

namespace {

constexpr std::size_t column_count = 15;
constexpr std::array<std::string_view, column_count> columns{
    "date",     "until",  "category", "treatment", "rule",           "title",  "minutes_min", "minutes_max",
    "focus",    "triggers", "reason", "advice",    "tell_therapist", "booked", "source"};

/// The cells of one item in `columns` order, as plain text; minutes are empty when it has none.
std::array<std::string, column_count> cells(const Item& item) {
    bool timed = item.minutes[1] != 0;
    return {iso_date(item.date),
            iso_date(item.last_day()),
            std::string(to_string(item.category)),
            std::string(to_string(item.treatment)),
            item.rule,
            item.title,
            timed ? std::to_string(item.minutes[0]) : "",
            timed ? std::to_string(item.minutes[1]) : "",
            fmt::format("{}", fmt::join(item.focus, "; ")),
            triggers_text(item.triggers),
            item.reason,
            item.advice,
            item.tell_therapist,
            item.booked ? "true" : "false",
            item.source};
}

/// A note as a row: category "note", its rule, its text as the title.
std::array<std::string, column_count> cells(const Note& note) {
    std::array<std::string, column_count> row;
    row[0] = row[1] = iso_date(note.date);
    row[2] = "note";
    row[4] = note.rule;
    row[5] = note.text;
    row[13] = "false";
    return row;
}

template <class Row> std::string csv_row(const Row& row) {
    std::vector<std::string> out;
    for (const std::string& cell : cells(row)) out.push_back(csv_field(cell, true));
    return fmt::format("{}\r\n", fmt::join(out, ","));
}

} // namespace

std::string render_plan_csv(const Plan& plan) {
    std::string out = fmt::format("{}\r\n", fmt::join(columns, ","));
    // Items and notes in date order; on one day the items first.
    std::size_t n = 0;
    for (const Item& item : plan.items) {
        for (; n < plan.notes.size() && plan.notes[n].date < item.date; ++n) out += csv_row(plan.notes[n]);
        out += csv_row(item);
    }
    for (; n < plan.notes.size(); ++n) out += csv_row(plan.notes[n]);
    return out;
}

} // namespace recover
