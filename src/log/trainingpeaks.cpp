// TrainingPeaks workout summary CSV (the account's data export): one row per calendar entry, done or
// planned, dated without a time; every field quoted, CRLF; durations in decimal hours, distances in metres.

#include "log/format.hpp"

#include "recover/core/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

namespace recover::formats {

namespace {

/// A race entry names no discipline (it may be a triathlon), but it is a race whatever it is;
/// race_sport() tells a run from its pace.
constexpr std::string_view race_type = "Race";

/// Title words that name another sport than running, or several: such a race is no run.
constexpr std::string_view other_sport_words[]{"tri", "triathlon", "duathlon", "aquathlon", "aquabike", "ironman",
                                               "swim", "swimrun", "bike", "ride", "cycling", "sportive", "fondo",
                                               "gravel", "mtb", "ski", "xc", "row", "rowing", "paddle", "kayak"};

/// Metres per second above which a race is too fast to be a run (2:34 per km, quicker than the 10 km
/// world record) and below which it is too slow (12:00 per km, slower than a mountain ultra).
constexpr double fastest_run = 6.5, slowest_run = 1000.0 / 720;

/// Where a row keeps an amount of training: what was done, or what was planned.
struct AmountColumns {
    Column hours, metres;
    std::string_view metres_example; ///< for errors
};

/// An amount of training, as far as the row gives it.
struct Amount {
    std::optional<double> hours, metres;
};

Amount read_amount(const ExportRow& row, const AmountColumns& columns) {
    return {row.amount(columns.hours, hours_limit, "decimal hours like 1.25"),
            row.amount(columns.metres, metres_limit, columns.metres_example)};
}

/// The sport of a `Race` entry: a run when its pace is a runner's and its title names no other sport,
/// else `other`. A runner's log holds road races; the pace is what shows it.
Sport race_sport(std::string_view title, const Amount& amount) {
    const auto &metres = amount.metres, &hours = amount.hours;
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

/// Heart-rate zones start at 1; `HRZone4Minutes` and above count as hard (TrainingPeaks has up to 10).
constexpr int first_hard_zone = 4, last_zone = 10;

/// `first` and `second` joined by a blank line, leaving out whichever is empty.
std::string join_notes(std::string_view first, std::string_view second) {
    if (first.empty() || second.empty()) return std::string(first.empty() ? second : first);
    return fmt::format("{}\n\n{}", first, second);
}

} // namespace

bool is_trainingpeaks(const CsvTable& table) {
    return table.find("Title") && table.find("WorkoutType") && table.find("WorkoutDay");
}

void read_trainingpeaks(const CsvTable& table, const LogOptions& options, LogBuilder& out) {
    auto column = [&](std::string name) { return find_column(table, std::move(name)); };
    const Column type_column = column("WorkoutType"), title_column = column("Title"),
                 description_column = column("WorkoutDescription"), comments_column = column("AthleteComments"),
                 tss_column = column("TSS"), rpe_column = column("Rpe");
    const AmountColumns done_columns{column("TimeTotalInHours"), column("DistanceInMeters"), "metres like 10020.5"},
        planned_columns{column("PlannedDuration"), column("PlannedDistanceInMeters"), "metres like 10000"};
    const HeartRateColumns heart_rate{.average = column("HeartRateAverage"),
                                      .peak = column("HeartRateMax"),
                                      .hard_zones =
                                          zone_columns(table, "HRZone", "Minutes", first_hard_zone, last_zone),
                                      .zone_units_per_minute = 1,
                                      .zone_high = minutes_limit.max,
                                      .zone_expected = "minutes like 12.5"};

    // The day is all that counts: TrainingPeaks does not export when in the day a workout was done.
    const Column date_column =
        require_column(table, "WorkoutDay", "a TrainingPeaks workout summary has Title, WorkoutType, WorkoutDay, ...");
    read_workouts(table, options, date_column, "YYYY-MM-DD", out, [&](const ExportRow& row, Workout& w) {
        if (iequals(row.text(type_column), day_off)) return false;
        w.title = std::string(row.text(title_column));
        w.notes = join_notes(row.text(description_column), row.text(comments_column));
        w.sport = sport_named(InputFormat::trainingpeaks, row.text(type_column));
        const bool race = iequals(row.text(type_column), race_type);
        if (race) {
            w.signals.stated_kind = Kind::race;
            w.signals.stated_by = fmt::format("TrainingPeaks workout type {}", race_type);
        }

        const Amount done = read_amount(row, done_columns), planned = read_amount(row, planned_columns);
        // TrainingPeaks keeps the plan beside what was done. A row with no actual time or distance was never
        // done, whatever its date: it is still to come or it was missed, and must not count as training.
        const bool was_done = done.hours || done.metres;
        const Amount& counted = was_done ? done : planned;
        w.planned = !was_done || w.date > options.today;
        w.minutes = counted.hours.value_or(0) * 60;
        w.distance_km = counted.metres;
        if (w.distance_km) *w.distance_km /= 1000;
        if (race) w.sport = race_sport(w.title, counted);

        set(w.signals.service_load, row.amount(tss_column, load_limit, "a training stress score like 85.3"));
        set(w.signals.rpe, row.number(rpe_column, 1, 10, "a number from 1 to 10"));
        row.heart_rate(heart_rate, w.signals);
        return true;
    });
}

} // namespace recover::formats
