#include "recover/render.hpp"
namespace recover {
std::string render_plan_csv(const Plan&) { throw Error(ExitCode::software, {}, "csv not built yet"); }
} // namespace recover
