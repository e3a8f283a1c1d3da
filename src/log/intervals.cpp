// intervals.icu activities CSV (downloaded from the calendar, or /api/v1/athlete/{id}/activities.csv): local
// ISO date-times, metres and seconds, Strava's type names, a race flag, the athlete's RPE, and seconds
// in each heart-rate zone.

#include "log/format.hpp"

#include "recover/core/dates.hpp"
#include "recover/core/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace recover::formats {

namespace {

/// What an intervals.icu `type` (Strava's sport type names) means.
struct ActivityType {
    std::string_view name;
    Sport sport;
};

constexpr std::array activity_types{
    ActivityType{"Run", Sport::run},
    ActivityType{"TrailRun", Sport::run},
    ActivityType{"VirtualRun", Sport::run},
    ActivityType{"Ride", Sport::ride},
    ActivityType{"VirtualRide", Sport::ride},
    ActivityType{"GravelRide", Sport::ride},
    ActivityType{"MountainBikeRide", Sport::ride},
    ActivityType{"EBikeRide", Sport::ride},
    ActivityType{"Swim", Sport::swim},
    ActivityType{"OpenWaterSwim", Sport::swim},
    ActivityType{"WeightTraining", Sport::strength},
    ActivityType{"Crossfit", Sport::strength},
    ActivityType{"HighIntensityIntervalTraining", Sport::strength},
    ActivityType{"Yoga", Sport::strength},
    ActivityType{"Pilates", Sport::strength},
    ActivityType{"Walk", Sport::walk},
    ActivityType{"Hike", Sport::walk},
};

Sport sport_of(std::string_view type) {
    auto found = std::find_if(activity_types.begin(), activity_types.end(),
                              [&](const ActivityType& t) { return iequals(t.name, type); });
    return found == activity_types.end() ? Sport::other : found->sport;
}

/// Heart-rate zones start at 1; `hr_z4_secs` and above count as hard (intervals.icu has up to 7).
constexpr int first_hard_zone = 4, last_zone = 7;

constexpr double max_seconds = 30 * 24 * 3600; // longer than any activity: a unit mistake, not a workout

} // namespace

bool is_intervals(const CsvTable& table) {
    return table.find("id") && table.find("start_date_local");
}

TrainingLog read_intervals(const CsvTable& table, const LogOptions& options) {
    auto column = [&](std::string name) {
        auto index = table.find(name);
        return Column{std::move(name), index};
    };
    const Column date_column = column("start_date_local"), type_column = column("type"), name_column = column("name"),
                 description_column = column("description"), moving_time_column = column("moving_time"),
                 elapsed_time_column = column("elapsed_time"), distance_column = column("distance"),
                 race_column = column("race"), rpe_column = column("icu_rpe"),
                 load_column = column("icu_training_load"), avg_hr_column = column("average_heartrate"),
                 max_hr_column = column("max_heartrate");
    std::vector<Column> hard_zone_columns;
    for (int zone = first_hard_zone; zone <= last_zone; ++zone) {
        Column zone_column = column(fmt::format("hr_z{}_secs", zone));
        if (zone_column.index) hard_zone_columns.push_back(std::move(zone_column));
    }
    if (!date_column.index)
        fail_header(table,
             "no \"start_date_local\" column (an intervals.icu activities CSV has id, start_date_local, type, ...)");

    TrainingLog log;
    for_each_row(table, options, log, [&](const CsvRecord& record) {
        ExportRow row(table, record);

        auto when = parse_local_date_time(row.text(date_column));
        if (!when) row.fail_at(date_column, "YYYY-MM-DDTHH:MM:SS");

        Workout w = workout_at(table, record, *when, options);
        w.sport = sport_of(row.text(type_column));
        w.title = std::string(row.text(name_column));
        w.notes = std::string(row.text(description_column));

        const auto moving = row.number(moving_time_column, 0, max_seconds, "seconds like 2710"),
                   elapsed = row.number(elapsed_time_column, 0, max_seconds, "seconds like 2745");
        // Manual entries may have no moving time: their elapsed time is all there is.
        w.minutes = (moving && *moving > 0 ? *moving : elapsed.value_or(0)) / 60;
        w.distance_km = row.number(distance_column, 0, 1e7, "metres like 10020.5");
        if (w.distance_km) *w.distance_km /= 1000;

        if (row.flag(race_column)) {
            w.signals.stated_kind = Kind::race;
            w.signals.stated_by = "intervals.icu race flag";
        }
        w.signals.rpe = row.number(rpe_column, 1, 10, "a number from 1 to 10");
        w.signals.service_load = row.number(load_column, 0, 1e4, "a training load like 64");
        w.signals.avg_hr = row.number(avg_hr_column, 0, max_heart_rate, "beats per minute like 148");
        w.signals.max_hr = row.number(max_hr_column, 0, max_heart_rate, "beats per minute like 172");
        for (const Column& zone_column : hard_zone_columns) {
            if (auto seconds = row.number(zone_column, 0, max_seconds, "seconds like 540"))
                w.signals.hard_zone_minutes = w.signals.hard_zone_minutes.value_or(0) + *seconds / 60;
        }

        log.workouts.push_back(std::move(w));
    });
    return log;
}

} // namespace recover::formats
