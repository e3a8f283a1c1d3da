#pragma once
/// The planner: classified workouts + rules + a date range → a `Plan` (DESIGN.md §4).

#include "recover/load/history.hpp"
#include "recover/planner/plan.hpp"
#include "recover/rules/rules.hpp"
#include "recover/log/workout.hpp"

#include <optional>
#include <string_view>
#include <vector>

namespace recover {

/// What the plan is asked for besides the log and the rules.
struct PlanRequest {
    date::local_days from;
    date::local_days until;
    std::vector<Race> extra_races; ///< races named on the command line (`--race`)
    const PastLoad* past = nullptr; ///< the load of the log's workouts not kept (load/history.hpp), for the load model
};

/// A race from `--race DATE[:NAME]`. A distance is read from the name where it says one
/// ("10K", "21.1 km", "half marathon", "marathon"). Nothing when DATE is not YYYY-MM-DD.
std::optional<Race> parse_race_option(std::string_view spec);

/// Makes the calendar for [request.from, request.until]. `log` must be classified. The result
/// depends on nothing but its arguments: the same inputs give the same plan.
Plan plan_recovery(const TrainingLog& log, const RuleSet& rules, const PlanRequest& request);

} // namespace recover
