#include "toml_reader.hpp"

#include <algorithm>
#include <cctype>
#include <optional>

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

TableReader::TableReader(const toml::table& table, std::string_view file, std::string context)
    : table_(table), file_(file), context_(std::move(context)) {}

Location TableReader::where(const toml::node& node) const {
    const auto& begin = node.source().begin;
    return Location{std::string(file_), static_cast<int>(begin.line), static_cast<int>(begin.column)};
}

Location TableReader::where_key(std::string_view key) const {
    for (auto&& [k, v] : table_)
        if (k.str() == key) {
            const auto& begin = k.source().begin;
            return Location{std::string(file_), static_cast<int>(begin.line), static_cast<int>(begin.column)};
        }
    return where(table_);
}

void TableReader::fail(const toml::node& node, const std::string& what) const {
    throw Error(ExitCode::config, where(node), what);
}

void TableReader::fail_at(std::string_view key, const std::string& what) const {
    const toml::node* n = table_.get(key);
    fail(n ? *n : table_, what);
}

const toml::node* TableReader::node(std::string_view key) {
    asked_.insert(std::string(key));
    return table_.get(key);
}

bool TableReader::has(std::string_view key) const { return table_.contains(key); }

void TableReader::context(std::string text) { context_ = std::move(text); }

std::string_view TableReader::file() const { return file_; }

double TableReader::number(std::string_view key, double current, double low, double high) {
    const toml::node* n = node(key);
    if (!n) return current;
    std::optional<double> value;
    if (auto i = n->as_integer()) value = static_cast<double>(i->get());
    if (auto f = n->as_floating_point()) value = f->get();
    if (!value) fail(*n, fmt::format("\"{}\" must be a number, not {}", key, type_name(*n)));
    check_range(*n, key, *value, low, high);
    return *value;
}

int TableReader::integer(std::string_view key, int current, int low, int high) {
    const toml::node* n = node(key);
    if (!n) return current;
    return integer_value(*n, key, low, high);
}

std::array<int, 2> TableReader::range(std::string_view key, std::array<int, 2> current, int low, int high) {
    const toml::node* n = node(key);
    if (!n) return current;
    const toml::array* a = n->as_array();
    if (!a || a->size() != 2)
        fail(*n, fmt::format("\"{}\" must be an array of two integers [minimum, maximum]", key));
    std::array<int, 2> out{integer_value(*a->get(0), key, low, high), integer_value(*a->get(1), key, low, high)};
    if (out[0] > out[1]) fail(*n, fmt::format("\"{}\" minimum {} exceeds its maximum {}", key, out[0], out[1]));
    return out;
}

bool TableReader::boolean(std::string_view key, bool current) {
    const toml::node* n = node(key);
    if (!n) return current;
    if (auto b = n->as_boolean()) return b->get();
    fail(*n, fmt::format("\"{}\" must be true or false, not {}", key, type_name(*n)));
}

std::string TableReader::string(std::string_view key, std::string current) {
    const toml::node* n = node(key);
    if (!n) return current;
    return string_value(*n, key);
}

std::vector<std::string> TableReader::strings(std::string_view key, std::vector<std::string> current) {
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

const toml::table* TableReader::table(std::string_view key) {
    const toml::node* n = node(key);
    if (!n) return nullptr;
    if (auto t = n->as_table()) return t;
    fail(*n, fmt::format("\"{}\" must be a table, not {}", key, type_name(*n)));
}

void TableReader::check_keys(const std::vector<std::string_view>& allowed, const Misplaced& misplaced) const {
    for (const auto& [key, at] : keys_in_file_order()) {
        if (contains(allowed, key)) continue;
        std::string home = misplaced ? misplaced(key) : std::string();
        if (!home.empty()) throw Error(ExitCode::config, at, home);
        throw Error(ExitCode::config, at,
                    fmt::format("unknown key \"{}\" in {}{}", escaped(key), context_, did_you_mean(key, allowed)));
    }
}

void TableReader::finish(const std::vector<std::string_view>& known, const Misplaced& misplaced) const {
    std::vector<std::string_view> allowed = known;
    for (const std::string& key : asked_)
        allowed.push_back(key);
    check_keys(allowed, misplaced);
}

std::vector<std::pair<std::string, Location>> TableReader::keys_in_file_order() const {
    std::vector<std::pair<std::string, Location>> out;
    for (auto&& [k, v] : table_)
        out.emplace_back(std::string(k.str()), where_key(k.str()));
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        return std::pair(a.second.line, a.second.column) < std::pair(b.second.line, b.second.column);
    });
    return out;
}

std::string TableReader::string_value(const toml::node& n, std::string_view key) const {
    if (auto s = n.as_string()) return s->get();
    fail(n, fmt::format("\"{}\" must be a string, not {}", key, type_name(n)));
}

int TableReader::integer_value(const toml::node& n, std::string_view key, int low, int high) const {
    auto i = n.as_integer();
    if (!i) fail(n, fmt::format("\"{}\" must be an integer, not {}", key, type_name(n)));
    check_range(n, key, static_cast<double>(i->get()), low, high);
    return static_cast<int>(i->get());
}

void TableReader::check_range(const toml::node& n, std::string_view key, double value, double low, double high) const {
    if (!(value >= low && value <= high)) // also refuses nan
        fail(n, fmt::format("\"{}\" is {}, out of range (expected {} to {})", key, value, low, high));
}

} // namespace recover::rules
