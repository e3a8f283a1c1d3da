// `recover rules`: the rule set in effect as TOML that load_rules reads back to the same rule set.

#include "recover/render/render.hpp"

#include "recover/core/json.hpp"

#include <fmt/format.h>

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

std::string pair(const std::array<int, 2>& values) {
    return fmt::format("[{}, {}]", values[0], values[1]);
}

/// A TOML inline array of strings, written as JSON writes one.
std::string list(const std::vector<std::string>& items) {
    return json_array(items, quoted);
}

std::string boolean(bool value) {
    return value ? "true" : "false";
}

/// The value of one rule key, as TOML.
std::string value_of(const Rule& rule, std::string_view key) {
    if (key == "id") return quoted(rule.id);
    if (key == "enabled") return boolean(rule.enabled);
    if (key == "treatment") return quoted(to_string(rule.treatment));
    if (key == "category") return quoted(to_string(rule.category));
    if (key == "trigger") return quoted(to_string(rule.trigger));
    if (key == "title") return quoted(rule.title);
    if (key == "minutes") return pair(rule.minutes);
    if (key == "focus") return list(rule.focus);
    if (key == "advice") return quoted(rule.advice);
    if (key == "source") return quoted(rule.source);
    if (key == "window_hours") return pair(rule.window_hours);
    if (key == "max_per_week") return std::to_string(rule.max_per_week);
    if (key == "days_before") return std::to_string(rule.days_before);
    if (key == "days_before_long") return std::to_string(rule.days_before_long);
    if (key == "long_race_km") return number(rule.long_race_km);
    if (key == "days_after") return std::to_string(rule.days_after);
    if (key == "flush_until_days") return std::to_string(rule.flush_until_days);
    if (key == "every_days") return pair(rule.every_days);
    if (key == "aim_days") return std::to_string(rule.aim_days);
    if (key == "heavy_every_days") return std::to_string(rule.heavy_every_days);
    if (key == "easy_week_foam_roll") return boolean(rule.easy_week_foam_roll);
    if (key == "days") return pair(rule.days);
    if (key == "areas") return list(rule.areas);
    if (key == "after_days") return std::to_string(rule.after_days);
    if (key == "within_days") return std::to_string(rule.within_days);
    if (key == "min_severity") return std::to_string(rule.min_severity);
    if (key == "words") return list(rule.words);
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
