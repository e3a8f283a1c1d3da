#pragma once
// Private to the rules loader: what toml++ 3.3 must not be given.

#include <string_view>

namespace recover {

/// The deepest nesting a rules file may have (recover-rules(5), LIMITS): table header parts,
/// dotted key parts, arrays and inline tables, counted together. toml++ recurses once a level, so
/// a deeper file (`[a.a.a...]` 40,000 times) would overflow the stack.
constexpr int max_toml_depth = 32;

/// Throws `Error` (ExitCode::config) at the place of what toml++ 3.3 would crash on or meet
/// undefined behaviour with, before it parses `text`: nesting deeper than `max_toml_depth`; a
/// table header that does not start with a name (`[[` then a line break, `[=`, `[#`: they fail an
/// assumption of its `parse_key`); and
/// a character other than ASCII outside strings and comments (its Unicode white-space table
/// reaches `unreachable` for some, U+00A1 among them). The rest of the syntax is toml++'s to check.
void guard_toml(std::string_view text, std::string_view name);

} // namespace recover
