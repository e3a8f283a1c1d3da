#include "render/common.hpp"

#include "recover/core/dates.hpp"
#include "recover/core/text.hpp"

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

namespace {

/// How an escape sequence ends, once its introducer has been read.
enum class Escape { none, control, string, other };

/// The kind of escape sequence that starts at `text[i]` and the length of its introducer:
/// ESC followed by a byte, or a C1 control (U+0080–U+009F, two bytes in UTF-8).
std::pair<Escape, std::size_t> escape_at(std::string_view text, std::size_t i) {
    if (i + 1 >= text.size()) return {Escape::none, 0};
    auto c = static_cast<unsigned char>(text[i]), next = static_cast<unsigned char>(text[i + 1]);
    unsigned char final_byte = 0; // the 7-bit form of the introducer: '[' for CSI, ']' for OSC...
    if (c == 0x1B)
        final_byte = next;
    else if (c == 0xC2 && next >= 0x80 && next <= 0x9F)
        final_byte = static_cast<unsigned char>(next - 0x40);
    else
        return {Escape::none, 0};
    switch (final_byte) {
    case '[': return {Escape::control, 2};
    case ']':
    case 'P':
    case 'X':
    case '^':
    case '_': return {Escape::string, 2};
    default: break;
    }
    // ESC with intermediates then a final byte (ESC ( B, ESC 7, ...); a lone C1 control.
    return {Escape::other, c == 0x1B ? 1 : 2};
}

bool in(unsigned char c, unsigned char low, unsigned char high) {
    return c >= low && c <= high;
}

} // namespace

std::string without_escape_sequences(std::string_view text) {
    std::string kept;
    auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    for (std::size_t i = 0; i < text.size();) {
        auto [escape, introducer] = escape_at(text, i);
        if (escape == Escape::none) {
            kept += text[i++];
            continue;
        }
        i += introducer;
        switch (escape) {
        case Escape::control: // parameters, intermediates, one final byte
            while (i < text.size() && in(byte(i), 0x20, 0x3F))
                ++i;
            if (i < text.size() && in(byte(i), 0x40, 0x7E)) ++i;
            break;
        case Escape::string: // up to BEL or the string terminator (ESC \ or U+009C), which go too
            while (i < text.size()) {
                if (byte(i) == 0x07) {
                    ++i;
                    break;
                }
                if (i + 1 < text.size() &&
                    ((byte(i) == 0x1B && text[i + 1] == '\\') || (byte(i) == 0xC2 && byte(i + 1) == 0x9C))) {
                    i += 2;
                    break;
                }
                ++i;
            }
            break;
        case Escape::other:
            if (introducer == 1) { // ESC: intermediates, then one final byte
                while (i < text.size() && in(byte(i), 0x20, 0x2F))
                    ++i;
                if (i < text.size() && in(byte(i), 0x30, 0x7E)) ++i;
            }
            break;
        case Escape::none: break;
        }
    }
    return kept;
}

std::string terminal_text(std::string_view text) {
    return terminal_safe(without_escape_sequences(text));
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
