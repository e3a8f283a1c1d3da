#pragma once
/// Classification: each workout's kind, long flag, effort and load, and the signal that decided.

#include "recover/rules/rules.hpp"
#include "recover/log/workout.hpp"

#include <optional>
#include <vector>

namespace recover {

/// Whether a classification puts its reasons into words (`Workout::why`): only what shows a
/// workout's why (recover workouts) needs them, and a long log has many workouts.
enum class Explain { no, yes };

/// Sets kind, long_run, very_hard, effort, load and, when `explain`, why on every workout, from its
/// signals and the rule set's thresholds (DESIGN.md §2.2).
/// The athlete's maximum heart rate is the rules' ([athlete] max_hr), else the highest of the
/// workouts' and `also_seen` (the highest of workouts read and not kept, see load/history.hpp).
void classify_workouts(std::vector<Workout>& workouts, const Settings& settings, std::optional<double> also_seen = {},
                       Explain explain = Explain::yes);

/// Classifies one workout against the athlete's maximum heart rate `max_hr` (nothing: unknown);
/// `why` is left empty unless `explain`.
void classify_workout(Workout& workout, const Settings& settings, std::optional<double> max_hr, Explain explain = Explain::yes);

} // namespace recover
