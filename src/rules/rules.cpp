#include "recover/rules/rules.hpp"

#include "recover/log/niggles.hpp"
#include "recover/core/text.hpp"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <algorithm>
#include <functional>
#include <optional>
#include <set>
#include <utility>

namespace recover {

namespace {

/// The spelling of each value of an enum in TOML (and in every output).
template <class E> struct Spelling {
    std::string_view name;
    E value;
};

constexpr Spelling<Category> categories[]{
    {"appointment", Category::appointment}, {"self-care", Category::self_care}, {"flag", Category::flag}};
// In the order of enum Trigger: trigger_keys below is indexed by it.
constexpr Spelling<Trigger> triggers[]{{"very-hard-workout", Trigger::very_hard_workout},
                                       {"race", Trigger::race},
                                       {"after-race", Trigger::after_race},
                                       {"schedule", Trigger::schedule},
                                       {"long-run", Trigger::long_run},
                                       {"easy-run", Trigger::easy_run},
                                       {"run-day", Trigger::run_day},
                                       {"niggle-persists", Trigger::niggle_persists},
                                       {"niggle-acute", Trigger::niggle_acute},
                                       {"niggle-chronic", Trigger::niggle_chronic},
                                       {"niggle-not-improving", Trigger::niggle_not_improving},
                                       {"red-flag", Trigger::red_flag}};
constexpr Spelling<LoadModel> load_models[]{
    {"session-rpe", LoadModel::session_rpe}, {"duration", LoadModel::duration}, {"trimp", LoadModel::trimp}};
constexpr Spelling<Smoothing> smoothings[]{{"rolling", Smoothing::rolling}, {"ewma", Smoothing::ewma}};
constexpr Spelling<Treatment> treatments[]{
    {"deep-massage", Treatment::deep_massage},   {"flush-massage", Treatment::flush_massage},
    {"maintenance-massage", Treatment::maintenance_massage}, {"foam-roll", Treatment::foam_roll},
    {"stretch", Treatment::stretch},             {"art", Treatment::art},
    {"ice", Treatment::ice},                     {"heat", Treatment::heat},
    {"physio", Treatment::physio},               {"blackout", Treatment::blackout}};
constexpr std::string_view weekdays[]{"sun", "mon", "tue", "wed", "thu", "fri", "sat"};

template <class E, std::size_t N> std::string_view spell(const Spelling<E> (&table)[N], E value) {
    for (const auto& s : table)
        if (s.value == value) return s.name;
    return "?";
}

template <class E, std::size_t N> std::vector<std::string_view> names(const Spelling<E> (&table)[N]) {
    std::vector<std::string_view> out;
    for (const auto& s : table) out.push_back(s.name);
    return out;
}

/// Keys each part of the file may hold; a key outside them is an error with a suggestion.
const std::vector<std::string_view> top_keys{"classify", "athlete", "niggles", "load", "therapist", "rule"};
const std::vector<std::string_view> classify_keys{"hard_rpe",        "very_hard_rpe",    "long_minutes",
                                                  "long_km",         "hard_avg_hr_pct",  "hard_peak_hr_pct",
                                                  "hard_aerobic_te", "hard_zone_minutes"};
const std::vector<std::string_view> athlete_keys{"max_hr", "resting_hr"};
const std::vector<std::string_view> niggles_keys{"gap_days"};
const std::vector<std::string_view> load_keys{"model",     "smoothing", "acute_days", "chronic_days",
                                              "atl_days",  "ctl_days",  "heavy_acwr", "heavy_hard_days",
                                              "easy_acwr", "trimp_k1",  "trimp_k2"};
const std::vector<std::string_view> therapist_keys{"days", "max_per_week", "max_per_month"};
const std::vector<std::string_view> rule_keys{"id",    "enabled", "treatment", "category", "trigger",
                                              "title", "minutes", "focus",     "advice",   "source"};
// In the order of enum Trigger.
const std::vector<std::string_view> keys_by_trigger[]{
    /* very-hard-workout */ {"window_hours", "max_per_week"},
    /* race */ {"days_before", "days_before_long", "long_race_km", "days_after", "flush_until_days"},
    /* after-race */ {"days"},
    /* schedule */ {"every_days", "aim_days", "heavy_every_days", "easy_week_foam_roll"},
    /* long-run */ {"days"},
    /* easy-run */ {"days"},
    /* run-day */ {"days"},
    /* niggle-persists */ {"areas", "after_days", "within_days"},
    /* niggle-acute */ {"areas", "days", "min_severity"},
    /* niggle-chronic */ {"areas", "after_days"},
    /* niggle-not-improving */ {"areas", "after_days"},
    /* red-flag */ {"words", "min_severity"},
};
static_assert(std::size(keys_by_trigger) == std::size(triggers));

/// The settings tables, for "belongs in [load]" when a key is in the wrong place.
struct Section {
    std::string_view name;
    const std::vector<std::string_view>& keys;
};
const Section sections[]{{"[classify]", classify_keys},
                         {"[athlete]", athlete_keys},
                         {"[niggles]", niggles_keys},
                         {"[load]", load_keys},
                         {"[therapist]", therapist_keys}};

/// The body areas recover tracks niggles by (niggles.cpp); a niggle rule's `areas` must name them.
constexpr std::string_view body_areas[]{"plantar fascia", "IT band",    "achilles", "calf", "hamstring",
                                        "low back",       "hip flexor", "glute",    "knee", "shin",
                                        "quad",           "hip",        "ankle",    "foot", "groin"};

bool contains(const std::vector<std::string_view>& keys, std::string_view key) {
    return std::find(keys.begin(), keys.end(), key) != keys.end();
}

/// The settings table that holds `key`, or empty.
std::string_view section_of(std::string_view key) {
    for (const Section& s : sections)
        if (contains(s.keys, key)) return s.name;
    return {};
}

/// Every key any rule may hold.
std::vector<std::string_view> all_rule_keys() {
    std::vector<std::string_view> out = rule_keys;
    for (const auto& keys : keys_by_trigger)
        for (std::string_view key : keys)
            if (!contains(out, key)) out.push_back(key);
    return out;
}

/// The triggers that read `key`, as "schedule" or "after-race, long-run, ...".
std::string triggers_reading(std::string_view key) {
    std::vector<std::string_view> out;
    for (std::size_t i = 0; i < std::size(triggers); ++i)
        if (contains(keys_by_trigger[i], key)) out.push_back(triggers[i].name);
    return fmt::format("{}", fmt::join(out, ", "));
}

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

/// The character at a 1-based line and column (columns count bytes in toml++), or 0 past the end.
char char_at(std::string_view text, std::size_t line, std::size_t column) {
    std::size_t at = 0;
    for (std::size_t l = 1; l < line && at != std::string_view::npos; ++l) {
        at = text.find('\n', at);
        if (at != std::string_view::npos) ++at;
    }
    if (at == std::string_view::npos || column == 0 || at + column - 1 >= text.size()) return 0;
    return text[at + column - 1];
}

/// toml++ says "Error while parsing key-value pair: encountered end-of-file"; we say
/// "syntax error in key-value pair: encountered end-of-file".
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

/// Where a key found in settings table `here` (or at the top, when `here` is empty) belongs.
Misplaced settings_home(std::string_view here) {
    return [here](std::string_view key) -> std::string {
        std::string_view section = section_of(key);
        std::string_view there = !section.empty() ? section : contains(all_rule_keys(), key) ? "a [[rule]]" : "";
        if (there.empty() || there == here) return {};
        return fmt::format("key \"{}\" belongs in {}, not {}", key, there, here.empty() ? "at the top level" : here);
    };
}

void read_settings(TableReader& top, Settings& s) {
    if (const toml::table* t = top.table("classify")) {
        TableReader r(*t, top.file(), "[classify]");
        s.hard_rpe = r.number("hard_rpe", s.hard_rpe, 0, 10);
        s.very_hard_rpe = r.number("very_hard_rpe", s.very_hard_rpe, 0, 10);
        s.long_minutes = r.number("long_minutes", s.long_minutes, 1, 24 * 60);
        s.long_km = r.number("long_km", s.long_km, 1, 1000);
        s.hard_avg_hr_pct = r.number("hard_avg_hr_pct", s.hard_avg_hr_pct, 50, 100);
        s.hard_peak_hr_pct = r.number("hard_peak_hr_pct", s.hard_peak_hr_pct, 50, 100);
        s.hard_aerobic_te = r.number("hard_aerobic_te", s.hard_aerobic_te, 0, 5);
        s.hard_zone_minutes = r.number("hard_zone_minutes", s.hard_zone_minutes, 0, 600);
        r.finish(classify_keys, settings_home("[classify]"));
        if (s.very_hard_rpe < s.hard_rpe)
            r.fail(*t, fmt::format("\"very_hard_rpe\" {} is below \"hard_rpe\" {}", s.very_hard_rpe, s.hard_rpe));
    }
    if (const toml::table* t = top.table("athlete")) {
        TableReader r(*t, top.file(), "[athlete]");
        if (r.has("max_hr")) s.max_hr = r.integer("max_hr", 0, 100, 250);
        if (r.has("resting_hr")) s.resting_hr = r.integer("resting_hr", 0, 25, 120);
        r.finish(athlete_keys, settings_home("[athlete]"));
        if (s.max_hr && s.resting_hr && *s.resting_hr >= *s.max_hr)
            r.fail(*t, fmt::format("\"resting_hr\" {} must be below \"max_hr\" {}", *s.resting_hr, *s.max_hr));
    }
    if (const toml::table* t = top.table("niggles")) {
        TableReader r(*t, top.file(), "[niggles]");
        s.niggle_gap_days = r.integer("gap_days", s.niggle_gap_days, 0, 28);
        r.finish(niggles_keys, settings_home("[niggles]"));
    }
    if (const toml::table* t = top.table("load")) {
        TableReader r(*t, top.file(), "[load]");
        s.load_model = r.enumeration("model", s.load_model, load_models, "load model");
        s.smoothing = r.enumeration("smoothing", s.smoothing, smoothings, "smoothing");
        s.acute_days = r.integer("acute_days", s.acute_days, 1, 90);
        s.chronic_days = r.integer("chronic_days", s.chronic_days, 1, 365);
        s.atl_days = r.integer("atl_days", s.atl_days, 1, 90);
        s.ctl_days = r.integer("ctl_days", s.ctl_days, 1, 365);
        s.heavy_acwr = r.number("heavy_acwr", s.heavy_acwr, 0, 10);
        s.heavy_hard_days = r.integer("heavy_hard_days", s.heavy_hard_days, 1, 7);
        s.easy_acwr = r.number("easy_acwr", s.easy_acwr, 0, 10);
        s.trimp_k1 = r.number("trimp_k1", s.trimp_k1, 0, 10);
        s.trimp_k2 = r.number("trimp_k2", s.trimp_k2, 0, 10);
        r.finish(load_keys, settings_home("[load]"));
        if (s.acute_days >= s.chronic_days)
            r.fail(*t, fmt::format("\"acute_days\" {} must be shorter than \"chronic_days\" {}", s.acute_days,
                                   s.chronic_days));
        if (s.easy_acwr >= s.heavy_acwr)
            r.fail(*t, fmt::format("\"easy_acwr\" {} must be below \"heavy_acwr\" {}", s.easy_acwr, s.heavy_acwr));
    }
    if (const toml::table* t = top.table("therapist")) {
        TableReader r(*t, top.file(), "[therapist]");
        if (const toml::node* days = r.node("days")) {
            const toml::array* list = days->as_array();
            if (!list || list->empty())
                r.fail(*days, "\"days\" must be a non-empty array of weekdays like [\"tue\", \"sat\"]");
            s.therapist_days.fill(false);
            for (const toml::node& day : *list) {
                const auto* text = day.as_string();
                if (!text) r.fail(day, fmt::format("\"days\" must hold weekdays like \"tue\", not {}", type_name(day)));
                const std::string& name = text->get();
                auto at = std::find(std::begin(weekdays), std::end(weekdays), name);
                if (at == std::end(weekdays))
                    r.fail(day, fmt::format("unknown weekday \"{}\"{} (known: mon, tue, wed, thu, fri, sat, sun)", name,
                                            did_you_mean(name, weekdays)));
                s.therapist_days[static_cast<std::size_t>(at - std::begin(weekdays))] = true;
            }
        }
        s.max_per_week = r.integer("max_per_week", s.max_per_week, 0, 7);
        s.max_per_month = r.integer("max_per_month", s.max_per_month, 0, 31);
        r.finish(therapist_keys, settings_home("[therapist]"));
    }
}

/// A niggle rule's `areas`: each must name a body area the niggle tracker knows.
void read_areas(TableReader& r, Rule& rule) {
    rule.areas = r.strings("areas", rule.areas);
    const toml::node* list = r.node("areas");
    if (!list) return;
    const toml::array& items = *list->as_array(); // strings() has checked the type
    for (std::size_t i = 0; i < rule.areas.size(); ++i) {
        const std::string& word = rule.areas[i];
        if (!body_area(word).empty()) continue;
        r.fail(*items.get(i), fmt::format("unknown body area \"{}\" in \"areas\"{} (known: {})", word,
                                          did_you_mean(word, body_areas), fmt::join(body_areas, ", ")));
    }
}

Rule read_rule(const toml::table& t, std::string_view file, const RuleSet& so_far, const RuleSet* base) {
    TableReader r(t, file, "a rule");
    const toml::node* id_node = r.node("id");
    if (!id_node) r.fail(t, "a rule needs an \"id\"");
    std::string id = r.string("id", "");
    if (trim(id).empty()) r.fail(*id_node, "\"id\" must not be empty");
    for (const Rule& other : so_far.rules)
        if (other.id == id)
            r.fail(*id_node, fmt::format("duplicate rule id \"{}\" (first defined at line {})", id, other.where.line));

    // A rule the base has lends its keys, even when it is disabled.
    const Rule* inherited = nullptr;
    if (base)
        for (const Rule& b : base->rules)
            if (b.id == id) inherited = &b;
    Rule rule = inherited ? *inherited : Rule{};
    rule.id = id;
    rule.where = r.where(*id_node);

    rule.treatment = r.enumeration("treatment", rule.treatment, treatments, "treatment");
    rule.category = r.enumeration("category", rule.category, categories, "category");
    rule.trigger = r.enumeration("trigger", rule.trigger, triggers, "trigger");
    if (inherited || r.has("trigger"))
        r.context(fmt::format("rule \"{}\" (trigger \"{}\")", id, to_string(rule.trigger)));
    else
        r.context(fmt::format("rule \"{}\"", id));

    // Keys no rule reads come first: a misspelt key is a better message than the key it hides.
    const std::vector<std::string_view> any_rule_key = all_rule_keys();
    r.check_keys(any_rule_key, [](std::string_view key) -> std::string {
        std::string_view section = section_of(key);
        return section.empty() ? std::string() : fmt::format("key \"{}\" belongs in {}, not in a rule", key, section);
    });
    if (!inherited)
        for (std::string_view key : {"treatment", "category", "trigger", "title"})
            if (!r.has(key)) r.fail(t, fmt::format("rule \"{}\" needs a \"{}\"", id, key));
    if (inherited && rule.trigger != inherited->trigger) {
        // Another trigger's timing keys mean nothing here: start from the defaults of the schema.
        Rule fresh;
        fresh.id = rule.id;
        fresh.treatment = rule.treatment;
        fresh.category = rule.category;
        fresh.trigger = rule.trigger;
        fresh.enabled = rule.enabled;
        fresh.title = rule.title;
        fresh.minutes = rule.minutes;
        fresh.focus = rule.focus;
        fresh.advice = rule.advice;
        fresh.source = rule.source;
        fresh.where = rule.where;
        rule = std::move(fresh);
    }

    rule.enabled = r.boolean("enabled", rule.enabled);
    rule.title = r.string("title", rule.title);
    if (trim(rule.title).empty()) r.fail_at("title", "\"title\" must not be empty");
    rule.minutes = r.range("minutes", rule.minutes, 0, 24 * 60);
    rule.focus = r.strings("focus", rule.focus);
    rule.advice = r.string("advice", rule.advice);
    rule.source = r.string("source", rule.source);

    // A blackout is what a race trigger books, and nothing else does.
    if ((rule.trigger == Trigger::race) != (rule.treatment == Treatment::blackout))
        r.fail_at(
            r.has("treatment") ? "treatment" : "trigger",
            rule.trigger == Trigger::race
                ? fmt::format("trigger \"race\" needs treatment \"blackout\", not \"{}\"", to_string(rule.treatment))
                : fmt::format("treatment \"blackout\" needs trigger \"race\", not \"{}\"", to_string(rule.trigger)));

    switch (rule.trigger) {
    case Trigger::very_hard_workout:
        rule.window_hours = r.range("window_hours", rule.window_hours, 0, 24 * 28);
        rule.max_per_week = r.integer("max_per_week", rule.max_per_week, 1, 7);
        // The planner books whole days: day ceil(min / 24) to floor(max / 24) after the workout.
        if ((rule.window_hours[0] + 23) / 24 > rule.window_hours[1] / 24)
            r.fail_at(
                "window_hours",
                fmt::format("\"window_hours\" [{}, {}] holds no day (days begin at 0, 24, 48, 72, ... h after the workout)",
                            rule.window_hours[0], rule.window_hours[1]));
        break;
    case Trigger::race:
        rule.days_before = r.integer("days_before", rule.days_before, 0, 28);
        rule.days_before_long = r.integer("days_before_long", rule.days_before_long, 0, 28);
        rule.long_race_km = r.number("long_race_km", rule.long_race_km, 0, 1000);
        rule.days_after = r.integer("days_after", rule.days_after, 0, 28);
        rule.flush_until_days = r.integer("flush_until_days", rule.flush_until_days, 0, 28);
        if (rule.days_before_long < rule.days_before)
            r.fail_at(r.has("days_before_long") ? "days_before_long" : "days_before",
                      fmt::format("\"days_before_long\" {} is shorter than \"days_before\" {}", rule.days_before_long,
                                  rule.days_before));
        break;
    case Trigger::schedule:
        rule.every_days = r.range("every_days", rule.every_days, 1, 365);
        rule.aim_days = r.integer("aim_days", rule.aim_days, 1, 365);
        rule.heavy_every_days = r.integer("heavy_every_days", rule.heavy_every_days, 1, 365);
        rule.easy_week_foam_roll = r.boolean("easy_week_foam_roll", rule.easy_week_foam_roll);
        if (rule.aim_days < rule.every_days[0] || rule.aim_days > rule.every_days[1])
            r.fail_at(r.has("aim_days") ? "aim_days" : "every_days",
                      fmt::format("\"aim_days\" {} lies outside \"every_days\" [{}, {}]", rule.aim_days,
                                  rule.every_days[0], rule.every_days[1]));
        break;
    case Trigger::after_race:
    case Trigger::long_run:
    case Trigger::easy_run:
    case Trigger::run_day: rule.days = r.range("days", rule.days, 0, 28); break;
    case Trigger::niggle_persists:
        read_areas(r, rule);
        rule.after_days = r.integer("after_days", rule.after_days, 1, 365);
        rule.within_days = r.integer("within_days", rule.within_days, 0, 28);
        break;
    case Trigger::niggle_acute:
        read_areas(r, rule);
        rule.days = r.range("days", rule.days, 0, 28);
        rule.min_severity = r.integer("min_severity", rule.min_severity, 0, 10);
        break;
    case Trigger::niggle_chronic:
    case Trigger::niggle_not_improving:
        read_areas(r, rule);
        rule.after_days = r.integer("after_days", rule.after_days, 1, 365);
        break;
    case Trigger::red_flag:
        rule.words = r.strings("words", rule.words);
        rule.min_severity = r.integer("min_severity", rule.min_severity, 0, 10);
        break;
    }

    // What is left is another trigger's key.
    r.finish(rule_keys, [&](std::string_view key) {
        return fmt::format("key \"{}\" does not apply to {}; triggers that read it: {}", key,
                           fmt::format("rule \"{}\" (trigger \"{}\")", id, to_string(rule.trigger)),
                           triggers_reading(key));
    });
    return rule;
}

} // namespace

std::string_view to_string(Category category) {
    return spell(categories, category);
}
std::string_view to_string(Trigger trigger) {
    return spell(triggers, trigger);
}
std::string_view to_string(LoadModel model) {
    return spell(load_models, model);
}
std::string_view to_string(Smoothing smoothing) {
    return spell(smoothings, smoothing);
}
std::string_view to_string(Treatment treatment) {
    return spell(treatments, treatment);
}

const std::vector<std::string_view>& common_rule_keys() {
    return rule_keys;
}
const std::vector<std::string_view>& trigger_keys(Trigger trigger) {
    return keys_by_trigger[static_cast<std::size_t>(trigger)];
}
std::string_view weekday_name(int c_encoding) {
    return weekdays[static_cast<std::size_t>(c_encoding) % 7];
}

bool is_deep_work(Treatment treatment) {
    return treatment == Treatment::deep_massage || treatment == Treatment::maintenance_massage ||
           treatment == Treatment::art;
}

bool is_massage(Treatment treatment) {
    return treatment == Treatment::deep_massage || treatment == Treatment::flush_massage ||
           treatment == Treatment::maintenance_massage;
}

const Rule* RuleSet::find(std::string_view id) const {
    for (const Rule& rule : rules)
        if (rule.id == id && rule.enabled) return &rule;
    return nullptr;
}

std::vector<const Rule*> RuleSet::with_trigger(Trigger trigger) const {
    std::vector<const Rule*> out;
    for (const Rule& rule : rules)
        if (rule.trigger == trigger && rule.enabled) out.push_back(&rule);
    return out;
}

RuleSet load_rules(std::string_view text, std::string_view name, const RuleSet* base) {
    toml::table document;
    try {
        document = toml::parse(text, name);
    } catch (const toml::parse_error& error) {
        const auto& begin = error.source().begin;
        throw Error(ExitCode::config,
                    Location{std::string(name), static_cast<int>(begin.line), static_cast<int>(begin.column)},
                    syntax_message(error.description(), char_at(text, begin.line, begin.column)));
    }

    RuleSet set = base ? *base : RuleSet{};
    TableReader top(document, name, "the rules file");
    // Misplaced and unknown keys first, in file order: "hard_rpe" at the top is a better message
    // than whatever it would break further down.
    top.check_keys(top_keys, settings_home(""));
    read_settings(top, set.settings);

    if (const toml::node* list = top.node("rule")) {
        const toml::array* rules = list->as_array();
        if (!rules || !rules->is_array_of_tables())
            top.fail(*list, "\"rule\" must be an array of tables: write each rule under [[rule]]");
        RuleSet added; // rules defined by this file, for the duplicate check
        for (const toml::node& node : *rules) {
            Rule rule = read_rule(*node.as_table(), name, added, base);
            added.rules.push_back(rule);
            auto same =
                std::find_if(set.rules.begin(), set.rules.end(), [&](const Rule& r) { return r.id == rule.id; });
            if (same != set.rules.end())
                *same = std::move(rule);
            else
                set.rules.push_back(std::move(rule));
        }
    }
    return set;
}

RuleSet default_rules() {
    return load_rules(default_rules_toml(), built_in_rules_name);
}

} // namespace recover
