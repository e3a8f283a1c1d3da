#include "recover/render.hpp"
namespace recover {
std::string render_load(const LoadSeries&, const Settings&, date::local_days, date::local_days, LoadFormat) {
    throw Error(ExitCode::software, {}, "load not built yet");
}
} // namespace recover
