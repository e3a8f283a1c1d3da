#include "recover/render/render.hpp"

#include "render/common.hpp"

#include "recover/log/csv.hpp"
#include "recover/core/dates.hpp"
#include "recover/core/terminal.hpp"
#include "recover/core/json.hpp"
#include "recover/core/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace recover {

namespace {

constexpr std::array<std::string_view, 12> columns{"date",  "start", "sport", "kind",    "long",  "minutes",
                                                   "distance_km", "rpe", "load", "planned", "title", "why"};

std::string start_text(const Workout& w) {
    if (!w.start) return "";
    return fmt::format("{:02}:{:02}", w.start->count() / 60, w.start->count() % 60);
}

/// The values of one workout, in `columns` order, as plain text (empty when missing).
std::array<std::string, 12> values(const Workout& w) {
    return {iso_date(w.date),
            start_text(w),
            std::string(to_string(w.sport)),
            std::string(to_string(w.kind)),
            w.long_run ? "true" : "false",
            json_number(w.minutes, 1),
            w.distance_km ? json_number(*w.distance_km, 2) : "",
            w.signals.rpe ? json_number(*w.signals.rpe, 1) : "",
            json_number(w.load, 0),
            w.planned ? "true" : "false",
            w.title,
            w.why};
}

std::string workout_json(const Workout& w) {
    return fmt::format(
        "{{\"date\": {}, \"start\": {}, \"sport\": {}, \"kind\": {}, \"long\": {}, \"minutes\": {}, \"distance_km\": {}, "
        "\"rpe\": {}, \"load\": {}, \"planned\": {}, \"title\": {}, \"why\": {}}}",
        json_string(iso_date(w.date)), w.start ? json_string(start_text(w)) : "null", json_string(to_string(w.sport)),
        json_string(to_string(w.kind)), w.long_run ? "true" : "false", json_number(w.minutes, 1),
        json_number(w.distance_km, 2), json_number(w.signals.rpe, 1), json_number(w.load, 0), w.planned ? "true" : "false",
        json_string(w.title), json_string(w.why));
}

std::string render_json(const std::vector<Workout>& workouts) {
    return fmt::format("{{\"workouts\": {}}}\n", json_array(workouts, workout_json, ArrayLayout::one_per_line));
}

std::string render_csv(const std::vector<Workout>& workouts) {
    std::string out = fmt::format("{}\r\n", fmt::join(columns, ","));
    for (const Workout& w : workouts) {
        std::vector<std::string> cells;
        for (const std::string& v : values(w)) cells.push_back(csv_field(v, true));
        out += fmt::format("{}\r\n", fmt::join(cells, ","));
    }
    return out;
}

std::string render_table(const std::vector<Workout>& workouts) {
    if (workouts.empty()) return "no workouts in the log\n";
    std::vector<std::array<std::string, 12>> rows;
    rows.push_back({});
    std::copy(columns.begin(), columns.end(), rows.back().begin());
    for (const Workout& w : workouts) {
        rows.push_back(values(w));
        rows.back()[10] = terminal_text(rows.back()[10]);
    }
    std::array<int, 12> width{};
    for (const auto& row : rows)
        for (std::size_t c = 0; c < row.size(); ++c) width[c] = std::max(width[c], count_chars(row[c]));
    std::string out;
    for (const auto& row : rows) {
        std::string line;
        for (std::size_t c = 0; c < row.size(); ++c) {
            bool numeric = c >= 5 && c <= 8;
            int gap = width[c] - count_chars(row[c]);
            std::string padding(static_cast<std::size_t>(gap), ' ');
            line += (c ? "  " : "") + (numeric ? padding + row[c] : row[c] + (c + 1 < row.size() ? padding : ""));
        }
        out += std::string(trim(line)) + '\n';
    }
    return out;
}

} // namespace

std::string render_workouts(const std::vector<Workout>& workouts, WorkoutsFormat format) {
    switch (format) {
    case WorkoutsFormat::json: return render_json(workouts);
    case WorkoutsFormat::csv: return render_csv(workouts);
    case WorkoutsFormat::text: break;
    }
    return render_table(workouts);
}

} // namespace recover
