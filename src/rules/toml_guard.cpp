#include "toml_guard.hpp"

#include "recover/core/cursor.hpp"
#include "recover/core/diagnostics.hpp"

#include <fmt/format.h>

#include <cctype>
#include <string>
#include <vector>

namespace recover {

namespace {

/// Walks TOML text a byte at a time, counting lines and character columns as toml++ does.
class Scanner : public TextCursor {
  public:
    Scanner(std::string_view text, std::string_view name) : TextCursor(text, /*lone_cr_breaks_line=*/false), name_(name) {}

    [[noreturn]] void fail(const std::string& what) const {
        throw Error(ExitCode::config, Location{std::string(name_), line(), column()}, what);
    }

    /// Skips a string starting here (basic or literal, one line or several).
    void skip_string() {
        const char quote = peek();
        const bool multiline = next_is(std::string(3, quote));
        take(multiline ? 3 : 1);
        while (!done()) {
            if (multiline && next_is(std::string(3, quote))) {
                take(3);
                while (peek() == quote)
                    take(); // up to two quotes may end the content
                return;
            }
            if (!multiline && peek() == '\n') return; // unterminated: toml++ says so
            if (peek() == quote && !multiline) {
                take();
                return;
            }
            if (quote == '"' && peek() == '\\') take(); // the escaped character goes with it...
            if (!done()) take();                         // ...unless the text ends at the backslash
        }
    }

    void skip_comment() {
        while (!done() && peek() != '\n')
            take();
    }

  private:
    std::string_view name_;
};

} // namespace

void guard_toml(std::string_view text, std::string_view name) {
    Scanner in(text, name);
    int header_depth = 0;         // the parts of the last table header
    int key_parts = 0;            // the parts of the current statement's key
    std::vector<char> open;       // the arrays and inline tables open: '[' or '{'
    std::vector<int> inline_keys; // for each open one, the parts of its current key beyond the first
    bool in_key = true;           // reading a key (at a statement's start, or in an inline table)
    bool at_start = true;         // nothing but blanks yet on this statement's line

    auto depth = [&] {
        int d = header_depth + key_parts + static_cast<int>(open.size());
        for (int extra : inline_keys)
            d += extra;
        return d;
    };
    auto check_depth = [&] {
        if (depth() > max_toml_depth)
            in.fail(fmt::format("tables and arrays nested too deeply (at most {} levels)", max_toml_depth));
    };

    while (!in.done()) {
        const char c = in.peek();
        if (static_cast<unsigned char>(c) >= 0x80)
            in.fail("syntax error: a character other than ASCII outside a string or a comment (quote it)");
        if (c == '#') {
            in.skip_comment();
        } else if (c == '"' || c == '\'') {
            if (in_key && key_parts == 0 && open.empty()) key_parts = 1, check_depth();
            in.skip_string();
            at_start = false;
        } else if (c == '\n') {
            in.take();
            if (open.empty()) {
                key_parts = 0;
                in_key = at_start = true;
            }
        } else if (c == ' ' || c == '\t' || c == '\r') {
            in.take();
        } else if (at_start && c == '[' && open.empty()) {
            // A table header: its parts are levels.
            in.take(in.peek(1) == '[' ? 2 : 1);
            while (in.peek() == ' ' || in.peek() == '\t')
                in.take();
            // toml++ assumes a key starts here: anything else ('=', '#', a line break, the end)
            // fails its assertion. "[ [" is left to it: it says that brackets must be contiguous.
            const char first = in.peek();
            const bool key_start = std::isalnum(static_cast<unsigned char>(first)) || first == '_' || first == '-' ||
                                   first == '"' || first == '\'' || first == '[';
            if (in.done() || !key_start)
                in.fail("syntax error: a table header with no name (expected [name] or [[name]])");
            header_depth = 1;
            check_depth();
            while (!in.done() && in.peek() != ']' && in.peek() != '\n') {
                if (static_cast<unsigned char>(in.peek()) >= 0x80)
                    in.fail("syntax error: a character other than ASCII outside a string or a comment (quote it)");
                if (in.peek() == '"' || in.peek() == '\'') {
                    in.skip_string();
                    continue;
                }
                if (in.peek() == '.') {
                    ++header_depth;
                    check_depth();
                }
                in.take();
            }
            at_start = false;
            in_key = false;
        } else if (in_key) {
            at_start = false;
            if (key_parts == 0 && open.empty()) key_parts = 1, check_depth();
            if (c == '.') {
                if (open.empty())
                    ++key_parts;
                else
                    ++inline_keys.back();
                check_depth();
            } else if (c == '=') {
                in_key = false;
            } else if (c == '}' && !open.empty()) { // an empty inline table: a value again
                open.pop_back();
                inline_keys.pop_back();
                in_key = false;
            }
            in.take();
        } else {
            // A value: only its arrays and inline tables nest.
            if (c == '[' || c == '{') {
                open.push_back(c);
                inline_keys.push_back(0);
                check_depth();
                in_key = c == '{';
            } else if ((c == ']' || c == '}') && !open.empty()) {
                open.pop_back();
                inline_keys.pop_back();
            } else if (c == ',' && !open.empty() && open.back() == '{') {
                inline_keys.back() = 0;
                in_key = true;
            }
            in.take();
        }
    }
}

} // namespace recover
