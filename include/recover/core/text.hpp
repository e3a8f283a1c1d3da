#pragma once
/// Small text helpers shared by the readers and renderers: trimming, case, numbers, UTF-8.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace recover {

/// True for the ASCII white space `trim` removes: space, tab, CR and LF. One compare for most
/// bytes, which come after the space.
constexpr bool is_space(char c) {
    return static_cast<unsigned char>(c) <= ' ' && (c == ' ' || c == '\t' || c == '\r' || c == '\n');
}

/// `text` without leading and trailing ASCII white space. Inline: every cell read goes through it.
constexpr std::string_view trim(std::string_view text) {
    while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
    return text;
}

/// ASCII lowercase of one byte; a byte outside A-Z is kept as it is.
constexpr char lowercase(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

/// ASCII lowercase copy; bytes outside ASCII are kept as they are.
std::string lowercase(std::string_view text);

/// True when `a` and `b` are equal ignoring ASCII case.
constexpr bool iequals(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (lowercase(a[i]) != lowercase(b[i])) return false;
    return true;
}

/// `text` cut at every `separator`, each piece trimmed; empty pieces are kept.
std::vector<std::string_view> split(std::string_view text, char separator);

/// A decimal number in C locale ("12", "-3.5", "1e3"); nothing when `text` is not wholly one.
std::optional<double> parse_number(std::string_view text);

/// `value` with exactly `decimals` decimals, rounded half away from zero, never "-0": "62.50".
std::string fixed_decimals(double value, int decimals);

/// The number of characters (UTF-8 code points) in `text`.
int count_chars(std::string_view text);

/// Byte offset of the first byte of `text` that is not valid UTF-8, or nothing when all is valid.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

} // namespace recover
