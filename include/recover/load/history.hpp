#pragma once
/// The history a plan needs only as numbers: the workouts dated outside the plan's dates and their
/// look-back, classified as the log streams past and summed per day for the load model, then
/// forgotten. Memory grows with the days of the history, not with its rows.

#include "recover/core/dates.hpp"
#include "recover/log/log.hpp"
#include "recover/rules/rules.hpp"

#include <date/date.h>

#include <optional>
#include <vector>

namespace recover {

/// Per day, the load of workouts read and not kept, with what the load model and the warnings
/// need of them besides.
struct PastLoad {
    std::vector<double> load;      ///< per day from `first_date` (core/dates.hpp); empty until a workout is added
    std::vector<bool> hard;        ///< per day: a hard workout or a race was done
    std::optional<date::local_days> first_counted, last_counted; ///< workouts that count for load (not treatments, not missed)
    std::optional<date::local_days> first_done, last_done;       ///< workouts done: counted and not planned
    std::optional<date::local_days> first_added, last_added;     ///< every workout added, treatments and missed ones too
    std::optional<double> highest_hr;                            ///< the highest `max_hr` signal seen
    int from_heart_rate = 0;    ///< TRIMP model: workouts whose load is TRIMP
    int without_heart_rate = 0; ///< TRIMP model: workouts that fell back to session RPE × minutes

    /// What `add` needs of a classified workout, worked out on any thread.
    static SummedWorkout summed(const Workout& workout, const Settings& settings, std::optional<double> max_hr);
    /// Adds a workout `summed` read, in log order: each day's load is added up in that order.
    void add(const SummedWorkout& workout);
    /// Adds a classified workout: `add` of `summed`.
    void add(const Workout& workout, const Settings& settings, std::optional<double> max_hr) { add(summed(workout, settings, max_hr)); }
    /// The day's summed load, or 0.
    double load_on(date::local_days day) const;
    bool hard_on(date::local_days day) const;
};

/// How many days before the plan's first day, and after its last, a plan looks at single workouts
/// (a race's blackout and flush, the gap since the last massage, a niggle's runs, the load
/// windows' 365 days at most): our choice, past every window the rules can set.
inline constexpr int plan_look_days = 400;

/// The filter for `read_log` that keeps the workouts a plan of [from, until] needs whole (those
/// within `plan_look_days` of it, every treatment received, and, when the rules give no maximum
/// heart rate, every workout with an average heart rate: its effort waits for the log's highest)
/// and classifies and adds the others to `past`.
WorkoutFilter keep_for_plan(date::local_days from, date::local_days until, const Settings& settings, PastLoad& past);

/// The filter for `read_log` that keeps only the workouts whose effort waits for the log's highest
/// heart rate (with an average heart rate, when the rules give no maximum) and classifies and adds
/// every other to `past`: the load model of a whole log (`recover load`) needs no more.
WorkoutFilter keep_for_load(const Settings& settings, PastLoad& past);

} // namespace recover
