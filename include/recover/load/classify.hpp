#pragma once
/// Classification: each workout's kind, long flag, effort and load, and the signal that decided.

#include "recover/rules/rules.hpp"
#include "recover/log/workout.hpp"

#include <optional>
#include <vector>

namespace recover {

/// Sets kind, long_run, very_hard, effort, load and why on every workout, from its signals and
/// the rule set's thresholds (DESIGN.md §2.2).
/// The athlete's maximum heart rate is the rules' ([athlete] max_hr), else the highest of the
/// workouts' and `also_seen` (the highest of workouts read and not kept, see load/history.hpp).
void classify_workouts(std::vector<Workout>& workouts, const Settings& settings, std::optional<double> also_seen = {});

/// Classifies one workout against the athlete's maximum heart rate `max_hr` (nothing: unknown);
/// `why` is left empty unless `explain` (a workout summed and forgotten is never explained).
void classify_workout(Workout& workout, const Settings& settings, std::optional<double> max_hr, bool explain = true);

} // namespace recover
