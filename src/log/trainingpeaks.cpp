// TrainingPeaks workout summary CSV (the account's data export): one row per calendar entry, done or
// planned, dated without a time; every field quoted, CRLF; durations in decimal hours, distances in metres.

#include "log/format.hpp"

#include "recover/core/dates.hpp"
#include "recover/core/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>

namespace recover::formats {

namespace {

/// What a TrainingPeaks `WorkoutType` means.
struct WorkoutType {
    std::string_view name;
    Sport sport;
    std::optional<Kind> kind;
};

constexpr std::array workout_types{
    WorkoutType{"Run", Sport::run, std::nullopt},
    WorkoutType{"Bike", Sport::ride, std::nullopt},
    WorkoutType{"Mountain Bike", Sport::ride, std::nullopt},
    WorkoutType{"Swim", Sport::swim, std::nullopt},
    WorkoutType{"Strength", Sport::strength, std::nullopt},
    WorkoutType{"Walk", Sport::walk, std::nullopt},
    // A race entry names no discipline (it may be a triathlon), but it is a race whatever it is;
    // race_sport() tells a run from its pace.
    WorkoutType{"Race", Sport::other, Kind::race},
};

/// Title words that name another sport than running, or several: such a race is no run.
constexpr std::string_view other_sport_words[]{"tri", "triathlon", "duathlon", "aquathlon", "aquabike", "ironman",
                                               "swim", "swimrun", "bike", "ride", "cycling", "sportive", "fondo",
                                               "gravel", "mtb", "ski", "xc", "row", "rowing", "paddle", "kayak"};

/// Metres per second above which a race is too fast to be a run (2:34 per km, quicker than the 10 km
/// world record) and below which it is too slow (12:00 per km, slower than a mountain ultra).
constexpr double fastest_run = 6.5, slowest_run = 1000.0 / 720;

/// The sport of a `Race` entry: a run when its pace is a runner's and its title names no other sport,
/// else `other`. A runner's log holds road races; the pace is what shows it.
Sport race_sport(std::string_view title, std::optional<double> metres, std::optional<double> hours) {
    if (!metres || !hours || *metres <= 0 || *hours <= 0) return Sport::other;
    std::string word;
    for (char c : lowercase(title) + " ") {
        if (std::isalnum(static_cast<unsigned char>(c))) {
            word += c;
            continue;
        }
        if (std::find(std::begin(other_sport_words), std::end(other_sport_words), word) != std::end(other_sport_words))
            return Sport::other;
        word.clear();
    }
    const double speed = *metres / (*hours * 3600);
    return speed >= slowest_run && speed <= fastest_run ? Sport::run : Sport::other;
}

/// `Day Off` rows mark rest days in the calendar; they are not workouts.
constexpr std::string_view day_off = "Day Off";

const WorkoutType* workout_type(std::string_view name) {
    auto found = std::find_if(workout_types.begin(), workout_types.end(),
                              [&](const WorkoutType& t) { return iequals(t.name, name); });
    return found == workout_types.end() ? nullptr : &*found;
}

/// Heart-rate zones start at 1; `HRZone4Minutes` and above count as hard (TrainingPeaks has up to 10).
constexpr int first_hard_zone = 4, last_zone = 10;

constexpr double max_hours = 24 * 30;  // longer than any activity: a unit mistake, not a workout

/// `first` and `second` joined by a blank line, leaving out whichever is empty.
std::string join_notes(std::string_view first, std::string_view second) {
    if (first.empty() || second.empty()) return std::string(first.empty() ? second : first);
    return fmt::format("{}\n\n{}", first, second);
}

} // namespace

bool is_trainingpeaks(const CsvTable& table) {
    return table.find("Title") && table.find("WorkoutType") && table.find("WorkoutDay");
}

TrainingLog read_trainingpeaks(const CsvTable& table, const LogOptions& options) {
    auto column = [&](std::string name) {
        auto index = table.find(name);
        return Column{std::move(name), index};
    };
    const Column date_column = column("WorkoutDay"), type_column = column("WorkoutType"),
                 title_column = column("Title"), description_column = column("WorkoutDescription"),
                 comments_column = column("AthleteComments"), hours_column = column("TimeTotalInHours"),
                 distance_column = column("DistanceInMeters"), planned_hours_column = column("PlannedDuration"),
                 planned_distance_column = column("PlannedDistanceInMeters"), tss_column = column("TSS"),
                 rpe_column = column("Rpe"), avg_hr_column = column("HeartRateAverage"),
                 max_hr_column = column("HeartRateMax");
    std::vector<Column> hard_zone_columns;
    for (int zone = first_hard_zone; zone <= last_zone; ++zone) {
        Column zone_column = column(fmt::format("HRZone{}Minutes", zone));
        if (zone_column.index) hard_zone_columns.push_back(std::move(zone_column));
    }
    if (!date_column.index)
        fail_header(table,
             "no \"WorkoutDay\" column (a TrainingPeaks workout summary has Title, WorkoutType, WorkoutDay, ...)");

    TrainingLog log;
    for_each_row(table, options, log, [&](const CsvRecord& record) {
        ExportRow row(table, record);

        // The day is all that counts: TrainingPeaks does not export when in the day a workout was done.
        auto when = parse_local_date_time(row.text(date_column));
        if (!when) row.fail_at(date_column, "YYYY-MM-DD");
        if (iequals(row.text(type_column), day_off)) return;

        Workout w = workout_at(table, record, *when, options);
        w.title = std::string(row.text(title_column));
        w.notes = join_notes(row.text(description_column), row.text(comments_column));
        const WorkoutType* type = workout_type(row.text(type_column));
        w.sport = type ? type->sport : Sport::other;
        if (type && type->kind) {
            w.signals.stated_kind = type->kind;
            w.signals.stated_by = fmt::format("TrainingPeaks workout type {}", type->name);
        }

        const auto hours = row.number(hours_column, 0, max_hours, "decimal hours like 1.25"),
                   metres = row.number(distance_column, 0, 1e7, "metres like 10020.5"),
                   planned_hours = row.number(planned_hours_column, 0, max_hours, "decimal hours like 1.25"),
                   planned_metres = row.number(planned_distance_column, 0, 1e7, "metres like 10000");
        // TrainingPeaks keeps the plan beside what was done. A row with no actual time or distance was never
        // done, whatever its date: it is still to come or it was missed, and must not count as training.
        const bool done = hours || metres;
        w.planned = !done || w.date > options.today;
        w.minutes = (done ? hours : planned_hours).value_or(0) * 60;
        w.distance_km = done ? metres : planned_metres;
        if (w.distance_km) *w.distance_km /= 1000;
        if (type && type->kind == Kind::race)
            w.sport = done ? race_sport(w.title, metres, hours) : race_sport(w.title, planned_metres, planned_hours);

        w.signals.service_load = row.number(tss_column, 0, 1e4, "a training stress score like 85.3");
        w.signals.rpe = row.number(rpe_column, 1, 10, "a number from 1 to 10");
        w.signals.avg_hr = row.number(avg_hr_column, 0, max_heart_rate, "beats per minute like 148");
        w.signals.max_hr = row.number(max_hr_column, 0, max_heart_rate, "beats per minute like 172");
        for (const Column& zone_column : hard_zone_columns) {
            if (auto minutes = row.number(zone_column, 0, max_hours * 60, "minutes like 12.5"))
                w.signals.hard_zone_minutes = w.signals.hard_zone_minutes.value_or(0) + *minutes;
        }

        log.workouts.push_back(std::move(w));
    });
    return log;
}

} // namespace recover::formats
