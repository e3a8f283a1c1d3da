#include "toml_reader.hpp"

#include <cctype>

namespace recover::rules {

std::string type_name(const toml::node& node) {
    switch (node.type()) {
    case toml::node_type::string: return "a string";
    case toml::node_type::integer: return "an integer";
    case toml::node_type::floating_point: return "a number";
    case toml::node_type::boolean: return "a boolean";
    case toml::node_type::array: return "an array";
    case toml::node_type::table: return "a table";
    default: return "a date or time";
    }
}

// The character at a 1-based line and column (columns count bytes in toml++), or 0 past the end.
char char_at(std::string_view text, std::size_t line, std::size_t column) {
    std::size_t at = 0;
    for (std::size_t l = 1; l < line && at != std::string_view::npos; ++l) {
        at = text.find('\n', at);
        if (at != std::string_view::npos) ++at;
    }
    if (at == std::string_view::npos || column == 0 || at + column - 1 >= text.size()) return 0;
    return text[at + column - 1];
}

// toml++ says "Error while parsing key-value pair: encountered end-of-file"; we say
// "syntax error in key-value pair: encountered end-of-file".
std::string syntax_message(std::string_view description, char at) {
    // A line break inside a basic string is a control character to toml++: say what it means.
    if (description.find("control characters") != std::string_view::npos && (at == '\n' || at == '\r'))
        return "syntax error in string: the line ends before the closing quote";
    constexpr std::string_view prefix = "Error while parsing ";
    if (description.starts_with(prefix)) return fmt::format("syntax error in {}", description.substr(prefix.size()));
    std::string text(description);
    if (!text.empty()) text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
    return "syntax error: " + text;
}

} // namespace recover::rules
