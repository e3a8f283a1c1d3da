#include "recover/core/json.hpp"

#include "recover/core/text.hpp"

#include <fmt/format.h>

namespace recover {

std::string quote_string(std::string_view text, StringSyntax syntax) {
    const bool toml = syntax == StringSyntax::toml;
    std::string out = "\"";
    for (char c : text) {
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
        else if (toml)
            out += fmt::format("\\u{:04X}", byte);
        else
            out += fmt::format("\\u{:04x}", byte);
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
