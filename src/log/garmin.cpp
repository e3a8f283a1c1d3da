// Garmin Connect `Activities.csv`: local dates, `--` for missing values, distances in the user's
// unit (which the file does not name) except for track runs and pool swims, which are in metres.

#include "log/format.hpp"

#include "recover/core/dates.hpp"
#include "recover/core/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace recover::formats {

namespace {

/// What a Garmin `Activity Type` means: the sport, and whether its distance is in metres.
struct ActivityType {
    std::string_view name;
    Sport sport;
    bool metres = false; ///< Garmin writes these in metres whatever the user's unit
};

constexpr std::array activity_types{
    ActivityType{"Running", Sport::run},
    ActivityType{"Treadmill Running", Sport::run},
    ActivityType{"Trail Running", Sport::run},
    ActivityType{"Track Running", Sport::run, true},
    ActivityType{"Virtual Run", Sport::run},
    ActivityType{"Cycling", Sport::ride},
    ActivityType{"Indoor Cycling", Sport::ride},
    ActivityType{"Road Cycling", Sport::ride},
    ActivityType{"Mountain Biking", Sport::ride},
    ActivityType{"Virtual Cycling", Sport::ride},
    ActivityType{"Pool Swim", Sport::swim, true},
    ActivityType{"Lap Swimming", Sport::swim, true}, // older exports' name for a pool swim
    ActivityType{"Open Water Swimming", Sport::swim},
    ActivityType{"Strength Training", Sport::strength},
    ActivityType{"Cardio", Sport::strength},
    ActivityType{"HIIT", Sport::strength},
    ActivityType{"Yoga", Sport::strength},
    ActivityType{"Pilates", Sport::strength},
    ActivityType{"Walking", Sport::walk},
    ActivityType{"Hiking", Sport::walk},
};

/// Anything Garmin records that we do not know, such as `Kayaking` or `Multisport`.
constexpr ActivityType other_activity{"", Sport::other};

const ActivityType& activity_type(std::string_view name) {
    auto found = std::find_if(activity_types.begin(), activity_types.end(),
                              [&](const ActivityType& t) { return iequals(t.name, name); });
    return found == activity_types.end() ? other_activity : *found;
}

} // namespace

bool is_garmin(const CsvTable& table) {
    return table.find("Activity Type") && table.find("Date") && table.find("Title") && !table.find("Activity ID");
}

TrainingLog read_garmin(const CsvTable& table, const LogOptions& options) {
    auto column = [&](std::string_view name) { return Column{std::string(name), table.find(name)}; };
    const Column type_column = column("Activity Type"), date_column = column("Date"), title_column = column("Title"),
                 distance_column = column("Distance"), time_column = column("Time"),
                 moving_time_column = column("Moving Time"), elapsed_time_column = column("Elapsed Time"),
                 avg_hr_column = column("Avg HR"), max_hr_column = column("Max HR"),
                 aerobic_te_column = column("Aerobic TE"), tss_column = column("Training Stress Score®");
    for (const Column& required : {type_column, date_column}) {
        if (!required.index)
            fail_header(table,
                 fmt::format("no \"{}\" column (a Garmin Connect Activities.csv has Activity Type, Date and Title)",
                             required.name));
    }

    const bool miles = options.units == DistanceUnit::mi;
    TrainingLog log;
    for_each_row(table, options, log, [&](const CsvRecord& record) {
        ExportRow row(table, record);

        auto when = parse_local_date_time(row.text(date_column));
        if (!when) row.fail_at(date_column, "YYYY-MM-DD HH:MM:SS");

        Workout w = workout_at(table, record, *when, options);
        w.title = std::string(row.text(title_column));

        const ActivityType& type = activity_type(row.text(type_column));
        w.sport = type.sport;

        // Moving time leaves out the stops; Garmin writes 00:00:00 or `--` when it has none (strength, yoga).
        const auto moving = row.minutes(moving_time_column), total = row.minutes(time_column),
                   elapsed = row.minutes(elapsed_time_column);
        if (moving && *moving > 0) {
            w.minutes = *moving;
        } else {
            w.minutes = total.value_or(elapsed.value_or(0));
        }

        if (type.metres) {
            w.distance_km = row.number(distance_column, 0, 1e6, "metres like \"1,600\"");
            if (w.distance_km) *w.distance_km /= 1000;
        } else {
            w.distance_km = row.number(distance_column, 0, 1e5, miles ? "miles like 6.21" : "kilometres like 10.02");
            if (w.distance_km && miles) *w.distance_km *= km_per_mile;
        }

        w.signals.avg_hr = row.number(avg_hr_column, 0, max_heart_rate, "beats per minute like 148");
        w.signals.max_hr = row.number(max_hr_column, 0, max_heart_rate, "beats per minute like 172");
        w.signals.aerobic_te = row.number(aerobic_te_column, 0, 5, "a training effect from 0.0 to 5.0");
        // Garmin writes 0.0 when it cannot compute TSS (no power meter or no FTP): that is no figure, not no load.
        auto tss = row.number(tss_column, 0, 1e4, "a training stress score like 85.3");
        if (tss && *tss > 0) w.signals.service_load = tss;

        log.workouts.push_back(std::move(w));
    });
    return log;
}

} // namespace recover::formats
