// load_rules(): a rules file read with the schema and the table reader into a RuleSet, laid over
// a base (the built-in rules) when there is one.

#include "recover/rules/rules.hpp"

#include "schema.hpp"
#include "spelling.hpp"
#include "toml_guard.hpp"
#include "toml_reader.hpp"

#include "recover/core/text.hpp"
#include "recover/log/niggles.hpp"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <algorithm>
#include <variant>

namespace recover {

namespace {

/// The most [[rule]] tables a rules file may hold (recover-rules(5), LIMITS).
constexpr std::size_t max_rules = 1000;

using namespace rules;

/// Where a key found in settings table `here` (or at the top, when `here` is empty) belongs.
Misplaced settings_home(std::string_view here) {
    return [here](std::string_view key) -> std::string {
        std::string_view section = section_of(key);
        std::string_view there = !section.empty() ? section : contains(all_rule_keys(), key) ? "a [[rule]]" : "";
        if (there.empty() || there == here) return {};
        return fmt::format("key \"{}\" belongs in {}, not {}", key, there, here.empty() ? "at the top level" : here);
    };
}

/// Reads settings table `name` when the file has it: `read` takes its keys, what is left is
/// reported as unknown (or as belonging elsewhere), then `check` weighs the values together.
template <class Read, class Check>
void read_table(TableReader& top, std::string_view name, const std::vector<std::string_view>& keys, Read read, Check check) {
    const toml::table* t = top.table(name);
    if (!t) return;
    const std::string context = fmt::format("[{}]", name);
    TableReader r(*t, top.file(), context);
    read(r);
    r.finish(keys, settings_home(context));
    check(r, *t);
}

/// A number or an integer setting read from its table, with its range.
struct RangedKey {
    std::string_view table;
    std::string_view key;
    std::variant<double Settings::*, int Settings::*> member;
    double low, high;
};

/// Every number and integer setting: its table, key, member and range.
const RangedKey ranged_keys[]{
    {"classify", "hard_rpe", &Settings::hard_rpe, 0, 10},
    {"classify", "very_hard_rpe", &Settings::very_hard_rpe, 0, 10},
    {"classify", "long_minutes", &Settings::long_minutes, 1, 24 * 60},
    {"classify", "long_km", &Settings::long_km, 1, 1000},
    {"classify", "hard_avg_hr_pct", &Settings::hard_avg_hr_pct, 50, 100},
    {"classify", "hard_peak_hr_pct", &Settings::hard_peak_hr_pct, 50, 100},
    {"classify", "hard_aerobic_te", &Settings::hard_aerobic_te, 0, 5},
    {"classify", "hard_zone_minutes", &Settings::hard_zone_minutes, 0, 600},
    {"gentle", "long_km", &Settings::gentle_long_km, 1, 1000},
    {"gentle", "long_minutes", &Settings::gentle_long_minutes, 1, 24 * 60},
    {"gentle", "days", &Settings::gentle_days, 0, 28},
    {"gentle", "marathon_km", &Settings::gentle_marathon_km, 1, 1000},
    {"gentle", "marathon_days", &Settings::gentle_marathon_days, 0, 28},
    {"load", "acute_days", &Settings::acute_days, 1, 90},
    {"load", "chronic_days", &Settings::chronic_days, 1, 365},
    {"load", "atl_days", &Settings::atl_days, 1, 90},
    {"load", "ctl_days", &Settings::ctl_days, 1, 365},
    {"load", "heavy_acwr", &Settings::heavy_acwr, 0, 10},
    {"load", "heavy_hard_days", &Settings::heavy_hard_days, 1, 7},
    {"load", "easy_acwr", &Settings::easy_acwr, 0, 10},
    {"load", "trimp_k1", &Settings::trimp_k1, 0, 10},
    {"load", "trimp_k2", &Settings::trimp_k2, 0, 10},
};

/// Reads each number and integer setting of `table` that the file has, checking its range.
void read_ranged(TableReader& r, Settings& s, std::string_view table) {
    for (const RangedKey& k : ranged_keys) {
        if (k.table != table) continue;
        if (auto* number = std::get_if<double Settings::*>(&k.member))
            s.**number = r.number(k.key, s.**number, k.low, k.high);
        else {
            int Settings::* integer = std::get<int Settings::*>(k.member);
            s.*integer = r.integer(k.key, s.*integer, static_cast<int>(k.low), static_cast<int>(k.high));
        }
    }
}

constexpr auto nothing_to_check = [](TableReader&, const toml::table&) {};

void read_settings(TableReader& top, Settings& s) {
    read_table(
        top, "classify", classify_keys,
        [&](TableReader& r) {
            read_ranged(r, s, "classify");
        },
        [&](TableReader& r, const toml::table& t) {
            if (s.very_hard_rpe < s.hard_rpe)
                r.fail(t, fmt::format("\"very_hard_rpe\" {} is below \"hard_rpe\" {}", s.very_hard_rpe, s.hard_rpe));
        });
    read_table(
        top, "athlete", athlete_keys,
        [&](TableReader& r) {
            if (r.has("max_hr")) s.max_hr = r.integer("max_hr", 0, 100, 250);
            if (r.has("resting_hr")) s.resting_hr = r.integer("resting_hr", 0, 25, 120);
        },
        [&](TableReader& r, const toml::table& t) {
            if (s.max_hr && s.resting_hr && *s.resting_hr >= *s.max_hr)
                r.fail(t, fmt::format("\"resting_hr\" {} must be below \"max_hr\" {}", *s.resting_hr, *s.max_hr));
        });
    read_table(
        top, "niggles", niggles_keys,
        [&](TableReader& r) {
            s.niggle_gap_days = r.integer("gap_days", s.niggle_gap_days, 0, 28);
        },
        nothing_to_check);
    read_table(
        top, "gentle", gentle_keys,
        [&](TableReader& r) {
            read_ranged(r, s, "gentle");
        },
        [&](TableReader& r, const toml::table& t) {
            if (s.gentle_marathon_km < s.gentle_long_km)
                r.fail(t, fmt::format("\"marathon_km\" {:g} is below \"long_km\" {:g}", s.gentle_marathon_km, s.gentle_long_km));
            if (s.gentle_marathon_days < s.gentle_days)
                r.fail(t, fmt::format("\"marathon_days\" {} is shorter than \"days\" {}", s.gentle_marathon_days, s.gentle_days));
        });
    read_table(
        top, "load", load_keys,
        [&](TableReader& r) {
            s.load_model = r.enumeration("model", s.load_model, load_models, "load model");
            s.smoothing = r.enumeration("smoothing", s.smoothing, smoothings, "smoothing");
            read_ranged(r, s, "load");
        },
        [&](TableReader& r, const toml::table& t) {
            if (s.acute_days >= s.chronic_days)
                r.fail(t, fmt::format("\"acute_days\" {} must be shorter than \"chronic_days\" {}", s.acute_days,
                                       s.chronic_days));
            if (s.easy_acwr >= s.heavy_acwr)
                r.fail(t, fmt::format("\"easy_acwr\" {} must be below \"heavy_acwr\" {}", s.easy_acwr, s.heavy_acwr));
        });
    read_table(
        top, "therapist", therapist_keys,
        [&](TableReader& r) {
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
                        r.fail(day, fmt::format("unknown weekday \"{}\"{} (known: mon, tue, wed, thu, fri, sat, sun)", escaped(name),
                                                did_you_mean(name, weekdays)));
                    s.therapist_days[static_cast<std::size_t>(at - std::begin(weekdays))] = true;
                }
            }
            s.max_per_week = r.integer("max_per_week", s.max_per_week, 0, 7);
            s.max_per_month = r.integer("max_per_month", s.max_per_month, 0, 31);
        },
        nothing_to_check);
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
        r.fail(*items.get(i), fmt::format("unknown body area \"{}\" in \"areas\"{} (known: {})", escaped(word),
                                          did_you_mean(word, body_areas()), fmt::join(body_areas(), ", ")));
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
            r.fail(*id_node, fmt::format("duplicate rule id \"{}\" (first defined at line {})", escaped(id), other.where.line));

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
        r.context(fmt::format("rule \"{}\" (trigger \"{}\")", escaped(id), to_string(rule.trigger)));
    else
        r.context(fmt::format("rule \"{}\"", escaped(id)));

