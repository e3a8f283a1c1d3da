#pragma once
/// Renderers: a `Plan` (or the log, the load, the rules) in, the bytes of one output format out.
/// They do no I/O and read no clock or environment: the command line (src/cli) passes what they need.

#include "recover/load/load.hpp"
#include "recover/planner/plan.hpp"
#include "recover/rules/rules.hpp"
#include "recover/log/workout.hpp"

#include <date/date.h>

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace recover {

/// The formats of `recover plan`.
enum class PlanFormat { text, month, ics, json, csv };

/// What the plan renderers need besides the plan.
struct PlanOptions {
    bool explain = false;                    ///< text: add the reason, the triggers and the source under each item
    bool color = false;                      ///< text, month: ANSI colour (cli decides: terminal, --color, NO_COLOR)
    std::optional<date::local_days> today;   ///< month: the day to highlight
    date::sys_seconds stamp{};               ///< ics: DTSTAMP (SOURCE_DATE_EPOCH, else now)
    std::optional<std::chrono::minutes> alarm; ///< ics: a VALARM at this time of day on the item's day
    std::vector<Category> alarm_for{Category::appointment, Category::flag}; ///< ics: the categories that get the alarm
};

/// The plan for a person at a terminal: grouped by ISO week with the week's load and status,
/// one line per item beginning with its ISO date, notes under the week they fall in.
std::string render_text(const Plan& plan, const PlanOptions& options);
/// A `cal`-style month view per month of the plan, one mark per day, and a legend.
std::string render_month(const Plan& plan, const PlanOptions& options);
/// RFC 5545 calendar: one all-day VEVENT per item.
std::string render_ics(const Plan& plan, const PlanOptions& options);
/// The JSON contract: {"version", "from", "until", "items", "notes", "weeks"}.
std::string render_plan_json(const Plan& plan);
/// One row per item, RFC 4180 with CRLF, formula-looking cells neutralised.
std::string render_plan_csv(const Plan& plan);

/// `--book`: one native log row ("date,type,title", no header) per appointment the plan proposes,
/// to append to the runner's treatments.csv; appointments the log books already are left out.
std::string render_bookings(const Plan& plan);

/// The formats of `recover workouts`.
enum class WorkoutsFormat { text, csv, json };

/// The log as recover understands it, one row per workout: date, start, sport, kind, long,
/// minutes, distance_km, rpe, load, planned, title, why. JSON is `{"workouts": [...]}`; CSV is
/// RFC 4180 with CRLF and formula-looking cells neutralised; text is an aligned table.
std::string render_workouts(const std::vector<Workout>& workouts, WorkoutsFormat format);

/// The formats of `recover load`.
enum class LoadFormat { text, json, csv };

/// The load model over [from, until]: the settings it used, each ISO week (load, acwr, hard
/// days, monotony, status and reason) and each day (load, acute, chronic, acwr, atl, ctl, tsb).
std::string render_load(const LoadSeries& load, const Settings& settings, date::local_days from, date::local_days until,
                        LoadFormat format);

/// The rule set as TOML that `load_rules` reads back to the same rule set (`recover rules`).
std::string render_rules(const RuleSet& rules);

} // namespace recover
