#pragma once
// Generated training logs for the planner's property tests: seeded, reproducible, realistic.
//
// A log is written as native CSV text (DESIGN.md §2.1) and read back with read_log and
// classify_workouts, so the whole pipeline runs. The same seed gives the same bytes with every
// standard library: numbers come from std::mt19937, whose output the standard fixes, through our
// own mapping (std::uniform_*_distribution differs between libraries).

#include "recover/log/log.hpp"
#include "recover/planner/planner.hpp"
#include "recover/rules/rules.hpp"

#include <date/date.h>

#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace recover::testing {

/// Random choices over std::mt19937 that are the same on every platform.
class Random {
  public:
    explicit Random(std::uint32_t seed) : engine_(seed) {}

    /// An integer in [low, high], both included (rejection sampling: no modulo bias).
    int between(int low, int high);
    /// True with a chance of `percent` in 100.
    bool percent(int percent) { return between(1, 100) <= percent; }
    /// A number in [low, high).
    double real(double low, double high);
    /// One element of a non-empty list.
    template <class T> const T& pick(const std::vector<T>& list) {
        return list[static_cast<std::size_t>(between(0, static_cast<int>(list.size()) - 1))];
    }

  private:
    std::mt19937 engine_;
};

/// One generated log with everything needed to plan it, and to say how it was made.
struct GeneratedLog {
    std::uint32_t seed = 0;
    std::string csv;        ///< the log as native CSV text
    std::string rules_toml; ///< laid over default_rules(); may be empty
    date::local_days today; ///< rows dated after it are planned workouts
    PlanRequest request;    ///< the range to plan, and any `--race` races
    TrainingLog log;        ///< `csv` read and classified
    RuleSet rules;          ///< default_rules() with `rules_toml` laid over it
    std::string summary;    ///< one line: span, rows, races, niggles, rule changes, range
};

/// The log, rules and range for `seed`: 4–30 weeks of 3–7 sessions (easy, quality at RPE 7–9,
/// long runs of 90–150 min some at race pace, races of 5K to marathon some still to come, rides,
/// strength, rest days, treatments received, niggles that heal or do not, some with red-flag
/// words) and a rule set with random therapist days, caps and disabled rules.
/// Throws what read_log or load_rules throw: a generator that writes a bad log is a bug.
GeneratedLog generate_log(std::uint32_t seed);

/// `csv` and `rules_toml` read, classified and packed with the rest, as generate_log does.
GeneratedLog read_generated(std::uint32_t seed, std::string csv, std::string rules_toml, date::local_days today,
                            PlanRequest request, std::string summary = {});

} // namespace recover::testing
