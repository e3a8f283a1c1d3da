#pragma once
/// Renderers: a `Plan` in, the bytes of one output format out. They do no I/O.

#include "recover/plan.hpp"

#include <string>

namespace recover {

/// Options of the text renderer.
struct TextOptions {
    bool explain = false; ///< add the reason, the triggers and the source under each item
};

/// The plan for a person at a terminal: grouped by ISO week with the week's load and status,
/// one line per item beginning with its ISO date, notes under the week they fall in.
std::string render_text(const Plan& plan, const TextOptions& options);

} // namespace recover
