#include "recover/render.hpp"
namespace recover {
std::string render_rules(const RuleSet&) { throw Error(ExitCode::software, {}, "rules not built yet"); }
} // namespace recover
