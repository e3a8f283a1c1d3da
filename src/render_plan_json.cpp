#include "recover/render.hpp"
namespace recover {
std::string render_plan_json(const Plan&) { throw Error(ExitCode::software, {}, "json not built yet"); }
} // namespace recover
