// `recover rules`: the rule set in effect as TOML that load_rules reads back to the same rule set.

#include "recover/render/render.hpp"

#include "recover/core/json.hpp"

#include <fmt/format.h>

#include <utility>
#include <variant>

namespace recover {

namespace {

/// A TOML basic string: quotes, backslashes and control characters escaped; UTF-8 kept as it is.
std::string quoted(std::string_view text) {
    return quote_string(text, StringSyntax::toml);
}

/// The shortest decimal that reads back as the same double; whole numbers print as integers,
/// which load_rules takes for numbers too.
std::string number(double value) {
    return fmt::format("{}", value);
}

// A rule value as TOML, by its type.
std::string toml_value(const std::string& text) {
    return quoted(text);
}

std::string toml_value(bool value) {
    return value ? "true" : "false";
}

std::string toml_value(int value) {
    return std::to_string(value);
}

std::string toml_value(double value) {
    return number(value);
}

std::string toml_value(const std::array<int, 2>& values) {
    return fmt::format("[{}, {}]", values[0], values[1]);
}

/// A TOML inline array of strings, written as JSON writes one.
std::string toml_value(const std::vector<std::string>& items) {
    return json_array(items, quoted);
}

/// The enums (treatment, category, trigger): by their spelling in rules files.
template <class Enum> std::string toml_value(Enum value) {
    return quoted(to_string(value));
}

/// Where a rule keeps the value of each key.
using RuleMember =
    std::variant<std::string Rule::*, bool Rule::*, int Rule::*, double Rule::*, std::array<int, 2> Rule::*,
                 std::vector<std::string> Rule::*, Treatment Rule::*, Category Rule::*, Trigger Rule::*>;

const std::pair<std::string_view, RuleMember> rule_members[]{
    // Every rule
    {"id", &Rule::id},
    {"enabled", &Rule::enabled},
    {"treatment", &Rule::treatment},
    {"category", &Rule::category},
    {"trigger", &Rule::trigger},
    {"title", &Rule::title},
    {"minutes", &Rule::minutes},
    {"focus", &Rule::focus},
    {"advice", &Rule::advice},
    {"source", &Rule::source},
    // very-hard-workout
    {"window_hours", &Rule::window_hours},
    {"every_session", &Rule::every_session},
    {"max_per_week", &Rule::max_per_week},
    // race
    {"days_before", &Rule::days_before},
    {"days_before_long", &Rule::days_before_long},
    {"long_race_km", &Rule::long_race_km},
    {"days_after", &Rule::days_after},
    {"flush_until_days", &Rule::flush_until_days},
    // schedule
    {"every_days", &Rule::every_days},
    {"aim_days", &Rule::aim_days},
    {"heavy_every_days", &Rule::heavy_every_days},
    {"min_gap_days", &Rule::min_gap_days},
    {"easy_week_foam_roll", &Rule::easy_week_foam_roll},
    // after-race, long-run, easy-run, run-day, niggle-*, red-flag
    {"days", &Rule::days},
    {"areas", &Rule::areas},
    {"after_days", &Rule::after_days},
    {"within_days", &Rule::within_days},
    {"min_severity", &Rule::min_severity},
    {"words", &Rule::words},
    {"clear_days", &Rule::clear_days},
};

/// The value of one rule key, as TOML.
std::string value_of(const Rule& rule, std::string_view key) {
    for (const auto& [name, member] : rule_members)
        if (name == key) return std::visit([&](auto field) { return toml_value(rule.*field); }, member);
    throw Error(ExitCode::software, {}, fmt::format("recover rules cannot print rule key \"{}\"", key));
}

void settings_toml(std::string& out, const Settings& s) {
    out += "[classify]\n";
    out += fmt::format("hard_rpe = {}\n", number(s.hard_rpe));
    out += fmt::format("very_hard_rpe = {}\n", number(s.very_hard_rpe));
    out += fmt::format("long_minutes = {}\n", number(s.long_minutes));
    out += fmt::format("long_km = {}\n", number(s.long_km));
    out += fmt::format("hard_avg_hr_pct = {}\n", number(s.hard_avg_hr_pct));
    out += fmt::format("hard_peak_hr_pct = {}\n", number(s.hard_peak_hr_pct));
    out += fmt::format("hard_aerobic_te = {}\n", number(s.hard_aerobic_te));
    out += fmt::format("hard_zone_minutes = {}\n", number(s.hard_zone_minutes));

    out += "\n[athlete]\n";
    if (s.max_hr)
        out += fmt::format("max_hr = {}\n", *s.max_hr);
    else
        out += "# max_hr is not set: the highest heart rate in the log stands in\n";
    if (s.resting_hr)
        out += fmt::format("resting_hr = {}\n", *s.resting_hr);
    else
        out += "# resting_hr is not set\n";

    out += "\n[niggles]\n";
    out += fmt::format("gap_days = {}\n", s.niggle_gap_days);

    out += "\n[gentle]\n";
    out += fmt::format("long_km = {}\n", number(s.gentle_long_km));
    out += fmt::format("long_minutes = {}\n", number(s.gentle_long_minutes));
    out += fmt::format("days = {}\n", s.gentle_days);
    out += fmt::format("marathon_km = {}\n", number(s.gentle_marathon_km));
    out += fmt::format("marathon_days = {}\n", s.gentle_marathon_days);

    out += "\n[load]\n";
    out += fmt::format("model = {}\n", quoted(to_string(s.load_model)));
    out += fmt::format("smoothing = {}\n", quoted(to_string(s.smoothing)));
    out += fmt::format("acute_days = {}\n", s.acute_days);
    out += fmt::format("chronic_days = {}\n", s.chronic_days);
    out += fmt::format("atl_days = {}\n", s.atl_days);
    out += fmt::format("ctl_days = {}\n", s.ctl_days);
    out += fmt::format("heavy_acwr = {}\n", number(s.heavy_acwr));
    out += fmt::format("heavy_hard_days = {}\n", s.heavy_hard_days);
    out += fmt::format("easy_acwr = {}\n", number(s.easy_acwr));
    out += fmt::format("trimp_k1 = {}\n", number(s.trimp_k1));
    out += fmt::format("trimp_k2 = {}\n", number(s.trimp_k2));

    out += "\n[therapist]\n";
    std::vector<std::string> days;
    for (int day : {1, 2, 3, 4, 5, 6, 0}) // Monday first, as people write weeks
        if (s.therapist_days[static_cast<std::size_t>(day)]) days.push_back(quoted(weekday_name(day)));
    out += fmt::format("days = {}\n", json_array(days));
    out += fmt::format("max_per_week = {}\n", s.max_per_week);
    out += fmt::format("max_per_month = {}\n", s.max_per_month);
}

void rule_toml(std::string& out, const Rule& rule) {
    out += "\n[[rule]]\n";
    if (!rule.where.file.empty() && rule.where.file != built_in_rules_name)
        out += fmt::format("# from {}\n", to_string(Location{rule.where.file, rule.where.line, 0}));
    for (std::string_view key : common_rule_keys()) {
        out += fmt::format("{} = {}\n", key, value_of(rule, key));
        if (key == "trigger")
            for (std::string_view timing : trigger_keys(rule.trigger))
                out += fmt::format("{} = {}\n", timing, value_of(rule, timing));
    }
}

} // namespace

std::string render_rules(const RuleSet& rules) {
    std::string out =
        "# The rule set in effect, as `recover rules` prints it: every setting, and every rule with\n"
        "# every key its trigger reads. `recover rules --check FILE` accepts this file back. What each\n"
        "# key means: recover-rules(5); where each number comes from: the comments of rules/default.toml\n"
        "# in recover's sources.\n\n";
    settings_toml(out, rules.settings);
    for (const Rule& rule : rules.rules)
        rule_toml(out, rule);
    return out;
}

} // namespace recover
