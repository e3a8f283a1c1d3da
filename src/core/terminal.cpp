#include "recover/core/terminal.hpp"

#include <fmt/format.h>

#include <utility>

namespace recover {

namespace {

/// How an escape sequence ends, once its introducer has been read.
enum class Escape { none, control, string, other };

bool in(unsigned char c, unsigned char low, unsigned char high) {
    return c >= low && c <= high;
}

/// The kind of escape sequence that starts at `text[i]` and the length of its introducer:
/// ESC followed by a byte, or a C1 control (U+0080–U+009F, two bytes in UTF-8).
std::pair<Escape, std::size_t> escape_at(std::string_view text, std::size_t i) {
    if (i + 1 >= text.size()) return {Escape::none, 0};
    auto c = static_cast<unsigned char>(text[i]), next = static_cast<unsigned char>(text[i + 1]);
    unsigned char seven_bit = 0; // the 7-bit form of the introducer: '[' for CSI, ']' for OSC...
    if (c == 0x1B)
        seven_bit = next;
    else if (c == 0xC2 && in(next, 0x80, 0x9F))
        seven_bit = static_cast<unsigned char>(next - 0x40);
    else
        return {Escape::none, 0};
    switch (seven_bit) {
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

/// The index just past the escape sequence whose introducer, of `kind` and `length`, starts at `i`.
std::size_t end_of_escape(std::string_view text, std::size_t i, Escape kind, std::size_t length) {
    auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    i += length;
    switch (kind) {
    case Escape::control: // parameters, intermediates, one final byte
        while (i < text.size() && in(byte(i), 0x20, 0x3F))
            ++i;
        if (i < text.size() && in(byte(i), 0x40, 0x7E)) ++i;
        return i;
    case Escape::string: // up to BEL or the string terminator (ESC \ or U+009C), which go too
        for (; i < text.size(); ++i) {
            if (byte(i) == 0x07) return i + 1;
            if (i + 1 < text.size() &&
                ((byte(i) == 0x1B && text[i + 1] == '\\') || (byte(i) == 0xC2 && byte(i + 1) == 0x9C)))
                return i + 2;
        }
        return i;
    case Escape::other:
        if (length == 1) { // ESC: intermediates, then one final byte
            while (i < text.size() && in(byte(i), 0x20, 0x2F))
                ++i;
            if (i < text.size() && in(byte(i), 0x30, 0x7E)) ++i;
        }
        return i;
    case Escape::none: break;
    }
    return i;
}

} // namespace

std::string terminal_text(std::string_view text, LineBreaks line_breaks) {
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        if (auto [kind, length] = escape_at(text, i); kind != Escape::none) {
            i = end_of_escape(text, i, kind, length);
            continue;
        }
        auto c = static_cast<unsigned char>(text[i++]);
        if (c == '\n' || c == '\r' || c == '\t') {
            if (line_breaks == LineBreaks::keep)
                out += static_cast<char>(c);
            else if (!out.empty() && out.back() != ' ')
                out += ' ';
        } else if (c >= 0x20 && c != 0x7F) {
            out += static_cast<char>(c);
        } // other C0 controls and DEL are dropped; C1 ones never get here
    }
    return without_bidi_controls(out);
}

} // namespace recover

namespace recover {

namespace {

/// The code point of the valid UTF-8 sequence at `text[i]` and its length, or length 0 when the
/// bytes there are not valid UTF-8 (a stray continuation byte, an overlong form, a surrogate...).
std::pair<char32_t, std::size_t> decode_at(std::string_view text, std::size_t i) {
    auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    unsigned char lead = byte(i);
    std::size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || i + length > text.size()) return {0, 0};
    char32_t code = length == 1 ? lead : lead & (0x7F >> length);
    for (std::size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) return {0, 0};
        code = (code << 6) | (byte(i + k) & 0x3F);
    }
    bool overlong = (length == 2 && code < 0x80) || (length == 3 && code < 0x800) || (length == 4 && code < 0x10000);
    if (overlong || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return {0, 0};
    return {code, length};
}

} // namespace

bool is_bidi_control(char32_t c) {
    return c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

std::string without_bidi_controls(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        // Every bidi control is three bytes in UTF-8, starting with 0xE2.
        if (static_cast<unsigned char>(text[i]) == 0xE2) {
            if (auto [code, length] = decode_at(text, i); length == 3 && is_bidi_control(code)) {
                i += 3;
                continue;
            }
        }
        out += text[i++];
    }
    return out;
}

std::string escaped(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        auto [code, length] = decode_at(text, i);
        if (length == 0) {
            out += fmt::format("\\x{:02x}", static_cast<unsigned char>(text[i++]));
            continue;
        }
        switch (code) {
        case 0x1B: out += "\\e"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (code < 0x20 || code == 0x7F)
                out += fmt::format("\\x{:02x}", static_cast<unsigned>(code));
            else if ((code >= 0x80 && code <= 0x9F) || is_bidi_control(code))
                out += fmt::format("\\u{:04x}", static_cast<unsigned>(code));
            else
                out.append(text.substr(i, length));
        }
        i += length;
    }
    return out;
}

} // namespace recover
