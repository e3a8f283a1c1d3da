#pragma once
/// The load model: daily load, acute and chronic load, ACWR, CTL/ATL/TSB, and each week's status.

#include "recover/dates.hpp"
#include "recover/rules.hpp"
#include "recover/workout.hpp"

#include <date/date.h>

#include <optional>
#include <string>
#include <vector>

namespace recover {

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
    std::optional<double> monotony; ///< mean / standard deviation of daily load (Foster); nothing when flat
    WeekStatus status = WeekStatus::normal;
    std::string reason;           ///< why the status: "acwr 1.42 > 1.3", "3 hard days"
};

/// The load model over a span of days.
struct LoadSeries {
    std::vector<DayLoad> days;  ///< one per day, consecutive
    std::vector<WeekLoad> weeks; ///< one per ISO week touched by `days`

    /// The week that holds `day`, or nullptr outside the series.
    const WeekLoad* week_of(date::local_days day) const;
    /// The series day for `day`, or nullptr outside it.
    const DayLoad* day(date::local_days day) const;
};

/// Computes the series over [first, last], widened to whole ISO weeks and to every classified
/// workout (history before `first` feeds the windows). Weeks after the last workout have status
/// normal: the log says nothing about them.
LoadSeries compute_load(const std::vector<Workout>& workouts, const Settings& settings, date::local_days first,
                        date::local_days last);

} // namespace recover
