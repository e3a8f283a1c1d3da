#pragma once
/// JSON text pieces for the renderers (RFC 8259): escaped strings, plain numbers, null.

#include <optional>
#include <string>
#include <string_view>

namespace recover {

/// `text` as a JSON string literal, quotes included; control characters are escaped.
std::string json_string(std::string_view text);

/// `value` as a JSON number with at most `decimals` decimals and no exponent: 62.5, 92, -0.25.
std::string json_number(double value, int decimals = 2);

/// `json_number(*value)`, or `null`.
std::string json_number(const std::optional<double>& value, int decimals = 2);

} // namespace recover
