#pragma once
/// The load model: daily load, acute and chronic load, ACWR, CTL/ATL/TSB, and each week's status.

#include "recover/core/dates.hpp"
#include "recover/rules/rules.hpp"
#include "recover/log/workout.hpp"

#include <date/date.h>

#include <optional>
#include <string>
#include <vector>

namespace recover {

struct PastLoad;

/// Resting heart rate TRIMP assumes when the rules give none ([athlete] resting_hr), beats per minute.
inline constexpr double assumed_resting_hr = 60;

/// The highest heart rate any workout of the log recorded (its `max_hr` signal), or nothing.
std::optional<double> highest_hr(const std::vector<Workout>& workouts);

/// Banister's training impulse: minutes × HRr × k1 × e^(k2 × HRr), where HRr, the fraction of
/// heart-rate reserve, is (avg − resting) / (max − resting) clamped to [0, 1].
double banister_trimp(double minutes, double avg_hr, double max_hr, double resting_hr, double k1, double k2);

/// The training load of one workout under the rule set's load model, in that model's unit:
/// session-rpe: effort × minutes (Foster; effort is the RPE, else inferred, so it needs
/// classification's `effort`); duration: minutes; trimp: `banister_trimp` with the athlete's
/// maximum ([athlete] max_hr, else `log_max_hr`) and resting heart rate ([athlete] resting_hr,
/// else 60). A workout without an average heart rate, or any TRIMP without a known maximum,
/// falls back to session RPE × minutes. Treatments and missed planned workouts count 0.
double workout_load(const Workout& workout, const Settings& settings, std::optional<double> log_max_hr);

/// True when the TRIMP model can give `workout` a load from heart rate: it has an average heart
/// rate and the athlete's maximum (the rules', else `log_max_hr`) is above the resting rate.
bool load_from_heart_rate(const Workout& workout, const Settings& settings, std::optional<double> log_max_hr);

/// Whether a week asks for more recovery (heavy), less (easy), or the usual.
enum class WeekStatus { easy, normal, heavy };
std::string_view to_string(WeekStatus status);

/// One day of the load series.
struct DayLoad {
    date::local_days date;
    double load = 0;              ///< sum of the day's workout loads
    double acute = 0;             ///< mean daily load over the acute window (or its EWMA)
    double chronic = 0;           ///< mean daily load over the chronic window (or its EWMA)
    std::optional<double> acwr;   ///< acute / chronic; nothing before a full chronic window of history
    double atl = 0;               ///< acute training load ("fatigue"), exponentially weighted
    double ctl = 0;               ///< chronic training load ("fitness"), exponentially weighted
    double tsb = 0;               ///< training stress balance ("form"): yesterday's CTL − ATL
};

/// One ISO week (Monday to Sunday) of the load series.
struct WeekLoad {
    date::local_days monday;
    double load = 0;              ///< total load of the week
    std::optional<double> acwr;   ///< the acute:chronic ratio on the week's Sunday
    int hard_days = 0;            ///< days with a hard workout or a race
    std::optional<double> monotony; ///< mean / population sd of the 7 daily loads (Foster); nothing when flat
    WeekStatus status = WeekStatus::normal;
    std::string reason;           ///< why the status: "acwr 1.42 above 1.3", "3 hard days"
};

/// What the TRIMP model worked from (load model "trimp"), for `recover load` to say.
struct TrimpBasis {
    std::optional<double> max_hr;     ///< [athlete] max_hr, else the log's highest; nothing: no TRIMP at all
    bool max_hr_from_log = false;     ///< max_hr is the highest heart rate in the log
    double resting_hr = assumed_resting_hr;
    bool resting_hr_assumed = true;   ///< no [athlete] resting_hr: `assumed_resting_hr`
    int from_heart_rate = 0;          ///< workouts whose load is TRIMP
    int without_heart_rate = 0;       ///< workouts that fell back to session RPE × minutes
};

/// The load model over a span of days.
struct LoadSeries {
    std::vector<DayLoad> days;  ///< one per day, consecutive
    std::vector<WeekLoad> weeks; ///< one per ISO week touched by `days`
    std::optional<TrimpBasis> trimp; ///< set when the load model is trimp

    /// The week that holds `day`, or nullptr outside the series.
    const WeekLoad* week_of(date::local_days day) const;
    /// The series day for `day`, or nullptr outside it.
    const DayLoad* day(date::local_days day) const;
    /// The weeks that hold a day of [from, until], in order.
    std::vector<const WeekLoad*> weeks_between(date::local_days from, date::local_days until) const;
    /// The series' days in [from, until], in order.
    std::vector<const DayLoad*> days_between(date::local_days from, date::local_days until) const;
};

/// Computes the series over [first, last], widened to whole ISO weeks and to every classified
/// workout but treatments (history before `first` feeds the windows). A week is heavy when its
/// Sunday's acwr is above heavy_acwr or it has heavy_hard_days hard days (the reason names each),
/// easy when the acwr is below easy_acwr or a whole chronic window saw no load, else normal.
/// Weeks after the last workout are normal: the log says nothing about them. `past`, when given,
/// adds the days of workouts read and not kept (load/history.hpp), as if they were in `workouts`.
LoadSeries compute_load(const std::vector<Workout>& workouts, const Settings& settings, date::local_days first,
                        date::local_days last, const PastLoad* past = nullptr);

} // namespace recover
