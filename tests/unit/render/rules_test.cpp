// `recover rules`: the printed rule set reads back as the same rule set, field by field.

#include "support/files.hpp"
#include "recover/render/render.hpp"
#include "recover/rules/rules.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

using namespace recover;

namespace {

std::string file_text(std::string_view relative) { return testing::source_file(relative); }

/// Every field of two settings, one check each, so that a failure names the field.
void check_same(const Settings& a, const Settings& b) {
    CHECK(a.hard_rpe == b.hard_rpe);
    CHECK(a.very_hard_rpe == b.very_hard_rpe);
    CHECK(a.long_minutes == b.long_minutes);
    CHECK(a.long_km == b.long_km);
    CHECK(a.hard_avg_hr_pct == b.hard_avg_hr_pct);
    CHECK(a.hard_peak_hr_pct == b.hard_peak_hr_pct);
    CHECK(a.hard_aerobic_te == b.hard_aerobic_te);
    CHECK(a.hard_zone_minutes == b.hard_zone_minutes);
    CHECK(a.max_hr == b.max_hr);
    CHECK(a.resting_hr == b.resting_hr);
    CHECK(a.niggle_gap_days == b.niggle_gap_days);
    CHECK(a.load_model == b.load_model);
    CHECK(a.smoothing == b.smoothing);
    CHECK(a.acute_days == b.acute_days);
    CHECK(a.chronic_days == b.chronic_days);
    CHECK(a.atl_days == b.atl_days);
    CHECK(a.ctl_days == b.ctl_days);
    CHECK(a.heavy_acwr == b.heavy_acwr);
    CHECK(a.heavy_hard_days == b.heavy_hard_days);
    CHECK(a.easy_acwr == b.easy_acwr);
    CHECK(a.trimp_k1 == b.trimp_k1);
    CHECK(a.trimp_k2 == b.trimp_k2);
    CHECK(a.therapist_days == b.therapist_days);
    CHECK(a.max_per_week == b.max_per_week);
    CHECK(a.max_per_month == b.max_per_month);
    CHECK(a == b); // and any field added after this list was written
}

/// Every field of two rules but `where` (the printed file is another file).
void check_same(const Rule& a, const Rule& b) {
    CAPTURE(a.id);
    CHECK(a.id == b.id);
    CHECK(a.treatment == b.treatment);
    CHECK(a.category == b.category);
    CHECK(a.trigger == b.trigger);
    CHECK(a.enabled == b.enabled);
    CHECK(a.window_hours == b.window_hours);
    CHECK(a.max_per_week == b.max_per_week);
    CHECK(a.days_before == b.days_before);
    CHECK(a.days_before_long == b.days_before_long);
    CHECK(a.long_race_km == b.long_race_km);
    CHECK(a.days_after == b.days_after);
    CHECK(a.flush_until_days == b.flush_until_days);
    CHECK(a.every_days == b.every_days);
    CHECK(a.aim_days == b.aim_days);
    CHECK(a.heavy_every_days == b.heavy_every_days);
    CHECK(a.easy_week_foam_roll == b.easy_week_foam_roll);
    CHECK(a.days == b.days);
    CHECK(a.areas == b.areas);
    CHECK(a.after_days == b.after_days);
    CHECK(a.within_days == b.within_days);
    CHECK(a.min_severity == b.min_severity);
    CHECK(a.words == b.words);
    CHECK(a.title == b.title);
    CHECK(a.minutes == b.minutes);
    CHECK(a.focus == b.focus);
    CHECK(a.advice == b.advice);
    CHECK(a.source == b.source);
    Rule a_anywhere = a, b_anywhere = b;
    a_anywhere.where = b_anywhere.where = Location{};
    CHECK(a_anywhere == b_anywhere); // and any field added after this list was written
}

/// Prints `rules`, reads the text back on its own and over the defaults (as `recover rules
/// --check` does), and checks that both give `rules` again.
void check_round_trip(const RuleSet& rules) {
    const std::string text = render_rules(rules);
    RuleSet alone;
    REQUIRE_NOTHROW(alone = load_rules(text, "printed.toml"));
    check_same(alone.settings, rules.settings);
    REQUIRE(alone.rules.size() == rules.rules.size());
    for (std::size_t i = 0; i < rules.rules.size(); ++i)
        check_same(alone.rules[i], rules.rules[i]);

    RuleSet defaults = default_rules();
    RuleSet over = load_rules(text, "printed.toml", &defaults);
    check_same(over.settings, rules.settings);
    REQUIRE(over.rules.size() == rules.rules.size());
    for (std::size_t i = 0; i < rules.rules.size(); ++i)
        check_same(over.rules[i], rules.rules[i]);

    CHECK(render_rules(rules) == text); // stable
}

RuleSet over_defaults(std::string_view text, std::string_view name) {
    RuleSet defaults = default_rules();
    return load_rules(text, name, &defaults);
}

} // namespace

TEST_CASE("the built-in rules print and read back the same") {
    check_round_trip(default_rules());
}

