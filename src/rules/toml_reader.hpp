#pragma once
/// A validating reader of one TOML table (private to src/rules): typed, ranged values, and every
/// error at its file:line:col, with did-you-mean for unknown keys.

#include "schema.hpp"
#include "spelling.hpp"

#include "recover/core/diagnostics.hpp"
#include "recover/core/text.hpp"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <array>
#include <functional>
#include <optional>
#include <set>
#include <string>
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
    TableReader(const toml::table& table, std::string_view file, std::string context)
        : table_(table), file_(file), context_(std::move(context)) {}

    Location where(const toml::node& node) const {
        const auto& begin = node.source().begin;
        return Location{std::string(file_), static_cast<int>(begin.line), static_cast<int>(begin.column)};
    }
    Location where_key(std::string_view key) const {
        for (auto&& [k, v] : table_)
            if (k.str() == key) {
                const auto& begin = k.source().begin;
                return Location{std::string(file_), static_cast<int>(begin.line), static_cast<int>(begin.column)};
            }
        return where(table_);
    }
    [[noreturn]] void fail(const toml::node& node, const std::string& what) const {
        throw Error(ExitCode::config, where(node), what);
    }
    /// Fails at the value of `key` when the table has it, else at the table.
    [[noreturn]] void fail_at(std::string_view key, const std::string& what) const {
        const toml::node* n = table_.get(key);
        fail(n ? *n : table_, what);
    }

    const toml::node* node(std::string_view key) {
        asked_.insert(std::string(key));
        return table_.get(key);
    }
    bool has(std::string_view key) const { return table_.contains(key); }
    void context(std::string text) { context_ = std::move(text); }
    std::string_view file() const { return file_; }

    double number(std::string_view key, double current, double low, double high) {
        const toml::node* n = node(key);
        if (!n) return current;
        std::optional<double> value;
        if (auto i = n->as_integer()) value = static_cast<double>(i->get());
        if (auto f = n->as_floating_point()) value = f->get();
        if (!value) fail(*n, fmt::format("\"{}\" must be a number, not {}", key, type_name(*n)));
        check_range(*n, key, *value, low, high);
        return *value;
    }

    int integer(std::string_view key, int current, int low, int high) {
        const toml::node* n = node(key);
        if (!n) return current;
        return integer_value(*n, key, low, high);
    }

    std::array<int, 2> range(std::string_view key, std::array<int, 2> current, int low, int high) {
        const toml::node* n = node(key);
        if (!n) return current;
        const toml::array* a = n->as_array();
        if (!a || a->size() != 2)
            fail(*n, fmt::format("\"{}\" must be an array of two integers [minimum, maximum]", key));
        std::array<int, 2> out{integer_value(*a->get(0), key, low, high), integer_value(*a->get(1), key, low, high)};
        if (out[0] > out[1]) fail(*n, fmt::format("\"{}\" minimum {} exceeds its maximum {}", key, out[0], out[1]));
        return out;
    }

    bool boolean(std::string_view key, bool current) {
        const toml::node* n = node(key);
        if (!n) return current;
        if (auto b = n->as_boolean()) return b->get();
        fail(*n, fmt::format("\"{}\" must be true or false, not {}", key, type_name(*n)));
    }

    std::string string(std::string_view key, std::string current) {
        const toml::node* n = node(key);
        if (!n) return current;
        return string_value(*n, key);
    }

    /// An array of non-empty strings.
    std::vector<std::string> strings(std::string_view key, std::vector<std::string> current) {
        const toml::node* n = node(key);
        if (!n) return current;
        const toml::array* a = n->as_array();
        if (!a) fail(*n, fmt::format("\"{}\" must be an array of strings, not {}", key, type_name(*n)));
        std::vector<std::string> out;
        for (const toml::node& item : *a) {
            const auto* text = item.as_string();
            if (!text) fail(item, fmt::format("\"{}\" must hold strings only, not {}", key, type_name(item)));
            if (trim(text->get()).empty()) fail(item, fmt::format("\"{}\" must not hold an empty string", key));
            out.push_back(text->get());
        }
        return out;
    }

    template <class E, std::size_t N>
    E enumeration(std::string_view key, E current, const Spelling<E> (&table)[N], std::string_view what) {
        const toml::node* n = node(key);
        if (!n) return current;
        std::string text = string_value(*n, key);
        for (const auto& s : table)
            if (s.name == text) return s.value;
        fail(*n, fmt::format("unknown {} \"{}\"{} (known: {})", what, text, did_you_mean(text, names(table)),
                             fmt::join(names(table), ", ")));
    }

    /// A sub-table, or nullptr when absent; a key of another type is an error.
    const toml::table* table(std::string_view key) {
        const toml::node* n = node(key);
        if (!n) return nullptr;
        if (auto t = n->as_table()) return t;
        fail(*n, fmt::format("\"{}\" must be a table, not {}", key, type_name(*n)));
    }

    /// Reports the first key (in file order) outside `allowed`: where it belongs when `misplaced`
    /// knows, else as unknown with the nearest of `allowed` as a suggestion.
    void check_keys(const std::vector<std::string_view>& allowed, const Misplaced& misplaced) const {
        for (const auto& [key, at] : keys_in_file_order()) {
            if (contains(allowed, key)) continue;
            std::string home = misplaced ? misplaced(key) : std::string();
            if (!home.empty()) throw Error(ExitCode::config, at, home);
            throw Error(ExitCode::config, at,
                        fmt::format("unknown key \"{}\" in {}{}", key, context_, did_you_mean(key, allowed)));
        }
    }

    /// Reports the first key that was not asked for, as `check_keys` does.
    void finish(const std::vector<std::string_view>& known, const Misplaced& misplaced = {}) const {
        std::vector<std::string_view> allowed = known;
        for (const std::string& key : asked_)
            allowed.push_back(key);
        check_keys(allowed, misplaced);
    }

  private:
    /// toml++ keeps a table's keys sorted; errors follow the file.
    std::vector<std::pair<std::string, Location>> keys_in_file_order() const {
        std::vector<std::pair<std::string, Location>> out;
        for (auto&& [k, v] : table_)
            out.emplace_back(std::string(k.str()), where_key(k.str()));
        std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
            return std::pair(a.second.line, a.second.column) < std::pair(b.second.line, b.second.column);
        });
        return out;
    }

    std::string string_value(const toml::node& n, std::string_view key) const {
        if (auto s = n.as_string()) return s->get();
        fail(n, fmt::format("\"{}\" must be a string, not {}", key, type_name(n)));
    }

    int integer_value(const toml::node& n, std::string_view key, int low, int high) const {
        auto i = n.as_integer();
        if (!i) fail(n, fmt::format("\"{}\" must be an integer, not {}", key, type_name(n)));
        check_range(n, key, static_cast<double>(i->get()), low, high);
        return static_cast<int>(i->get());
    }

    void check_range(const toml::node& n, std::string_view key, double value, double low, double high) const {
        if (!(value >= low && value <= high)) // also refuses nan
            fail(n, fmt::format("\"{}\" is {}, out of range (expected {} to {})", key, value, low, high));
    }

    const toml::table& table_;
    std::string_view file_;
    std::string context_;
    std::set<std::string> asked_;
};

} // namespace recover::rules
