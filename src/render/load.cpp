#include "recover/render/render.hpp"

#include "recover/core/dates.hpp"
#include "recover/core/json.hpp"
#include "recover/log/csv.hpp"
#include "recover/core/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace recover {

namespace {

/// `value` with `decimals` fixed decimals, or "-" when there is none.
std::string fixed(const std::optional<double>& value, int decimals) {
    return value ? fixed_decimals(*value, decimals) : "-";
}

/// One line: the model, the smoothing and its windows, the CTL/ATL constants, the week thresholds.
std::string settings_line(const Settings& s) {
    std::string smoothing =
        s.smoothing == Smoothing::ewma
            ? fmt::format("ewma (acute {} days, chronic {} days, λ = 2 / (days + 1))", s.acute_days, s.chronic_days)
            : fmt::format("rolling (acute: mean of {} days, chronic: mean of {} days)", s.acute_days, s.chronic_days);
    return fmt::format(
        "settings: model {}, smoothing {}, ATL {} days, CTL {} days, heavy: acwr above {:g} or {}+ hard days, "
        "easy: acwr below {:g}\n",
        to_string(s.load_model), smoothing, s.atl_days, s.ctl_days, s.heavy_acwr, s.heavy_hard_days, s.easy_acwr);
}

/// One line: what a workout's load is under the model, and what stands in when a signal is missing.
std::string model_line(const LoadSeries& load, const Settings& s) {
    switch (s.load_model) {
    case LoadModel::duration: return "model: minutes of training, whatever the effort\n";
    case LoadModel::session_rpe: break;
    case LoadModel::trimp: {
        TrimpBasis basis = load.trimp.value_or(TrimpBasis{});
        std::string formula = fmt::format("Banister TRIMP = minutes × HRr × {:g} × e^({:g} × HRr), "
                                          "HRr = (avg HR − resting) / (max − resting)",
                                          s.trimp_k1, s.trimp_k2);
        std::string max_hr = basis.max_hr
                                 ? fmt::format("max HR {:g} ({})", *basis.max_hr,
                                               basis.max_hr_from_log ? "the highest in the log" : "[athlete] max_hr")
                                 : std::string("no max HR (set [athlete] max_hr)");
        std::string resting =
            fmt::format("resting HR {:g} ({})", basis.resting_hr,
                        basis.resting_hr_assumed ? "assumed: no [athlete] resting_hr" : "[athlete] resting_hr");
        int total = basis.from_heart_rate + basis.without_heart_rate;
        return fmt::format("model: {}; {}, {}; without heart rate, session RPE × minutes instead ({} of {} workouts)\n",
                           formula, max_hr, resting, basis.without_heart_rate, total);
    }
    }
    return "model: session RPE × minutes (Foster 2001); without an RPE, the effort inferred from heart rate or kind\n";
}

std::string week_header(const WeekLoad& week) {
    return fmt::format("{} (from {}) · load {} · acwr {} · {} hard day{} · monotony {} · {}: {}\n",
                       iso_week_label(week.monday), iso_date(week.monday), fixed(week.load, 0), fixed(week.acwr, 2),
                       week.hard_days, week.hard_days == 1 ? "" : "s", fixed(week.monotony, 2), to_string(week.status),
                       week.reason);
}

constexpr std::array<std::string_view, 9> day_columns{"date", "day", "load", "acute", "chronic",
                                                      "acwr", "atl", "ctl",  "tsb"};

std::array<std::string, 9> day_cells(const DayLoad& d) {
    return {iso_date(d.date),    std::string(weekday_abbreviation(d.date)), fixed(d.load, 0), fixed(d.acute, 1),
            fixed(d.chronic, 1), fixed(d.acwr, 2),           fixed(d.atl, 1),  fixed(d.ctl, 1),
            fixed(d.tsb, 1)};
}

std::string render_text(const LoadSeries& load, const Settings& s, date::local_days from, date::local_days until) {
    std::string out = fmt::format("load from {} to {}\n", iso_date(from), iso_date(until));
    out += settings_line(s) + model_line(load, s);

    // One width per column over the whole range, so that every week's table lines up.
    std::array<int, 9> width{};
    for (std::size_t c = 0; c < day_columns.size(); ++c)
        width[c] = count_chars(day_columns[c]);
    for (const DayLoad* d : load.days_between(from, until)) {
        auto cells = day_cells(*d);
        for (std::size_t c = 0; c < cells.size(); ++c)
            width[c] = std::max(width[c], count_chars(cells[c]));
    }
    auto row = [&](const auto& cells) {
        std::string line;
        for (std::size_t c = 0; c < cells.size(); ++c) {
            const std::string_view cell = cells[c]; // a view: the day's cells are strings already
            const auto padding = static_cast<std::size_t>(width[c] - count_chars(cell));
            line += "  ";
            if (c >= 2) line.append(padding, ' '); // numbers right
            line += cell;
            if (c < 2) line.append(padding, ' '); // dates and days left
        }
        return std::string(line.substr(0, line.find_last_not_of(' ') + 1)) + '\n';
    };

    for (const WeekLoad* week : load.weeks_between(from, until)) {
        out += '\n' + week_header(*week) + row(day_columns);
        date::local_days start = std::max(from, week->monday), end = std::min(until, week->monday + date::days{6});
        for (const DayLoad* d : load.days_between(start, end))
            out += row(day_cells(*d));
    }
    return out;
}

std::string settings_json(const LoadSeries& load, const Settings& s) {
    std::string trimp = "null";
    if (s.load_model == LoadModel::trimp) {
        TrimpBasis basis = load.trimp.value_or(TrimpBasis{});
        trimp = fmt::format("{{\"k1\": {}, \"k2\": {}, \"max_hr\": {}, \"max_hr_from\": {}, \"resting_hr\": {}, "
                            "\"resting_hr_from\": {}, \"fallback\": \"session-rpe\", \"from_heart_rate\": {}, "
                            "\"without_heart_rate\": {}}}",
                            json_number(s.trimp_k1, 3), json_number(s.trimp_k2, 3), json_number(basis.max_hr, 0),
                            !basis.max_hr           ? "null"
                            : basis.max_hr_from_log ? "\"log\""
                                                    : "\"athlete\"",
                            json_number(basis.resting_hr, 0), basis.resting_hr_assumed ? "\"assumed\"" : "\"athlete\"",
                            basis.from_heart_rate, basis.without_heart_rate);
    }
    return fmt::format(
        "{{\"model\": {}, \"smoothing\": {}, \"acute_days\": {}, \"chronic_days\": {}, \"atl_days\": {}, "
        "\"ctl_days\": {}, \"heavy_acwr\": {}, \"heavy_hard_days\": {}, \"easy_acwr\": {}, \"trimp\": {}}}",
        json_string(to_string(s.load_model)), json_string(to_string(s.smoothing)), s.acute_days, s.chronic_days,
        s.atl_days, s.ctl_days, json_number(s.heavy_acwr), s.heavy_hard_days, json_number(s.easy_acwr), trimp);
}

std::string week_json(const WeekLoad* w) {
    return fmt::format("{{\"week\": {}, \"start\": {}, \"load\": {}, \"acwr\": {}, \"hard_days\": {}, \"monotony\": {}, "
                       "\"status\": {}, \"reason\": {}}}",
                       json_string(iso_week_label(w->monday)), json_string(iso_date(w->monday)), json_number(w->load),
                       json_number(w->acwr), w->hard_days, json_number(w->monotony), json_string(to_string(w->status)),
                       json_string(w->reason));
}

std::string day_json(const DayLoad* d) {
    return fmt::format("{{\"date\": {}, \"load\": {}, \"acute\": {}, \"chronic\": {}, \"acwr\": {}, \"atl\": {}, "
                       "\"ctl\": {}, \"tsb\": {}}}",
                       json_string(iso_date(d->date)), json_number(d->load), json_number(d->acute),
                       json_number(d->chronic), json_number(d->acwr), json_number(d->atl), json_number(d->ctl),
                       json_number(d->tsb));
}

std::string render_json(const LoadSeries& load, const Settings& s, date::local_days from, date::local_days until) {
    constexpr auto one_per_line = ArrayLayout::one_per_line;
    return fmt::format("{{\"version\": 1,\n\"settings\": {},\n\"from\": {}, \"until\": {},\n\"weeks\": {},\n\"days\": {}}}\n",
                       settings_json(load, s), json_string(iso_date(from)), json_string(iso_date(until)),
                       json_array(load.weeks_between(from, until), week_json, one_per_line),
                       json_array(load.days_between(from, until), day_json, one_per_line));
}

} // namespace

/// One row a day, with the status of its week: a table for a spreadsheet, RFC 4180 with CRLF.
std::string render_csv(const LoadSeries& load, date::local_days from, date::local_days until) {
    std::string out = "date,week,load,acute,chronic,acwr,atl,ctl,tsb,week_status,week_reason\r\n";
    for (const DayLoad* d : load.days_between(from, until)) {
        const WeekLoad* week = load.week_of(d->date);
        out += fmt::format("{},{},{},{},{},{},{},{},{},{},{}\r\n", iso_date(d->date), iso_week_label(monday_of(d->date)),
                           json_number(d->load), json_number(d->acute), json_number(d->chronic),
                           d->acwr ? json_number(*d->acwr) : std::string(), json_number(d->atl), json_number(d->ctl),
                           json_number(d->tsb), week ? to_string(week->status) : "", csv_field(week ? week->reason : "", true));
    }
    return out;
}

std::string render_load(const LoadSeries& load, const Settings& settings, date::local_days from, date::local_days until,
                        LoadFormat format) {
    if (format == LoadFormat::json) return render_json(load, settings, from, until);
    if (format == LoadFormat::csv) return render_csv(load, from, until);
    return render_text(load, settings, from, until);
}

} // namespace recover
