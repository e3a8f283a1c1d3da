// What the format mappers share: columns by name, sports by name, cells by column, missing values,
// numbers and durations as exports write them, and where the mapped rows go (the row loop is
// log/rows.cpp).

#include "log/format.hpp"

#include "recover/core/order.hpp"
#include "recover/core/text.hpp"
#include "recover/core/terminal.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <tuple>

namespace recover::formats {

void fail(const CsvTable& table, const CsvField& field, const std::string& what) {
    throw Error(ExitCode::data, Location{table.name, field.line, field.column}, what);
}

void fail_header(const CsvTable& table, const std::string& what) {
    throw Error(ExitCode::data, Location{table.name, table.header.line, 1}, what);
}

bool is_missing(std::string_view text) {
    text = trim(text);
    return text.empty() || text == "--" || iequals(text, "nan") || iequals(text, "n/a") || iequals(text, "null");
}

std::optional<double> parse_export_number(std::string_view text, char decimal_mark) {
    if (is_missing(text)) return std::nullopt;
    text = trim(text);
    if (text.starts_with('\'')) text.remove_prefix(1); // a spreadsheet's guard before a negative number
    const char thousands = decimal_mark == '.' ? ',' : '.';
    std::string plain;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == thousands) {
            // A thousands separator stands between digits and is followed by exactly three of them.
            bool grouped = i > 0 && std::isdigit(static_cast<unsigned char>(text[i - 1])) && i + 3 < text.size() &&
                           std::isdigit(static_cast<unsigned char>(text[i + 1])) && std::isdigit(static_cast<unsigned char>(text[i + 2])) &&
                           std::isdigit(static_cast<unsigned char>(text[i + 3])) &&
                           (i + 4 == text.size() || !std::isdigit(static_cast<unsigned char>(text[i + 4])));
            if (!grouped) return std::nullopt;
            continue;
        }
        plain += c == decimal_mark ? '.' : c;
    }
    return parse_number(plain);
}

std::optional<double> parse_duration_minutes(std::string_view text) {
    text = trim(text);
    // A loop, not a call to memchr: most durations are two or three bytes.
    if (std::find(text.begin(), text.end(), ':') == text.end()) {
        auto minutes = parse_number(text);
        return minutes && *minutes >= 0 ? minutes : std::nullopt;
    }
    std::vector<std::string_view> parts = split(text, ':');
    if (parts.size() > 3) return std::nullopt;
    double seconds = 0;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        bool last = i + 1 == parts.size();
        auto value = parse_number(parts[i]);
        if (!value || *value < 0 || (i > 0 && *value >= 60)) return std::nullopt;
        if (!last && *value != std::floor(*value)) return std::nullopt; // only the seconds may have a fraction
        seconds = seconds * 60 + *value;
    }
    if (!std::isfinite(seconds)) return std::nullopt; // "1e308:00": hours past what a double holds
    return seconds / 60;
}

bool is_one_of(std::string_view name, std::string_view names) {
    for (std::string_view one : split(names, '|'))
        if (iequals(one, name)) return true;
    return false;
}

namespace {

/// The names an export of `format` gives `sport`, separated by '|'.
struct SportNames {
    InputFormat format;
    Sport sport;
    std::string_view names;
};

/// Every export's names for the sports, side by side. Garmin's older exports call a pool swim
/// `Lap Swimming`; intervals.icu uses Strava's sport type names; TrainingPeaks' `Race` names no
/// sport (read_trainingpeaks tells a run from its pace).
constexpr SportNames sport_names[]{
    {InputFormat::strava, Sport::run, "run|trailrun|virtualrun|lauf|traillauf|virtuellerlauf"},
    {InputFormat::strava, Sport::ride,
     "ride|virtualride|ebikeride|mountainbikeride|gravelride|radfahrt|virtuelleradfahrt|ebikeradfahrt"},
    {InputFormat::strava, Sport::swim, "swim|schwimmen"},
    {InputFormat::strava, Sport::strength,
     "weighttraining|workout|crossfit|yoga|krafttraining|gewichtstraining|training"},
    {InputFormat::strava, Sport::walk, "walk|hike|spaziergang|wanderung|wandern"},
    {InputFormat::garmin, Sport::run, "Running|Treadmill Running|Trail Running|Track Running|Virtual Run"},
    {InputFormat::garmin, Sport::ride, "Cycling|Indoor Cycling|Road Cycling|Mountain Biking|Virtual Cycling"},
    {InputFormat::garmin, Sport::swim, "Pool Swim|Lap Swimming|Open Water Swimming"},
    {InputFormat::garmin, Sport::strength, "Strength Training|Cardio|HIIT|Yoga|Pilates"},
    {InputFormat::garmin, Sport::walk, "Walking|Hiking"},
    {InputFormat::intervals, Sport::run, "Run|TrailRun|VirtualRun"},
    {InputFormat::intervals, Sport::ride, "Ride|VirtualRide|GravelRide|MountainBikeRide|EBikeRide"},
    {InputFormat::intervals, Sport::swim, "Swim|OpenWaterSwim"},
    {InputFormat::intervals, Sport::strength, "WeightTraining|Crossfit|HighIntensityIntervalTraining|Yoga|Pilates"},
    {InputFormat::intervals, Sport::walk, "Walk|Hike"},
    {InputFormat::trainingpeaks, Sport::run, "Run"},
    {InputFormat::trainingpeaks, Sport::ride, "Bike|Mountain Bike"},
    {InputFormat::trainingpeaks, Sport::swim, "Swim"},
    {InputFormat::trainingpeaks, Sport::strength, "Strength"},
    {InputFormat::trainingpeaks, Sport::walk, "Walk"},
};

} // namespace

