// intervals.icu activities CSV (downloaded from the calendar, or /api/v1/athlete/{id}/activities.csv): local
// ISO date-times, metres and seconds, Strava's type names, a race flag, the athlete's RPE, and seconds
// in each heart-rate zone.

#include "log/format.hpp"

namespace recover::formats {

namespace {

/// Heart-rate zones start at 1; `hr_z4_secs` and above count as hard (intervals.icu has up to 7).
constexpr int first_hard_zone = 4, last_zone = 7;

} // namespace

bool is_intervals(const CsvTable& table) {
    return table.find("id") && table.find("start_date_local");
}

void read_intervals(const CsvTable& table, const LogOptions& options, LogBuilder& out) {
    auto column = [&](std::string name) { return find_column(table, std::move(name)); };
    const Column type_column = column("type"), name_column = column("name"), description_column = column("description"),
                 moving_time_column = column("moving_time"), elapsed_time_column = column("elapsed_time"),
                 distance_column = column("distance"), race_column = column("race"), rpe_column = column("icu_rpe"),
                 load_column = column("icu_training_load");
    const HeartRateColumns heart_rate{.average = column("average_heartrate"),
                                      .peak = column("max_heartrate"),
                                      .hard_zones = zone_columns(table, "hr_z", "_secs", first_hard_zone, last_zone),
                                      .zone_units_per_minute = 60,
                                      .zone_high = seconds_limit.max,
                                      .zone_expected = "seconds like 540"};

    const Column date_column = require_column(table, "start_date_local",
                                              "an intervals.icu activities CSV has id, start_date_local, type, ...");
    read_workouts(table, options, date_column, "YYYY-MM-DDTHH:MM:SS", out, [&](const ExportRow& row, Workout& w) {
        w.sport = sport_named(InputFormat::intervals, row.text(type_column));
        w.title = std::string(row.text(name_column));
        w.notes = std::string(row.text(description_column));

        const auto moving = row.amount(moving_time_column, seconds_limit, "seconds like 2710"),
                   elapsed = row.amount(elapsed_time_column, seconds_limit, "seconds like 2745");
        // Manual entries may have no moving time: their elapsed time is all there is.
        w.minutes = (moving && *moving > 0 ? *moving : elapsed.value_or(0)) / 60;
        set(w.distance_km, row.amount(distance_column, metres_limit, "metres like 10020.5"));
        if (w.distance_km) *w.distance_km /= 1000;

        if (row.flag(race_column)) {
            w.signals.stated_kind = Kind::race;
            w.signals.stated_by = "intervals.icu race flag";
        }
        set(w.signals.rpe, row.number(rpe_column, 1, 10, "a number from 1 to 10"));
        set(w.signals.service_load, row.amount(load_column, load_limit, "a training load like 64"));
        row.heart_rate(heart_rate, w.signals);
        return true;
    });
}

} // namespace recover::formats
