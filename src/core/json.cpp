#include "recover/core/json.hpp"

#include "recover/core/terminal.hpp"
#include "recover/core/text.hpp"

#include <fmt/format.h>

namespace recover {

std::string quote_string(std::string_view text, StringSyntax syntax) {
    const bool toml = syntax == StringSyntax::toml;
    auto unicode_escape = [&](unsigned code) { return toml ? fmt::format("\\u{:04X}", code) : fmt::format("\\u{:04x}", code); };
    std::string out = "\"";
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        // C1 controls (U+0080–U+009F) and bidi controls are valid in a string but are controls
        // all the same: escaped, so that the text cannot act on a terminal showing it.
        auto lead = static_cast<unsigned char>(c);
        if (lead == 0xC2 && i + 1 < text.size() && (static_cast<unsigned char>(text[i + 1]) & 0xE0) == 0x80) {
            out += unicode_escape(static_cast<unsigned char>(text[i + 1]));
            ++i;
            continue;
        }
        if (lead == 0xE2 && i + 2 < text.size()) {
            char32_t code = ((lead & 0x0Fu) << 12) | ((static_cast<unsigned char>(text[i + 1]) & 0x3Fu) << 6) |
                            (static_cast<unsigned char>(text[i + 2]) & 0x3Fu);
            if ((static_cast<unsigned char>(text[i + 1]) & 0xC0) == 0x80 && (static_cast<unsigned char>(text[i + 2]) & 0xC0) == 0x80 &&
                is_bidi_control(code)) {
                out += unicode_escape(static_cast<unsigned>(code));
                i += 2;
                continue;
            }
        }
        switch (c) {
        case '"': out += "\\\""; continue;
        case '\\': out += "\\\\"; continue;
        case '\n': out += "\\n"; continue;
        case '\r': out += "\\r"; continue;
        case '\t': out += "\\t"; continue;
        case '\b':
            if (toml) {
                out += "\\b";
                continue;
            }
            break;
        case '\f':
            if (toml) {
                out += "\\f";
                continue;
            }
            break;
        default: break;
        }
        auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x20 && byte != 0x7F)
            out += c;
        else
            out += unicode_escape(byte);
    }
    return out + '"';
}

std::string json_string(std::string_view text) {
    return quote_string(text, StringSyntax::json);
}

std::string json_number(double value, int decimals) {
    std::string text = fixed_decimals(value, decimals);
    if (text.find('.') != std::string::npos) {
        while (text.back() == '0') text.pop_back();
        if (text.back() == '.') text.pop_back();
    }
    return text;
}

std::string json_number(const std::optional<double>& value, int decimals) {
    return value ? json_number(*value, decimals) : "null";
}

std::string json_array(const std::vector<std::string>& elements, ArrayLayout layout) {
    if (layout == ArrayLayout::one_line) return fmt::format("[{}]", fmt::join(elements, ", "));
    if (elements.empty()) return "[]";
    return fmt::format("[\n  {}\n]", fmt::join(elements, ",\n  "));
}

} // namespace recover