Sport sport_named(InputFormat format, std::string_view name) {
    for (const SportNames& entry : sport_names)
        if (entry.format == format && is_one_of(name, entry.names)) return entry.sport;
    return Sport::other;
}

Column find_column(const CsvTable& table, std::string name) {
    auto index = table.find(name);
    return Column{std::move(name), index};
}

Column require_column(const CsvTable& table, std::string name, std::string_view format_has) {
    Column column = find_column(table, std::move(name));
    if (!column.index) fail_header(table, fmt::format("no \"{}\" column ({})", column.name, format_has));
    return column;
}

std::vector<Column> zone_columns(const CsvTable& table, std::string_view prefix, std::string_view suffix, int first,
                                 int last) {
    std::vector<Column> columns;
    for (int zone = first; zone <= last; ++zone) {
        Column column = find_column(table, fmt::format("{}{}{}", prefix, zone, suffix));
        if (column.index) columns.push_back(std::move(column));
    }
    return columns;
}

Workout& ExportRow::add_workout(MappedRows& to, const Column& date, const LocalDateTime& when, const LogOptions& options) const {
    if (!in_date_range(when.day))
        fail(date, fmt::format("{} \"{}\" is out of range (expected a date from {})", date.name, text(date),
                               date_range_said));
    Workout& w = to.workouts.emplace_back();
    // The file's name joins the place when the workout is kept (LogBuilder::add): most rows of a
    // long log are summed and forgotten, and need no copy of it.
    w.where.line = row_.line;
    w.where.column = 1;
    w.date = when.day;
    w.start = when.time;
    w.planned = w.date > options.today;
    return w;
}

std::optional<double> ExportRow::number(const Column& column, double low, double high, std::string_view expected) const {
    std::string_view written = text(column);
    if (is_missing(written)) return std::nullopt;
    auto value = parse_export_number(written, column.decimal_mark);
    if (!value || *value < low || *value > high) fail_at(column, expected);
    return value;
}

std::optional<double> ExportRow::amount(const Column& column, Limit limit, std::string_view expected) const {
    return at_most(column, number(column, 0, std::numeric_limits<double>::max(), expected), limit);
}

void ExportRow::fail_out_of_range(const Column& column, Limit limit) const {
    fail(column, fmt::format("{} \"{}\" is out of range (at most {})", column.name, text(column), limit.said));
}

void ExportRow::heart_rate(const HeartRateColumns& columns, Signals& signals) const {
    set(signals.avg_hr, number(columns.average, 0, max_heart_rate, "beats per minute like 148"));
    set(signals.max_hr, number(columns.peak, 0, max_heart_rate, "beats per minute like 172"));
    for (const Column& zone : columns.hard_zones) {
        if (auto time = number(zone, 0, columns.zone_high, columns.zone_expected))
            signals.hard_zone_minutes = signals.hard_zone_minutes.value_or(0) + *time / columns.zone_units_per_minute;
    }
}

std::optional<double> ExportRow::minutes(const Column& column) const {
    std::string_view written = text(column);
    if (is_missing(written)) return std::nullopt;
    auto value = parse_duration_minutes(written);
    if (!value) fail_at(column, "hh:mm:ss or hh:mm:ss.s");
    return at_most(column, value, minutes_limit);
}

bool ExportRow::flag(const Column& column) const {
    std::string_view written = text(column);
    if (is_missing(written) || iequals(written, "false")) return false;
    if (!iequals(written, "true")) fail_at(column, "true or false");
    return true;
}

void ExportRow::fail(const Column& column, const std::string& what) const {
    formats::fail(table_, field(column).line ? field(column) : row_.fields.front(), what);
}

void ExportRow::fail_at(const Column& column, std::string_view expected) const {
    fail(column, fmt::format("cannot read {} \"{}\" (expected {})", column.name, escaped(text(column)), expected));
}

void LogBuilder::prepare(MappedRows& rows, std::size_t from) const {
    for (std::size_t i = from; i < rows.workouts.size();) {
        Workout& w = rows.workouts[i];
        // A planned workout whose day has passed was not done (TrainingPeaks keeps them): it is no
        // training, no hard day and no race.
        w.missed = w.planned && w.date < options_.today;
        const std::size_t order = rows.prepared++;
        if (TextReading reading = TextNiggles::sense(w); !reading.empty())
            rows.readings.push_back(MappedRows::Reading{order, w.where, w.date, w.start, std::move(reading)});
        SummedWorkout summed;
        if (keep_ && keep_->take(w, summed)) {
            rows.summed.push_back(summed);
            rows.drop(i); // its slot serves the next row, still in this core's cache
        } else {
            ++i;
        }
    }
}

void LogBuilder::add(Workout&& w) {
    MappedRows rows;
    rows.workouts.push_back(std::move(w));
    prepare(rows, 0);
    add(rows);
}

void LogBuilder::add(MappedRows& rows) {
    for (NiggleReport& report : rows.niggles) add(std::move(report));
    for (MappedRows::Reading& r : rows.readings) text_niggles_.add(r.where, r.date, r.start, read_ + r.order, name_, std::move(r.reading));
    for (const SummedWorkout& summed : rows.summed) keep_->add(summed);
    for (Workout& w : rows.workouts) {
        if (w.where.file.empty()) w.where.file = name_;
        log_.workouts.push_back(std::move(w));
    }
    read_ += rows.prepared;
    for (Error& error : rows.skipped) skip(std::move(error));
    rows.clear();
}

TrainingLog LogBuilder::finish() {
    stable_sort_unsorted(log_.workouts, [](const Workout& a, const Workout& b) {
        return std::tie(a.date, a.start) < std::tie(b.date, b.start);
    });
    text_niggles_.add_to(log_.niggles);
    return std::move(log_);
}

} // namespace recover::formats
