// Garmin Connect `Activities.csv`: local dates, `--` for missing values, distances in the user's
// unit (which the file does not name) except for track runs and pool swims, which are in metres.

#include "log/format.hpp"
#include "recover/core/text.hpp"

#include <fmt/format.h>

#include <cmath>

namespace recover::formats {

namespace {

/// The activity types whose distance Garmin writes in metres whatever the user's unit.
constexpr std::string_view in_metres = "Track Running|Pool Swim|Lap Swimming";

/// What a run's steps and stride length (metres, whatever the user's unit) say of its distance:
/// a vote for miles or kilometres when they agree with one within 15 %, nothing otherwise.
std::optional<DistanceUnit> unit_of(double distance, std::optional<double> steps, std::optional<double> stride_m) {
    if (!steps || !stride_m || distance <= 0 || *steps <= 0 || *stride_m <= 0) return std::nullopt;
    const double walked_km = *steps * *stride_m / 1000;
    auto near = [&](double km) { return std::abs(walked_km - km) <= 0.15 * km; };
    if (near(distance * km_per_mile)) return DistanceUnit::mi;
    if (near(distance)) return DistanceUnit::km;
    return std::nullopt;
}

std::string_view unit_words(DistanceUnit unit) { return unit == DistanceUnit::mi ? "miles" : "kilometres"; }

} // namespace

bool is_garmin(const CsvTable& table) {
    return table.find("Activity Type") && table.find("Date") && table.find("Title") && !table.find("Activity ID");
}

void read_garmin(const CsvTable& table, const LogOptions& options, LogBuilder& out) {
    constexpr std::string_view garmin_has = "a Garmin Connect Activities.csv has Activity Type, Date and Title";
    const Column type_column = require_column(table, "Activity Type", garmin_has),
                 date_column = require_column(table, "Date", garmin_has);
    auto column = [&](std::string name) { return find_column(table, std::move(name)); };
    const Column title_column = column("Title"), distance_column = column("Distance"), time_column = column("Time"),
                 moving_time_column = column("Moving Time"), elapsed_time_column = column("Elapsed Time"),
                 aerobic_te_column = column("Aerobic TE"), tss_column = column("Training Stress Score®"),
                 steps_column = column("Steps"), stride_column = column("Avg Stride Length");
    const HeartRateColumns heart_rate{.average = column("Avg HR"), .peak = column("Max HR")}; // no zone times

    // Distances in the user's unit are read as numbers first; the unit is applied once the whole
    // file has said which it is (--units, else the runs' steps and stride lengths), so the
    // workouts are held here until then: a Garmin export holds a few thousand at most.
    std::vector<Workout> workouts;
    // Such workouts, and their cells' places and texts (copied: the row is gone by then).
    struct InUserUnit {
        std::size_t workout;
        CsvField cell;
        std::string text;
    };
    std::vector<InUserUnit> in_user_unit;
    int miles_votes = 0, km_votes = 0;
    LogBuilder held(options, table.name);
    read_workouts(table, options, date_column, "YYYY-MM-DD HH:MM:SS", held, [&](const ExportRow& row, Workout& w) {
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
            set(w.distance_km, row.amount(distance_column, metres_limit, "metres like \"1,600\""));
            if (w.distance_km) *w.distance_km /= 1000;
        } else {
            const std::string_view expected = !options.units                       ? "a distance like 6.21"
                                              : *options.units == DistanceUnit::mi ? "miles like 6.21"
                                                                                   : "kilometres like 10.02";
            set(w.distance_km, row.amount(distance_column, km_limit, expected));
            if (w.distance_km && w.sport == Sport::run) {
                auto vote = unit_of(*w.distance_km, row.number(steps_column, 0, 1e7, "a number of steps like \"33,099\""),
                                    row.number(stride_column, 0, 10, "a stride length in metres like 1.27"));
                miles_votes += vote == DistanceUnit::mi;
                km_votes += vote == DistanceUnit::km;
            }
        }

        row.heart_rate(heart_rate, w.signals);
        set(w.signals.aerobic_te, row.number(aerobic_te_column, 0, 5, "a training effect from 0.0 to 5.0"));
        // Garmin writes 0.0 when it cannot compute TSS (no power meter or no FTP): that is no figure, not no load.
        auto tss = row.amount(tss_column, load_limit, "a training stress score like 85.3");
        if (tss && *tss > 0) w.signals.service_load = tss;
        // Counted only now: a row that fails above is skipped (--skip-bad-rows) and holds no workout.
        if (w.distance_km && !is_one_of(row.text(type_column), in_metres)) {
            const CsvField& cell = row.field(distance_column);
            in_user_unit.push_back(InUserUnit{workouts.size(), cell, std::string(trim(cell.text))});
        }
        workouts.push_back(std::move(w));
        return false; // held above until the unit is known
    }, RowMapping::in_order); // the votes and the held workouts go from row to row
    for (Error& skipped : held.finish().skipped) out.skip(std::move(skipped));

    std::optional<DistanceUnit> data_unit;
    if (miles_votes != km_votes) data_unit = miles_votes > km_votes ? DistanceUnit::mi : DistanceUnit::km;
    DistanceUnit unit = options.units.value_or(data_unit.value_or(DistanceUnit::km));
    if (options.units && data_unit && *data_unit != *options.units)
        out.warn(fmt::format("{}: --units {} reads the distances as {}, but the runs' steps and stride lengths agree with {}",
                                           table.name, *options.units == DistanceUnit::mi ? "mi" : "km", unit_words(*options.units),
                                           unit_words(*data_unit)));
    if (!options.units && !data_unit && !in_user_unit.empty())
        out.warn(fmt::format("{}: cannot tell whether the distances are miles or kilometres (no steps and stride "
                                           "lengths to check them by): read as kilometres; pass --units mi if Garmin Connect shows miles",
                                           table.name));
    // A distance read as miles is within km_limit as a number, and may not be once in kilometres.
    if (unit == DistanceUnit::mi)
        for (InUserUnit& unit_cell : in_user_unit) {
            if ((*workouts[unit_cell.workout].distance_km *= km_per_mile) <= km_limit.max) continue;
            unit_cell.cell.text = unit_cell.text;
            fail(table, unit_cell.cell, fmt::format("{} \"{}\" is out of range (at most {}: {:.0f} miles)", distance_column.name, unit_cell.text,
                                               km_limit.said, km_limit.max / km_per_mile));
        }
    for (Workout& w : workouts) out.add(std::move(w));
}

} // namespace recover::formats
