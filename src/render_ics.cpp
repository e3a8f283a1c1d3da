#include "recover/render.hpp"
namespace recover {
std::string render_ics(const Plan&, const PlanOptions&) { throw Error(ExitCode::software, {}, "ics not built yet"); }
} // namespace recover