    // Keys no rule reads come first: a misspelt key is a better message than the key it hides.
    const std::vector<std::string_view> any_rule_key = all_rule_keys();
    r.check_keys(any_rule_key, [](std::string_view key) -> std::string {
        std::string_view section = section_of(key);
        return section.empty() ? std::string() : fmt::format("key \"{}\" belongs in {}, not in a rule", key, section);
    });
    if (!inherited)
        for (std::string_view key : {"treatment", "category", "trigger", "title"})
            if (!r.has(key)) r.fail(t, fmt::format("rule \"{}\" needs a \"{}\"", escaped(id), key));
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
        rule.every_session = r.boolean("every_session", rule.every_session);
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
        rule.min_gap_days = r.integer("min_gap_days", rule.min_gap_days, 1, 365);
        rule.easy_week_foam_roll = r.boolean("easy_week_foam_roll", rule.easy_week_foam_roll);
        if (rule.aim_days < rule.every_days[0] || rule.aim_days > rule.every_days[1])
            r.fail_at(r.has("aim_days") ? "aim_days" : "every_days",
                      fmt::format("\"aim_days\" {} lies outside \"every_days\" [{}, {}]", rule.aim_days,
                                  rule.every_days[0], rule.every_days[1]));
        if (rule.min_gap_days > rule.heavy_every_days)
            r.fail_at(r.has("min_gap_days") ? "min_gap_days" : "heavy_every_days",
                      fmt::format("\"min_gap_days\" {} is longer than \"heavy_every_days\" {}", rule.min_gap_days,
                                  rule.heavy_every_days));
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
        rule.clear_days = r.integer("clear_days", rule.clear_days, 1, 365);
        break;
    }

    // What is left is another trigger's key.
    r.finish(rule_keys, [&](std::string_view key) {
        return fmt::format("key \"{}\" does not apply to {}; triggers that read it: {}", key,
                           fmt::format("rule \"{}\" (trigger \"{}\")", escaped(id), to_string(rule.trigger)),
                           triggers_reading(key));
    });
    return rule;
}

} // namespace

RuleSet load_rules(std::string_view text, std::string_view name, const RuleSet* base) {
    guard_toml(text, name);
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
        // The duplicate check is quadratic, and no runner needs more rules than this.
        if (rules->size() > max_rules)
            top.fail(*rules->get(max_rules),
                     "more than 1,000 rules (the most a rules file may hold; see recover-rules(5))");
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
