#pragma once
// The body of the five format-mapper harnesses (native.cpp, strava.cpp, ...): read_log with the
// format forced, today pinned and a real time zone, then classification. A located Error is the
// documented clean failure; anything else, or a number that is not finite or out of its limit,
// is a finding.

#include "fuzz.hpp"

#include "recover/core/diagnostics.hpp"
#include "recover/load/classify.hpp"
#include "recover/log/log.hpp"

#include <date/tz.h>

namespace recover::fuzz {

/// The checks every workout a reader returns must pass (recover(1), LIMITS).
inline void check_workouts(const TrainingLog& log) {
    for (std::size_t i = 0; i < log.workouts.size(); ++i) {
        const Workout& w = log.workouts[i];
        FUZZ_CHECK(in_date_range(w.date));
        if (i > 0) FUZZ_CHECK(log.workouts[i - 1].date <= w.date);
        FUZZ_CHECK(finite(w.minutes) && w.minutes >= 0 && w.minutes <= 7 * 24 * 60);
        FUZZ_CHECK(finite(w.distance_km) && (!w.distance_km || (*w.distance_km >= 0 && *w.distance_km <= 1000)));
        if (w.start) FUZZ_CHECK(w.start->count() >= 0 && w.start->count() < 24 * 60);
        const Signals& s = w.signals;
        FUZZ_CHECK(finite(s.rpe) && finite(s.avg_hr) && finite(s.max_hr) && finite(s.aerobic_te) &&
                   finite(s.hard_zone_minutes) && finite(s.service_load));
        FUZZ_CHECK(!s.avg_hr || (*s.avg_hr >= 0 && *s.avg_hr <= 300));
        FUZZ_CHECK(!s.max_hr || (*s.max_hr >= 0 && *s.max_hr <= 300));
        FUZZ_CHECK(!s.service_load || (*s.service_load >= 0 && *s.service_load <= 1e4));
    }
    for (const NiggleReport& report : log.niggles) FUZZ_CHECK(in_date_range(report.date));
}

/// The classified workouts: every effort and load finite and not negative.
inline void check_classified(const std::vector<Workout>& workouts) {
    for (const Workout& w : workouts) {
        FUZZ_CHECK(finite(w.minutes) && finite(w.distance_km));
        FUZZ_CHECK(finite(w.effort) && w.effort >= 0);
        FUZZ_CHECK(finite(w.load) && w.load >= 0);
    }
}

/// The runner's zone: one with daylight saving, so that exports dated in UTC cross it.
inline const RunnerZone* runner_zone() {
    static const RunnerZone zone(date::locate_zone("Europe/Berlin"));
    return &zone;
}

inline int fuzz_mapper(InputFormat format, const std::uint8_t* data, std::size_t size) {
    const std::string_view text = as_text(data, size);
    LogOptions options{today, format, runner_zone()};
    for (bool skip_bad_rows : {false, true}) {
        options.skip_bad_rows = skip_bad_rows;
        try {
            TrainingLog log = read_log(text, "fuzz.csv", options);
            check_workouts(log);
            for (const Error& skipped : log.skipped) FUZZ_CHECK(skipped.code() == ExitCode::data);
            classify_workouts(log.workouts, built_in_rules().settings);
            check_classified(log.workouts);
            return 0; // read whole: skipping rows changes nothing
        } catch (const Error& e) {
            FUZZ_CHECK(e.code() == ExitCode::data);
            FUZZ_CHECK(e.message().find('\n') == std::string::npos);
        }
    }
    return 0;
}

} // namespace recover::fuzz