TEST_CASE("each variant prints and reads back the same") {
    for (std::string_view file :
         {"rules/tight-budget.toml", "rules/marathon-build.toml", "rules/return-from-injury.toml"}) {
        CAPTURE(file);
        check_round_trip(over_defaults(file_text(file), file));
    }
}

TEST_CASE("strings, numbers and optional settings survive the round trip") {
    RuleSet rules = over_defaults(R"(
[athlete]
max_hr = 191
resting_hr = 47

[classify]
hard_rpe = 6.5
long_km = 21.0975

[load]
model = "trimp"
smoothing = "ewma"
heavy_acwr = 1.4500000000000002
trimp_k1 = 0.86
trimp_k2 = 1.67

[therapist]
days = ["sun", "wed"]
max_per_week = 0

[[rule]]
id = "heat-chronic"
enabled = false

[[rule]]
id = "my \"own\" rule"
treatment = "stretch"
category = "self-care"
trigger = "run-day"
days = [1, 3]
title = "Back\\slash, tab\there, line\nbreak, bell\u0007, delete\u007F, e acute é, emoji 🏃"
focus = ["quads", "it's \"quoted\""]
advice = ""
source = "me"

[[rule]]
id = "neck-watch"
treatment = "physio"
category = "flag"
trigger = "red-flag"
words = ["can’t turn", "pins and needles"]
min_severity = 0
title = "Neck"
)",
                                  "mine.toml");
    check_round_trip(rules);
    const std::string text = render_rules(rules);
    CHECK(text.find("max_hr = 191\nresting_hr = 47\n") != std::string::npos);
    CHECK(text.find("days = [\"wed\", \"sun\"]\n") != std::string::npos); // Monday first
    CHECK(text.find("heavy_acwr = 1.4500000000000002\n") != std::string::npos);
    CHECK(text.find("long_km = 21.0975\n") != std::string::npos);
    CHECK(text.find(R"(title = "Back\\slash, tab\there, line\nbreak, bell\u0007, delete\u007F, e acute é, emoji 🏃")") !=
          std::string::npos);
    CHECK(text.find(R"(focus = ["quads", "it's \"quoted\""])") != std::string::npos);
    CHECK(text.find("id = \"heat-chronic\"\nenabled = false\n") != std::string::npos);
}

TEST_CASE("recover rules prints every setting, and every rule with the keys of its trigger and no other") {
    RuleSet rules = default_rules();
    const std::string text = render_rules(rules);
    CHECK(text.starts_with("# The rule set in effect"));
    for (std::string_view table : {"[classify]\n", "[athlete]\n", "[niggles]\n", "[load]\n", "[therapist]\n"})
        CHECK_MESSAGE(text.find(table) != std::string::npos, table);
    CHECK(text.find("# max_hr is not set") != std::string::npos);
    for (std::string_view setting :
         {"hard_rpe",        "very_hard_rpe",     "long_minutes", "long_km",      "hard_avg_hr_pct", "hard_peak_hr_pct",
          "hard_aerobic_te", "hard_zone_minutes", "gap_days",     "model",        "smoothing",       "acute_days",
          "chronic_days",    "atl_days",          "ctl_days",     "heavy_acwr",   "heavy_hard_days", "easy_acwr",
          "trimp_k1",        "trimp_k2",          "days",         "max_per_week", "max_per_month"})
        CHECK_MESSAGE(text.find("\n" + std::string(setting) + " = ") != std::string::npos, setting);

    // One block per rule: the common keys, then exactly its trigger's keys.
    std::size_t at = 0;
    for (const Rule& rule : rules.rules) {
        CAPTURE(rule.id);
        at = text.find("\n[[rule]]\n", at);
        REQUIRE(at != std::string::npos);
        std::size_t end = text.find("\n[[rule]]\n", at + 1);
        std::string block = text.substr(at, end == std::string::npos ? std::string::npos : end - at);
        std::vector<std::string> keys;
        std::istringstream lines(block);
        for (std::string line; std::getline(lines, line);)
            if (!line.empty() && line[0] != '#' && line[0] != '[') keys.push_back(line.substr(0, line.find(" = ")));
        std::vector<std::string> expected{"id", "enabled", "treatment", "category", "trigger"};
        for (std::string_view key : trigger_keys(rule.trigger))
            expected.emplace_back(key);
        for (std::string_view key : {"title", "minutes", "focus", "advice", "source"})
            expected.emplace_back(key);
        CHECK(keys == expected);
        at = end;
    }
}

TEST_CASE("a rule from a user's file says where it was defined") {
    RuleSet rules = over_defaults("\n[[rule]]\nid = \"ice-acute\"\nmin_severity = 5\n", "mine.toml");
    const std::string text = render_rules(rules);
    CHECK(text.find("[[rule]]\n# from mine.toml:3\nid = \"ice-acute\"\n") != std::string::npos);
    CHECK(text.find("# from <built-in rules>") == std::string::npos);
}
