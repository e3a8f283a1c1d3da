#pragma once
/// Several logs as one training history: a service export and the runner's own treatments.csv,
/// or two services that both recorded the same run.

#include "recover/log/workout.hpp"

#include <vector>

namespace recover {

/// True when `a` and `b` are one workout recorded twice: the same local day and sport, and a start
/// within `same_start_minutes` of each other, or (a start missing) durations within 10 %.
/// Treatments received are never the same as a workout.
bool same_workout(const Workout& a, const Workout& b);

/// Minutes between two starts within which two records of one day and sport are one workout.
inline constexpr int same_start_minutes = 10;

/// How much a record says: one point per signal and field it carries. Of two records of one
/// workout, the one that says more is kept.
int richness(const Workout& workout);

/// The logs as one: workouts in date order with each workout recorded in several logs counted
/// once (the richest record kept, the others dropped), niggles from every log (one report per day
/// and area), and every skipped row.
TrainingLog merge_logs(std::vector<TrainingLog> logs);

} // namespace recover
