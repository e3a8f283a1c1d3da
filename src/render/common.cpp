#include "render/common.hpp"

#include "recover/core/dates.hpp"

#include <fmt/format.h>

namespace recover {

std::string minutes_text(const std::array<int, 2>& minutes) {
    if (minutes[1] == 0) return "";
    if (minutes[0] == minutes[1]) return fmt::format("{} min", minutes[0]);
    return fmt::format("{}–{} min", minutes[0], minutes[1]);
}

std::string_view cause_type(Cause::What what) {
    switch (what) {
    case Cause::What::workout: return "workout";
    case Cause::What::race: return "race";
    case Cause::What::niggle: return "niggle";
    case Cause::What::clock: break;
    }
    return "clock";
}

std::string cause_text(const Cause& cause) {
    return fmt::format("{} {}{}{}", cause_type(cause.what), iso_date(cause.date), cause.label.empty() ? "" : " ",
                       cause.label);
}

std::string triggers_text(const std::vector<Cause>& triggers) {
    std::string out;
    for (const Cause& cause : triggers)
        out += (out.empty() ? "" : "; ") + cause_text(cause);
    return out;
}

std::string paint(std::string_view text, std::string_view code, bool on) {
    if (!on || code.empty()) return std::string(text);
    return fmt::format("\x1b[{}m{}\x1b[0m", code, text);
}

std::string_view treatment_colour(Treatment treatment) {
    switch (treatment) {
    case Treatment::deep_massage:
    case Treatment::flush_massage:
    case Treatment::maintenance_massage: return sgr::cyan;
    case Treatment::art: return sgr::magenta;
    case Treatment::physio: return sgr::bold_red;
    case Treatment::blackout: return sgr::yellow;
    case Treatment::foam_roll:
    case Treatment::stretch:
    case Treatment::ice:
    case Treatment::heat: break;
    }
    return sgr::green;
}

std::string_view status_colour(WeekStatus status) {
    switch (status) {
    case WeekStatus::heavy: return sgr::red;
    case WeekStatus::easy: return sgr::green;
    case WeekStatus::normal: break;
    }
    return "";
}

} // namespace recover
