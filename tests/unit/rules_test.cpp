#include "recover/rules.hpp"

#include <doctest/doctest.h>

using namespace recover;

namespace {
std::string error_of(std::string_view text, const RuleSet* base = nullptr) {
    try {
        load_rules(text, "r.toml", base);
    } catch (const Error& e) {
        CHECK(e.code() == ExitCode::config);
        return e.message();
    }
    return "";
}

constexpr std::string_view minimal_rule = R"([[rule]]
id = "x"
treatment = "deep-massage"
category = "appointment"
trigger = "very-hard-workout"
title = "X"
)";
} // namespace

TEST_CASE("the built-in rules load and carry their sources") {
    RuleSet rules = default_rules();
    CHECK(rules.settings.hard_rpe == 7);
    CHECK(rules.settings.heavy_acwr == doctest::Approx(1.3));
    for (std::string_view id : {"deep-massage-after-hard", "race-blackout", "maintenance-massage"}) {
        const Rule* rule = rules.find(id);
        REQUIRE_MESSAGE(rule, id);
        CHECK_FALSE(rule->source.empty());
        CHECK_FALSE(rule->title.empty());
    }
    const Rule& deep = *rules.find("deep-massage-after-hard");
    CHECK(deep.window_hours == std::array<int, 2>{48, 72});
    CHECK(deep.where.file == "<built-in rules>");
    CHECK(rules.find("maintenance-massage")->every_days == std::array<int, 2>{14, 28});
}

TEST_CASE("the athlete's heart rates are optional") {
    CHECK_FALSE(default_rules().settings.max_hr);
    RuleSet rules = load_rules("[athlete]\nmax_hr = 188\nresting_hr = 48\n", "r.toml");
    CHECK(rules.settings.max_hr == 188);
    CHECK(rules.settings.resting_hr == 48);
    CHECK(error_of("[athlete]\nmax_hr = 110\nresting_hr = 110\n") == "r.toml:1:1: \"resting_hr\" 110 must be below \"max_hr\" 110");
}

TEST_CASE("a user file is laid over the defaults, key by key") {
    RuleSet defaults = default_rules();
    RuleSet rules = load_rules(R"(
[therapist]
days = ["tue", "sat"]
max_per_month = 1

[[rule]]
id = "maintenance-massage"
aim_days = 14

[[rule]]
id = "deep-massage-after-hard"
enabled = false
)",
                               "mine.toml", &defaults);
    CHECK(rules.settings.therapist_days == std::array<bool, 7>{false, false, true, false, false, false, true});
    CHECK(rules.settings.max_per_month == 1);
    CHECK(rules.settings.max_per_week == 2);
    const Rule* maintenance = rules.find("maintenance-massage");
    CHECK(maintenance->aim_days == 14);
    CHECK(maintenance->every_days == std::array<int, 2>{14, 28});
    CHECK(maintenance->title == "Maintenance massage");
    CHECK(maintenance->where.file == "mine.toml");
    CHECK(rules.find("deep-massage-after-hard") == nullptr);
    CHECK(rules.rules.size() == defaults.rules.size());
}

TEST_CASE("each kind of mistake is an error at its place") {
    CHECK(error_of("hard_rpe = ") .starts_with("r.toml:1:"));
    CHECK(error_of("[classify]\nhard_rpee = 7\n") == "r.toml:2:1: unknown key \"hard_rpee\" in [classify]; did you mean \"hard_rpe\"?");
    CHECK(error_of("[classify]\nhard_rpe = \"7\"\n") == "r.toml:2:12: \"hard_rpe\" must be a number, not a string");
    CHECK(error_of("[classify]\nhard_rpe = 12\n") == "r.toml:2:12: \"hard_rpe\" is 12, out of range (expected 0 to 10)");
    CHECK(error_of("[load]\nacute_days = 7.5\n") == "r.toml:2:14: \"acute_days\" must be an integer, not a number");
    CHECK(error_of("[therapist]\ndays = [\"tue\", \"satu\"]\n") ==
          "r.toml:2:16: unknown weekday \"satu\"; did you mean \"sat\"? (known: mon, tue, wed, thu, fri, sat, sun)");
    CHECK(error_of("[thrapist]\n") == "r.toml:1:2: unknown key \"thrapist\" in the rules file; did you mean \"therapist\"?");
    CHECK(error_of(std::string(minimal_rule) + "window_hours = [72, 48]\n") ==
          "r.toml:7:16: \"window_hours\" minimum 72 exceeds its maximum 48");
    CHECK(error_of(std::string(minimal_rule) + "windwo_hours = [48, 72]\n") ==
          "r.toml:7:1: unknown key \"windwo_hours\" in rule \"x\" (trigger \"very-hard-workout\"); did you mean \"window_hours\"?");
    CHECK(error_of(std::string(minimal_rule) + "every_days = [14, 28]\n") ==
          "r.toml:7:1: key \"every_days\" does not apply to rule \"x\" (trigger \"very-hard-workout\")");
    CHECK(error_of(std::string(minimal_rule) + std::string(minimal_rule)) == "r.toml:8:6: duplicate rule id \"x\" (first defined at line 2)");
    CHECK(error_of("[[rule]]\nid = \"y\"\ntreatment = \"deep-masage\"\ncategory = \"appointment\"\ntrigger = \"race\"\ntitle = \"Y\"\n") ==
          "r.toml:3:13: unknown treatment \"deep-masage\"; did you mean \"deep-massage\"? (known: deep-massage, flush-massage, "
          "maintenance-massage, foam-roll, stretch, art, ice, heat, physio, blackout)");
    CHECK(error_of("[[rule]]\nid = \"y\"\ntreatment = \"foam-roll\"\ncategory = \"self-care\"\ntrigger = \"raec\"\ntitle = \"Y\"\n") ==
          "r.toml:5:11: unknown trigger \"raec\"; did you mean \"race\"? (known: very-hard-workout, race, after-race, schedule, long-run, easy-run, run-day, niggle-persists, "
          "niggle-acute, niggle-chronic, niggle-not-improving, red-flag)");
    CHECK(error_of("[[rule]]\nid = \"z\"\ntreatment = \"foam-roll\"\n") == "r.toml:1:1: rule \"z\" needs a \"category\"");
    CHECK(error_of("[athlete]\nmax_hr = 300\n") == "r.toml:2:10: \"max_hr\" is 300, out of range (expected 100 to 250)");
    CHECK(error_of("[athlete]\nmax_hr = 150\nresting_hr = 100\nrestinghr = 50\n") ==
          "r.toml:4:1: unknown key \"restinghr\" in [athlete]; did you mean \"resting_hr\"?");
}
