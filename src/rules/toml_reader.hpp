#pragma once
/// A validating reader of one TOML table (private to src/rules): typed, ranged values, and every
/// error at its file:line:col, with did-you-mean for unknown keys.

#include "schema.hpp"
#include "spelling.hpp"

#include "recover/core/diagnostics.hpp"
#include "recover/core/terminal.hpp"
#include "recover/core/text.hpp"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <array>
#include <functional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace recover::rules {

/// "a string", "an integer", ...: a TOML value's type in a message.
std::string type_name(const toml::node& node);

/// The character at a 1-based line and column (columns count bytes in toml++), or 0 past the end.
char char_at(std::string_view text, std::size_t line, std::size_t column);

/// toml++'s "Error while parsing key-value pair: ..." as our "syntax error in key-value pair: ...".
std::string syntax_message(std::string_view description, char at);

/// Says where a key that is not read here belongs, or returns empty when it belongs nowhere.
using Misplaced = std::function<std::string(std::string_view key)>;

/// Reads the keys of one TOML table with their types and ranges, remembering which keys it was
/// asked for, so that `finish` can report the rest as unknown. Every error names its place.
class TableReader {
  public:
    TableReader(const toml::table& table, std::string_view file, std::string context);

    /// Where `node` starts.
    Location where(const toml::node& node) const;
    /// Where `key` is written in the table, or where the table starts when it has no such key.
    Location where_key(std::string_view key) const;
    [[noreturn]] void fail(const toml::node& node, const std::string& what) const;
    /// Fails at the value of `key` when the table has it, else at the table.
    [[noreturn]] void fail_at(std::string_view key, const std::string& what) const;

    /// The value of `key`, or nullptr; either way `key` counts as read.
    const toml::node* node(std::string_view key);
    bool has(std::string_view key) const;
    /// What the table is called in messages: "[load]", "rule \"deep-massage-after-hard\"".
    void context(std::string text);
    std::string_view file() const;

    // Each reader returns `current` when the table has no `key`, and fails at the value when it
    // has the wrong type or is out of [low, high].
    double number(std::string_view key, double current, double low, double high);
    int integer(std::string_view key, int current, int low, int high);
    /// An array of two integers [minimum, maximum], the minimum not above the maximum.
    std::array<int, 2> range(std::string_view key, std::array<int, 2> current, int low, int high);
    bool boolean(std::string_view key, bool current);
    std::string string(std::string_view key, std::string current);
    /// An array of non-empty strings.
    std::vector<std::string> strings(std::string_view key, std::vector<std::string> current);

    /// One of the spellings in `table`; an unknown one fails with the nearest as a suggestion.
    template <class E, std::size_t N>
    E enumeration(std::string_view key, E current, const Spelling<E> (&table)[N], std::string_view what) {
        const toml::node* n = node(key);
        if (!n) return current;
        std::string text = string_value(*n, key);
        for (const auto& s : table)
            if (s.name == text) return s.value;
        fail(*n, fmt::format("unknown {} \"{}\"{} (known: {})", what, escaped(text), did_you_mean(text, names(table)),
                             fmt::join(names(table), ", ")));
    }

    /// A sub-table, or nullptr when absent; a key of another type is an error.
    const toml::table* table(std::string_view key);

    /// Reports the first key (in file order) outside `allowed`: where it belongs when `misplaced`
    /// knows, else as unknown with the nearest of `allowed` as a suggestion.
    void check_keys(const std::vector<std::string_view>& allowed, const Misplaced& misplaced) const;

    /// Reports the first key that was not asked for, as `check_keys` does.
    void finish(const std::vector<std::string_view>& known, const Misplaced& misplaced = {}) const;

  private:
    /// toml++ keeps a table's keys sorted; errors follow the file.
    std::vector<std::pair<std::string, Location>> keys_in_file_order() const;
    std::string string_value(const toml::node& n, std::string_view key) const;
    int integer_value(const toml::node& n, std::string_view key, int low, int high) const;
    void check_range(const toml::node& n, std::string_view key, double value, double low, double high) const;

    const toml::table& table_;
    std::string_view file_;
    std::string context_;
    std::set<std::string> asked_;
};

} // namespace recover::rules
