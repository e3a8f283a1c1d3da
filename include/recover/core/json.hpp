#pragma once
/// JSON text pieces for the renderers (RFC 8259): escaped strings, plain numbers, arrays, null.
/// TOML's basic strings and inline arrays are written the same way, so `recover rules` uses them too.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace recover {

/// The string syntaxes we write. They differ only in the short escapes they have (TOML also has
/// `\b` and `\f`) and in the case of the hex digits of `\uXXXX` (JSON lowercase, TOML uppercase).
enum class StringSyntax { json, toml };

/// `text` as a string literal, quotes included: quotes, backslashes and every control character
/// (C0, DEL, C1 U+0080–U+009F) escaped, and the bidi controls (U+200E, U+200F, U+202A–U+202E,
/// U+2066–U+2069) too, as `\u202e`; other UTF-8 kept as it is.
std::string quote_string(std::string_view text, StringSyntax syntax);

/// `text` as a JSON string literal: `quote_string(text, StringSyntax::json)`.
std::string json_string(std::string_view text);

/// `value` as a JSON number with at most `decimals` decimals and no exponent: 62.5, 92, -0.25.
std::string json_number(double value, int decimals = 2);

/// `json_number(*value)`, or `null`.
std::string json_number(const std::optional<double>& value, int decimals = 2);

/// How an array is laid out: `[a, b]` on one line, or `[` then one element a line, indented two
/// spaces, then `]` (small diffs when a long list changes). An empty array is `[]` either way.
enum class ArrayLayout { one_line, one_per_line };

/// `elements`, each already written as JSON, as one array.
std::string json_array(const std::vector<std::string>& elements, ArrayLayout layout = ArrayLayout::one_line);

/// `items`, each written by `to_json`, as one array.
template <class Items, class ToJson>
std::string json_array(const Items& items, ToJson&& to_json, ArrayLayout layout = ArrayLayout::one_line) {
    std::vector<std::string> elements;
    elements.reserve(std::size(items));
    for (const auto& item : items)
        elements.push_back(to_json(item));
    return json_array(elements, layout);
}

} // namespace recover
