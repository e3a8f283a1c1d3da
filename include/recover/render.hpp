#pragma once
/// Renderers: a `Plan` in, the bytes of one output format out. They do no I/O.

#include "recover/plan.hpp"
#include "recover/workout.hpp"

#include <string>
#include <vector>

namespace recover {

/// Options of the text renderer.
struct TextOptions {
    bool explain = false; ///< add the reason, the triggers and the source under each item
};

/// The plan for a person at a terminal: grouped by ISO week with the week's load and status,
/// one line per item beginning with its ISO date, notes under the week they fall in.
std::string render_text(const Plan& plan, const TextOptions& options);

/// The formats of `recover workouts`.
enum class WorkoutsFormat { text, csv, json };

/// The log as recover understands it, one row per workout: date, start, sport, kind, long,
/// minutes, distance_km, rpe, load, planned, title, why. JSON is `{"workouts": [...]}`; CSV is
/// RFC 4180 with CRLF and formula-looking cells neutralised; text is an aligned table.
std::string render_workouts(const std::vector<Workout>& workouts, WorkoutsFormat format);

} // namespace recover
