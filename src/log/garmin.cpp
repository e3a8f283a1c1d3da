// Garmin Connect `Activities.csv`: local dates, `--` for missing values, distances in the user's
// unit (which the file does not name) except for track runs and pool swims, which are in metres.

#include "log/format.hpp"

namespace recover::formats {

namespace {

/// The activity types whose distance Garmin writes in metres whatever the user's unit.
constexpr std::string_view in_metres = "Track Running|Pool Swim|Lap Swimming";

} // namespace

bool is_garmin(const CsvTable& table) {
    return table.find("Activity Type") && table.find("Date") && table.find("Title") && !table.find("Activity ID");
}

TrainingLog read_garmin(const CsvTable& table, const LogOptions& options) {
    constexpr std::string_view garmin_has = "a Garmin Connect Activities.csv has Activity Type, Date and Title";
    const Column type_column = require_column(table, "Activity Type", garmin_has),
                 date_column = require_column(table, "Date", garmin_has);
    auto column = [&](std::string name) { return find_column(table, std::move(name)); };
    const Column title_column = column("Title"), distance_column = column("Distance"), time_column = column("Time"),
                 moving_time_column = column("Moving Time"), elapsed_time_column = column("Elapsed Time"),
                 aerobic_te_column = column("Aerobic TE"), tss_column = column("Training Stress Score®");
    const HeartRateColumns heart_rate{.average = column("Avg HR"), .peak = column("Max HR")}; // no zone times

    const bool miles = options.units == DistanceUnit::mi;
    return read_workouts(table, options, date_column, "YYYY-MM-DD HH:MM:SS", [&](const ExportRow& row, Workout& w) {
        w.title = std::string(row.text(title_column));
        w.sport = sport_named(InputFormat::garmin, row.text(type_column));

        // Moving time leaves out the stops; Garmin writes 00:00:00 or `--` when it has none (strength, yoga).
        const auto moving = row.minutes(moving_time_column), total = row.minutes(time_column),
                   elapsed = row.minutes(elapsed_time_column);
        if (moving && *moving > 0) {
            w.minutes = *moving;
        } else {
            w.minutes = total.value_or(elapsed.value_or(0));
        }

        if (is_one_of(row.text(type_column), in_metres)) {
            w.distance_km = row.number(distance_column, 0, 1e6, "metres like \"1,600\"");
            if (w.distance_km) *w.distance_km /= 1000;
        } else {
            w.distance_km = row.number(distance_column, 0, 1e5, miles ? "miles like 6.21" : "kilometres like 10.02");
            if (w.distance_km && miles) *w.distance_km *= km_per_mile;
        }

        row.heart_rate(heart_rate, w.signals);
        w.signals.aerobic_te = row.number(aerobic_te_column, 0, 5, "a training effect from 0.0 to 5.0");
        // Garmin writes 0.0 when it cannot compute TSS (no power meter or no FTP): that is no figure, not no load.
        auto tss = row.number(tss_column, 0, 1e4, "a training stress score like 85.3");
        if (tss && *tss > 0) w.signals.service_load = tss;
        return true;
    });
}

} // namespace recover::formats
