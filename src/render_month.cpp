#include "recover/render.hpp"
namespace recover {
std::string render_month(const Plan&, const PlanOptions&) { throw Error(ExitCode::software, {}, "month view not built yet"); }
} // namespace recover
