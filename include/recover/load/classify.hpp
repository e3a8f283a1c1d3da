#pragma once
/// Classification: each workout's kind, long flag, effort and load, and the signal that decided.

#include "recover/rules/rules.hpp"
#include "recover/log/workout.hpp"

#include <vector>

namespace recover {

/// Sets kind, long_run, very_hard, effort, load and why on every workout, from its signals and
/// the rule set's thresholds (DESIGN.md §2.2).
void classify_workouts(std::vector<Workout>& workouts, const Settings& settings);

} // namespace recover
