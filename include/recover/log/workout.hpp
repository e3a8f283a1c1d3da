#pragma once
/// `Workout`: one entry of a training log, normalised whatever format it came from.

#include "recover/core/diagnostics.hpp"

#include <date/date.h>

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace recover {

/// What kind of exercise a workout is.
enum class Sport { run, ride, swim, strength, walk, other };

/// What a workout means for recovery; `long_run` prints as "long" (DESIGN.md §2.2).
enum class Kind { race, hard, long_run, easy, cross, treatment };

/// A treatment the runner already received, recorded in the log.
enum class Received { none, massage, art, physio };

std::string_view to_string(Sport sport);
std::string_view to_string(Kind kind);
std::string_view to_string(Received received);

/// A sore spot the runner wrote down: a body area and, when given, a 0–10 severity.
struct Niggle {
    std::string area;            ///< lowercase, as written: "left achilles", "calf"
    std::optional<int> severity; ///< 0–10; nothing when the log gave none
    std::string said;            ///< the words it came from: the `niggle` item, or the phrase of a title or note
};

/// What the export says about a workout before classification: every signal a format can carry.
/// Readers fill what their format has; `classify_workouts` turns it into kind, effort and load.
struct Signals {
    std::optional<Kind> stated_kind; ///< an explicit kind: native `type`, a race or long-run tag
    std::string stated_by;           ///< which column or tag stated it, for `why`: "type race"
    std::optional<double> rpe;       ///< session RPE on the CR-10 scale, as given
    std::optional<double> avg_hr;    ///< average heart rate, beats per minute
    std::optional<double> max_hr;    ///< highest heart rate of the session, beats per minute
    std::optional<double> aerobic_te; ///< Garmin Aerobic Training Effect, 0.0–5.0
    std::optional<double> hard_zone_minutes; ///< minutes in heart-rate zone 4 and above
    std::optional<double> service_load; ///< the service's own load figure (TSS, Relative Effort, icu_training_load)
};

/// One workout (or treatment received) from the log, in the runner's local time.
struct Workout {
    Location where;                              ///< the row it came from
    date::local_days date;                       ///< local calendar date
    std::optional<std::chrono::minutes> start;   ///< local time of day; nothing when not given
    Sport sport = Sport::other;
    Received received = Received::none;          ///< a treatment, when kind is treatment
    double minutes = 0;                          ///< moving (or elapsed) time in minutes; 0 when unknown
    std::optional<double> distance_km;           ///< kilometres; nothing when the log has none
    bool planned = false;                        ///< a workout still to come, or one planned and not done
    bool missed = false;                         ///< planned for a day already past and not done: counts for nothing
    std::string title;                           ///< as written, may hold any UTF-8
    std::string notes;                           ///< as written, may hold any UTF-8
    Signals signals;

    // Set by classify_workouts():
    Kind kind = Kind::easy;
    bool long_run = false;  ///< long by duration or distance, whatever the kind
    bool very_hard = false; ///< hard enough to call for deep massage 48–72 h later
    double effort = 0;      ///< CR-10 effort: the RPE when given, else inferred from the kind
    double load = 0;        ///< training load in the rule set's unit (session RPE × minutes by default)
    std::string why;        ///< the signal that decided the kind, in words: "rpe 8 (hard from 7)"
};

/// How a workout is named in sentences: its title, or its kind when it has none.
std::string label(const Workout& workout);

/// A niggle reported on a day, with or without a workout that day.
struct NiggleReport {
    Location where;
    date::local_days date;
    Niggle niggle;
    bool improving = false; ///< the runner's words that day say it is getting better ("much better today")
};

/// Everything read from one training log.
struct TrainingLog {
    std::vector<Workout> workouts;     ///< in date order, then in log order
    std::vector<NiggleReport> niggles; ///< in date order
    std::vector<Error> skipped;        ///< rows skipped under --skip-bad-rows, each with its error
    std::vector<std::string> warnings = {}; ///< what the reader guessed and the runner should know, one line each
};

} // namespace recover
