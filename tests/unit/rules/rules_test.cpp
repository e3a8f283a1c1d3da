#include "support/files.hpp"
#include "recover/log/niggles.hpp"
#include "recover/rules/rules.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

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

/// The message of `text` laid over the built-in rules, as a user's file is read.
std::string error_over_defaults(std::string_view text) {
    RuleSet defaults = default_rules();
    return error_of(text, &defaults);
}

constexpr std::string_view minimal_rule = R"([[rule]]
id = "x"
treatment = "deep-massage"
category = "appointment"
trigger = "very-hard-workout"
title = "X"
)";

/// A new niggle-persists rule with `line` added at line 7.
std::string art_rule(std::string_view line) {
    return std::string("[[rule]]\nid = \"a\"\ntreatment = \"art\"\ncategory = \"appointment\"\ntrigger = "
                       "\"niggle-persists\"\ntitle = \"A\"\n") +
           std::string(line) + "\n";
}

std::string file_text(std::string_view relative) { return testing::source_file(relative); }

RuleSet variant(std::string_view file) {
    RuleSet defaults = default_rules();
    return load_rules(file_text(file), file, &defaults);
}

const Rule& rule_of(const RuleSet& set, std::string_view id) {
    for (const Rule& rule : set.rules)
        if (rule.id == id) return rule;
    FAIL("no rule ", id);
    throw;
}

const std::vector<std::string> default_ids{"deep-massage-after-hard",
                                           "race-blackout",
                                           "post-race-flush",
                                           "maintenance-massage",
                                           "gentle-after-long",
                                           "foam-roll-after-easy",
                                           "fascia-stretch",
                                           "art-plantar-fasciitis",
                                           "art-it-band",
                                           "art-achilles",
                                           "art-hamstring",
                                           "art-low-back",
                                           "ice-acute",
                                           "heat-chronic",
                                           "see-physio-red-flag",
                                           "see-physio-persistent"};

const std::vector<std::string_view> articles{"massage-types-and-timing.txt", "massage-therapy-for-runners.txt",
                                             "art-for-runners-recovery.txt", "art-pain-management-mobility.txt",
                                             "art-low-back-pain.txt"};
} // namespace

TEST_CASE("the built-in rules are the sixteen of DESIGN.md, in order, each with its sources") {
    RuleSet rules = default_rules();
    std::vector<std::string> ids;
    for (const Rule& rule : rules.rules)
        ids.push_back(rule.id);
    CHECK(ids == default_ids);
    for (const Rule& rule : rules.rules) {
        CAPTURE(rule.id);
        CHECK(rule.enabled);
        CHECK_FALSE(rule.title.empty());
        CHECK(rule.where.file == "<built-in rules>");
        // Every source names at least one of the five articles, and every .txt it names is one.
        bool names_article = false;
        for (std::size_t at = rule.source.find(".txt"); at != std::string::npos;
             at = rule.source.find(".txt", at + 1)) {
            std::size_t start = rule.source.find_last_of(" ;(", at);
            std::string file = rule.source.substr(start == std::string::npos ? 0 : start + 1,
                                                  at + 4 - (start == std::string::npos ? 0 : start + 1));
            CHECK_MESSAGE(std::find(articles.begin(), articles.end(), file) != articles.end(), file);
            names_article = true;
        }
        CHECK(names_article);
    }
}

TEST_CASE("the built-in settings") {
    const Settings s = default_rules().settings;
    CHECK(s.hard_rpe == 7);
    CHECK(s.very_hard_rpe == 8);
    CHECK(s.long_minutes == 90);
    CHECK(s.long_km == 20);
    CHECK(s.heavy_acwr == doctest::Approx(1.3));
    CHECK(s.easy_acwr == doctest::Approx(0.8));
    CHECK(s.heavy_hard_days == 3);
    CHECK(s.load_model == LoadModel::duration);
    CHECK(s.smoothing == Smoothing::rolling);
    CHECK(s.acute_days == 7);
    CHECK(s.chronic_days == 28);
    CHECK(s.trimp_k1 == doctest::Approx(0.64));
    CHECK(s.trimp_k2 == doctest::Approx(1.92));
    CHECK(s.niggle_gap_days == 3);
    CHECK(s.therapist_days == std::array<bool, 7>{true, true, true, true, true, true, true});
    CHECK(s.max_per_week == 2);
    CHECK(s.max_per_month == 6);
    CHECK_FALSE(s.max_hr);
    CHECK_FALSE(s.resting_hr);
    // The file states what the struct's defaults say: a rule set without the file is the same.
    CHECK(s == Settings{});
}

TEST_CASE("the built-in rules' timing, as DESIGN.md states it") {
    RuleSet rules = default_rules();
    const Rule& deep = rule_of(rules, "deep-massage-after-hard");
    CHECK(deep.treatment == Treatment::deep_massage);
    CHECK(deep.trigger == Trigger::very_hard_workout);
    CHECK(deep.window_hours == std::array<int, 2>{48, 72});
    CHECK(deep.max_per_week == 1);
    CHECK(deep.minutes == std::array<int, 2>{45, 60});

    const Rule& blackout = rule_of(rules, "race-blackout");
    CHECK(blackout.treatment == Treatment::blackout);
    CHECK(blackout.category == Category::flag);
    CHECK(blackout.days_before == 3);
    CHECK(blackout.days_before_long == 7);
    CHECK(blackout.long_race_km == 30);
    CHECK(blackout.days_after == 2);
    CHECK(blackout.flush_until_days == 2);

    const Rule& flush = rule_of(rules, "post-race-flush");
    CHECK(flush.treatment == Treatment::flush_massage);
    CHECK(flush.category == Category::appointment);
    CHECK(flush.trigger == Trigger::after_race);
    CHECK(flush.days == std::array<int, 2>{1, 2});
    CHECK(flush.minutes == std::array<int, 2>{30, 45});

    const Rule& maintenance = rule_of(rules, "maintenance-massage");
    CHECK(maintenance.every_days == std::array<int, 2>{14, 28});
    CHECK(maintenance.aim_days == 21);
    CHECK(maintenance.heavy_every_days == 7);
    CHECK(maintenance.easy_week_foam_roll);

    const Rule& long_run = rule_of(rules, "gentle-after-long");
    CHECK(long_run.treatment == Treatment::foam_roll);
    CHECK(long_run.category == Category::self_care);
    CHECK(long_run.trigger == Trigger::long_run);
    CHECK(long_run.days == std::array<int, 2>{0, 1});

    const Rule& easy = rule_of(rules, "foam-roll-after-easy");
    CHECK(easy.trigger == Trigger::easy_run);
    CHECK(easy.days == std::array<int, 2>{0, 0});
    CHECK(easy.minutes == std::array<int, 2>{5, 10});

    const Rule& fascia = rule_of(rules, "fascia-stretch");
    CHECK(fascia.treatment == Treatment::stretch);
    CHECK(fascia.trigger == Trigger::run_day);
    CHECK(fascia.minutes == std::array<int, 2>{10, 10});
    CHECK(fascia.focus == std::vector<std::string>{"hips", "ankles"});

    const Rule& ice = rule_of(rules, "ice-acute");
    CHECK(ice.treatment == Treatment::ice);
    CHECK(ice.trigger == Trigger::niggle_acute);
    CHECK(ice.days == std::array<int, 2>{0, 1});
    CHECK(ice.min_severity == 4);
    CHECK(ice.areas.empty());

    const Rule& heat = rule_of(rules, "heat-chronic");
    CHECK(heat.treatment == Treatment::heat);
    CHECK(heat.trigger == Trigger::niggle_chronic);
    CHECK(heat.after_days == 7);

    const Rule& red = rule_of(rules, "see-physio-red-flag");
    CHECK(red.treatment == Treatment::physio);
    CHECK(red.category == Category::flag);
    CHECK(red.trigger == Trigger::red_flag);
    CHECK(red.min_severity == 8);
    for (std::string_view word : {"sharp pain", "sudden", "numb", "numbness", "tingling", "can't walk", "cannot walk",
                                  "limping", "can't sleep", "woke me", "night pain"})
        CHECK_MESSAGE(std::find(red.words.begin(), red.words.end(), word) != red.words.end(), word);

    const Rule& persistent = rule_of(rules, "see-physio-persistent");
    CHECK(persistent.category == Category::flag);
    CHECK(persistent.trigger == Trigger::niggle_not_improving);
    CHECK(persistent.after_days == 7);
}

TEST_CASE("each ART rule names its body area and the rehab that goes with it") {
    RuleSet rules = default_rules();
    const std::pair<std::string_view, std::string_view> art_areas[]{{"art-plantar-fasciitis", "plantar fascia"},
                                                                    {"art-it-band", "IT band"},
                                                                    {"art-achilles", "achilles"},
                                                                    {"art-hamstring", "hamstring"},
                                                                    {"art-low-back", "low back"}};
    for (const auto& [id, area] : art_areas) {
        const std::string_view rule_id = id; // CAPTURE's lambda cannot capture a structured binding (clang 14)
        CAPTURE(rule_id);
        const Rule& art = rule_of(rules, id);
        CHECK(art.treatment == Treatment::art);
        CHECK(art.category == Category::appointment);
        CHECK(art.trigger == Trigger::niggle_persists);
        CHECK(art.after_days == 3);
        CHECK(art.within_days == 4);
        REQUIRE_FALSE(art.areas.empty());
        for (const std::string& word : art.areas)
            CHECK(body_area(word) == area);
        CHECK_FALSE(art.advice.empty());
        CHECK(art.source.find("art-") != std::string::npos);
    }
    CHECK(rule_of(rules, "art-plantar-fasciitis").areas == std::vector<std::string>{"plantar fascia", "heel", "arch"});
    const std::string& back = rule_of(rules, "art-low-back").advice;
    for (std::string_view rehab : {"core strengthening", "glute activation", "postural retraining", "mobility"})
        CHECK_MESSAGE(back.find(rehab) != std::string::npos, rehab);
    CHECK(rule_of(rules, "art-achilles").advice.find("tight calves pull on the Achilles") != std::string::npos);
}

TEST_CASE("the athlete's heart rates are optional") {
    CHECK_FALSE(default_rules().settings.max_hr);
    RuleSet rules = load_rules("[athlete]\nmax_hr = 188\nresting_hr = 48\n", "r.toml");
    CHECK(rules.settings.max_hr == 188);
    CHECK(rules.settings.resting_hr == 48);
    CHECK(error_of("[athlete]\nmax_hr = 110\nresting_hr = 110\n") ==
          "r.toml:1:1: \"resting_hr\" 110 must be below \"max_hr\" 110");
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
    CHECK(maintenance->where == Location{"mine.toml", 7, 6});
    CHECK(rules.find("deep-massage-after-hard") == nullptr);
    CHECK(rules.rules.size() == defaults.rules.size());
    CHECK(rules.rules[0].id == "deep-massage-after-hard"); // a redefined rule keeps its place
}

TEST_CASE("a new id is added after the others; a disabled rule still lends its keys") {
    RuleSet defaults = default_rules();
    RuleSet off = load_rules("[[rule]]\nid = \"heat-chronic\"\nenabled = false\n", "off.toml", &defaults);
    RuleSet on = load_rules("[[rule]]\nid = \"heat-chronic\"\nenabled = true\n", "on.toml", &off);
    CHECK(on.find("heat-chronic")->after_days == 7);
    CHECK(on.find("heat-chronic")->title == rule_of(defaults, "heat-chronic").title);

    RuleSet more = load_rules(std::string(minimal_rule), "more.toml", &defaults);
    CHECK(more.rules.size() == defaults.rules.size() + 1);
    CHECK(more.rules.back().id == "x");
    CHECK(more.rules.back().window_hours == std::array<int, 2>{48, 72}); // the schema's default
}

TEST_CASE("a rule that changes its trigger starts from the schema's timing, not the old trigger's") {
    RuleSet defaults = default_rules();
    RuleSet rules = load_rules("[[rule]]\nid = \"art-achilles\"\ntrigger = \"niggle-chronic\"\ntreatment = "
                               "\"heat\"\ncategory = \"self-care\"\n",
                               "mine.toml", &defaults);
    const Rule& changed = rule_of(rules, "art-achilles");
    CHECK(changed.trigger == Trigger::niggle_chronic);
    CHECK(changed.areas.empty());
    CHECK(changed.within_days == Rule{}.within_days);
    CHECK(changed.title == rule_of(defaults, "art-achilles").title); // common keys are kept
    CHECK(changed.advice == rule_of(defaults, "art-achilles").advice);
}

TEST_CASE("across files the last definition of an id wins; within one file an id is defined once") {
    RuleSet defaults = default_rules();
    RuleSet first = load_rules("[[rule]]\nid = \"ice-acute\"\nmin_severity = 5\n", "a.toml", &defaults);
    RuleSet second = load_rules("[[rule]]\nid = \"ice-acute\"\nmin_severity = 6\n", "b.toml", &first);
    CHECK(second.find("ice-acute")->min_severity == 6);
    CHECK(second.find("ice-acute")->where.file == "b.toml");
    CHECK(error_over_defaults("[[rule]]\nid = \"ice-acute\"\nmin_severity = 5\n[[rule]]\nid = \"ice-acute\"\n") ==
          "r.toml:5:6: duplicate rule id \"ice-acute\" (first defined at line 2)");
}

TEST_CASE("syntax errors say where toml++ stopped") {
    CHECK(error_of("hard_rpe = ") == "r.toml:1:12: syntax error in key-value pair: encountered end-of-file");
    CHECK(error_of("[classify]\nhard_rpe = 7\nhard_rpe = 8\n") ==
          "r.toml:3:12: syntax error in key-value pair: cannot redefine existing integer 'hard_rpe'");
    CHECK(error_of("[[rule]]\ntitle = \"unterminated\n") ==
          "r.toml:2:22: syntax error in string: the line ends before the closing quote");
    CHECK(error_of("[[rule]]\r\ntitle = \"unterminated\r\n") ==
          "r.toml:2:22: syntax error in string: the line ends before the closing quote");
    CHECK(error_of("[[rule]]\ntitle = \"bell\a\"\n") == "r.toml:2:14: syntax error in string: unescaped control "
                                                        "characters other than TAB (U+0009) are explicitly prohibited");
    CHECK(error_of("[[rule]]\nid = \"a\"\n[rule]\n") ==
          "r.toml:3:1: syntax error in table header: cannot redefine existing array 'rule' as table");
}

TEST_CASE("unknown keys, with the nearest known one") {
    CHECK(error_of("[classify]\nhard_rpee = 7\n") ==
          "r.toml:2:1: unknown key \"hard_rpee\" in [classify]; did you mean \"hard_rpe\"?");
    CHECK(error_of("[thrapist]\n") ==
          "r.toml:1:2: unknown key \"thrapist\" in the rules file; did you mean \"therapist\"?");
    CHECK(error_of("[athlete]\nmax_hr = 150\nresting_hr = 100\nrestinghr = 50\n") ==
          "r.toml:4:1: unknown key \"restinghr\" in [athlete]; did you mean \"resting_hr\"?");
    CHECK(error_of("[load]\ncolour = 1\n") == "r.toml:2:1: unknown key \"colour\" in [load]");
    CHECK(error_of(std::string(minimal_rule) + "windwo_hours = [48, 72]\n") ==
          "r.toml:7:1: unknown key \"windwo_hours\" in rule \"x\" (trigger \"very-hard-workout\"); did you mean "
          "\"window_hours\"?");
    // A misspelt trigger key is named as such, not as the missing trigger it hides.
    CHECK(error_of("[[rule]]\nid = \"z\"\ntriger = \"race\"\n") ==
          "r.toml:3:1: unknown key \"triger\" in rule \"z\"; did you mean \"trigger\"?");
    // The first in the file is reported, whatever toml++'s order.
    CHECK(error_of("[classify]\nzzz = 1\naaa = 2\n") == "r.toml:2:1: unknown key \"zzz\" in [classify]");
}

TEST_CASE("a key in the wrong place says where it belongs") {
    CHECK(error_of("hard_rpe = 6\n") == "r.toml:1:1: key \"hard_rpe\" belongs in [classify], not at the top level");
    CHECK(error_of("[load]\nhard_rpe = 6\n") == "r.toml:2:1: key \"hard_rpe\" belongs in [classify], not [load]");
    CHECK(error_of("[therapist]\naim_days = 14\n") ==
          "r.toml:2:1: key \"aim_days\" belongs in a [[rule]], not [therapist]");
    CHECK(error_of("id = \"x\"\n") == "r.toml:1:1: key \"id\" belongs in a [[rule]], not at the top level");
    CHECK(error_of(std::string(minimal_rule) + "max_per_month = 1\n") ==
          "r.toml:7:1: key \"max_per_month\" belongs in [therapist], not in a rule");
    CHECK(error_of(std::string(minimal_rule) + "every_days = [14, 28]\n") ==
          "r.toml:7:1: key \"every_days\" does not apply to rule \"x\" (trigger \"very-hard-workout\"); triggers that "
          "read it: schedule");
    CHECK(error_over_defaults("[[rule]]\nid = \"post-race-flush\"\nafter_days = 2\n") ==
          "r.toml:3:1: key \"after_days\" does not apply to rule \"post-race-flush\" (trigger \"after-race\"); "
          "triggers that read it: "
          "niggle-persists, niggle-chronic, niggle-not-improving");
}

TEST_CASE("values of the wrong type") {
    CHECK(error_of("[classify]\nhard_rpe = \"7\"\n") == "r.toml:2:12: \"hard_rpe\" must be a number, not a string");
    CHECK(error_of("[load]\nacute_days = 7.5\n") == "r.toml:2:14: \"acute_days\" must be an integer, not a number");
    CHECK(error_of("[load]\nmodel = 1\n") == "r.toml:2:9: \"model\" must be a string, not an integer");
    CHECK(error_of("classify = 1\n") == "r.toml:1:12: \"classify\" must be a table, not an integer");
    CHECK(error_of("[therapist]\ndays = \"tue\"\n") ==
          "r.toml:2:8: \"days\" must be a non-empty array of weekdays like [\"tue\", \"sat\"]");
    CHECK(error_of("[therapist]\ndays = [\"tue\", 2]\n") ==
          "r.toml:2:16: \"days\" must hold weekdays like \"tue\", not an integer");
    CHECK(error_of("[[rule]]\nid = 7\n") == "r.toml:2:6: \"id\" must be a string, not an integer");
    CHECK(error_of("[rule]\nid = \"x\"\n") ==
          "r.toml:1:1: \"rule\" must be an array of tables: write each rule under [[rule]]");
    CHECK(error_of(std::string(minimal_rule) + "enabled = \"no\"\n") ==
          "r.toml:7:11: \"enabled\" must be true or false, not a string");
    CHECK(error_of(std::string(minimal_rule) + "minutes = 45\n") ==
          "r.toml:7:11: \"minutes\" must be an array of two integers [minimum, maximum]");
    CHECK(error_of(std::string(minimal_rule) + "minutes = [45, 60, 75]\n") ==
          "r.toml:7:11: \"minutes\" must be an array of two integers [minimum, maximum]");
    CHECK(error_of(std::string(minimal_rule) + "minutes = [45, \"60\"]\n") ==
          "r.toml:7:16: \"minutes\" must be an integer, not a string");
    CHECK(error_of(std::string(minimal_rule) + "focus = \"calves\"\n") ==
          "r.toml:7:9: \"focus\" must be an array of strings, not a string");
    CHECK(error_of(std::string(minimal_rule) + "focus = [\"calves\", 3]\n") ==
          "r.toml:7:20: \"focus\" must hold strings only, not an integer");
    CHECK(error_of(std::string(minimal_rule) + "source = 1979-05-27\n") ==
          "r.toml:7:10: \"source\" must be a string, not a date or time");
}

TEST_CASE("values out of range") {
    CHECK(error_of("[classify]\nhard_rpe = 12\n") ==
          "r.toml:2:12: \"hard_rpe\" is 12, out of range (expected 0 to 10)");
    CHECK(error_of("[classify]\nhard_rpe = nan\n") ==
          "r.toml:2:12: \"hard_rpe\" is nan, out of range (expected 0 to 10)");
    CHECK(error_of("[classify]\nlong_km = inf\n") ==
          "r.toml:2:11: \"long_km\" is inf, out of range (expected 1 to 1000)");
    CHECK(error_of("[athlete]\nmax_hr = 300\n") ==
          "r.toml:2:10: \"max_hr\" is 300, out of range (expected 100 to 250)");
    CHECK(error_of("[therapist]\nmax_per_week = 8\n") ==
          "r.toml:2:16: \"max_per_week\" is 8, out of range (expected 0 to 7)");
    CHECK(error_of("[niggles]\ngap_days = -1\n") == "r.toml:2:12: \"gap_days\" is -1, out of range (expected 0 to 28)");
    CHECK(error_of("[load]\nacute_days = 9999999999\n") ==
          "r.toml:2:14: \"acute_days\" is 9999999999, out of range (expected 1 to 90)");
    CHECK(error_of(std::string(minimal_rule) + "max_per_week = 0\n") ==
          "r.toml:7:16: \"max_per_week\" is 0, out of range (expected 1 to 7)");
    CHECK(error_over_defaults("[[rule]]\nid = \"ice-acute\"\nmin_severity = 11\n") ==
          "r.toml:3:16: \"min_severity\" is 11, out of range (expected 0 to 10)");
    CHECK(error_over_defaults("[[rule]]\nid = \"fascia-stretch\"\nminutes = [10, 2000]\n") ==
          "r.toml:3:16: \"minutes\" is 2000, out of range (expected 0 to 1440)");
}

TEST_CASE("settings that contradict each other") {
    CHECK(error_of("[classify]\nhard_rpe = 8\nvery_hard_rpe = 7\n") ==
          "r.toml:1:1: \"very_hard_rpe\" 7 is below \"hard_rpe\" 8");
    CHECK(error_of("[load]\nacute_days = 28\n") ==
          "r.toml:1:1: \"acute_days\" 28 must be shorter than \"chronic_days\" 28");
    CHECK(error_of("[load]\neasy_acwr = 1.5\n") == "r.toml:1:1: \"easy_acwr\" 1.5 must be below \"heavy_acwr\" 1.3");
}

TEST_CASE("windows whose minimum exceeds their maximum") {
    CHECK(error_of(std::string(minimal_rule) + "window_hours = [72, 48]\n") ==
          "r.toml:7:16: \"window_hours\" minimum 72 exceeds its maximum 48");
    CHECK(error_over_defaults("[[rule]]\nid = \"post-race-flush\"\ndays = [2, 1]\n") ==
          "r.toml:3:8: \"days\" minimum 2 exceeds its maximum 1");
    CHECK(error_over_defaults("[[rule]]\nid = \"maintenance-massage\"\nevery_days = [28, 14]\n") ==
          "r.toml:3:14: \"every_days\" minimum 28 exceeds its maximum 14");
    CHECK(error_over_defaults("[[rule]]\nid = \"fascia-stretch\"\nminutes = [10, 5]\n") ==
          "r.toml:3:11: \"minutes\" minimum 10 exceeds its maximum 5");
    CHECK(error_of(std::string(minimal_rule) + "window_hours = [50, 60]\n") ==
          "r.toml:7:16: \"window_hours\" [50, 60] holds no day (days begin at 0, 24, 48, 72, ... h after the workout)");
    CHECK(error_over_defaults("[[rule]]\nid = \"maintenance-massage\"\naim_days = 35\n") ==
          "r.toml:3:12: \"aim_days\" 35 lies outside \"every_days\" [14, 28]");
    CHECK(error_over_defaults("[[rule]]\nid = \"maintenance-massage\"\nevery_days = [28, 35]\n") ==
          "r.toml:3:14: \"aim_days\" 21 lies outside \"every_days\" [28, 35]");
    CHECK(error_over_defaults("[[rule]]\nid = \"race-blackout\"\ndays_before = 8\n") ==
          "r.toml:3:15: \"days_before_long\" 7 is shorter than \"days_before\" 8");
}

TEST_CASE("unknown names of treatments, triggers, categories, weekdays and models") {
    CHECK(error_of("[[rule]]\nid = \"y\"\ntreatment = \"deep-masage\"\ncategory = \"appointment\"\ntrigger = "
                   "\"race\"\ntitle = \"Y\"\n") ==
          "r.toml:3:13: unknown treatment \"deep-masage\"; did you mean \"deep-massage\"? (known: deep-massage, "
          "flush-massage, "
          "maintenance-massage, foam-roll, stretch, art, ice, heat, physio, blackout)");
    CHECK(error_of("[[rule]]\nid = \"y\"\ntreatment = \"foam-roll\"\ncategory = \"self-care\"\ntrigger = "
                   "\"raec\"\ntitle = \"Y\"\n") ==
          "r.toml:5:11: unknown trigger \"raec\"; did you mean \"race\"? (known: very-hard-workout, race, after-race, "
          "schedule, long-run, "
          "easy-run, run-day, niggle-persists, niggle-acute, niggle-chronic, niggle-not-improving, red-flag)");
    CHECK(error_over_defaults("[[rule]]\nid = \"ice-acute\"\ncategory = \"selfcare\"\n") ==
          "r.toml:3:12: unknown category \"selfcare\"; did you mean \"self-care\"? (known: appointment, self-care, "
          "flag, race)");
    CHECK(error_of("[therapist]\ndays = [\"tue\", \"satu\"]\n") ==
          "r.toml:2:16: unknown weekday \"satu\"; did you mean \"sat\"? (known: mon, tue, wed, thu, fri, sat, sun)");
    CHECK(error_of("[therapist]\ndays = [\"Tuesday\"]\n") ==
          "r.toml:2:9: unknown weekday \"Tuesday\" (known: mon, tue, wed, thu, fri, sat, sun)");
    CHECK(error_of("[load]\nmodel = \"trimpp\"\n") ==
          "r.toml:2:9: unknown load model \"trimpp\"; did you mean \"trimp\"? (known: session-rpe, duration, trimp)");
    CHECK(error_of("[load]\nsmoothing = \"ewm\"\n") ==
          "r.toml:2:13: unknown smoothing \"ewm\"; did you mean \"ewma\"? (known: rolling, ewma)");
}

TEST_CASE("a blackout goes with a race trigger, and only with it") {
    CHECK(error_of("[[rule]]\nid = \"b\"\ntreatment = \"blackout\"\ncategory = \"flag\"\ntrigger = \"long-run\"\ntitle "
                   "= \"B\"\n") == "r.toml:3:13: treatment \"blackout\" needs trigger \"race\", not \"long-run\"");
    CHECK(error_over_defaults("[[rule]]\nid = \"race-blackout\"\ntreatment = \"deep-massage\"\n") ==
          "r.toml:3:13: trigger \"race\" needs treatment \"blackout\", not \"deep-massage\"");
}

TEST_CASE("rules that lack what they need") {
    CHECK(error_of("[[rule]]\ntitle = \"no id\"\n") == "r.toml:1:1: a rule needs an \"id\"");
    CHECK(error_of("[[rule]]\nid = \"z\"\ntreatment = \"foam-roll\"\n") ==
          "r.toml:1:1: rule \"z\" needs a \"category\"");
    CHECK(error_of(
              "[[rule]]\nid = \"z\"\ntreatment = \"foam-roll\"\ncategory = \"self-care\"\ntrigger = \"easy-run\"\n") ==
          "r.toml:1:1: rule \"z\" needs a \"title\"");
}

TEST_CASE("empty strings where words are wanted") {
    CHECK(error_of("[[rule]]\nid = \" \"\n") == "r.toml:2:6: \"id\" must not be empty");
    CHECK(error_over_defaults("[[rule]]\nid = \"ice-acute\"\ntitle = \"\"\n") ==
          "r.toml:3:9: \"title\" must not be empty");
    CHECK(error_of(art_rule("areas = [\"achilles\", \"\"]")) == "r.toml:7:22: \"areas\" must not hold an empty string");
    CHECK(error_over_defaults("[[rule]]\nid = \"see-physio-red-flag\"\nwords = [\"numb\", \"  \"]\n") ==
          "r.toml:3:18: \"words\" must not hold an empty string");
    CHECK(error_of(std::string(minimal_rule) + "focus = [\"\"]\n") ==
          "r.toml:7:10: \"focus\" must not hold an empty string");
}

TEST_CASE("a niggle rule's areas must name a body area recover knows") {
    CHECK(error_of(art_rule("areas = [\"achilles\", \"elbow\"]")) ==
          "r.toml:7:22: unknown body area \"elbow\" in \"areas\" (known: plantar fascia, IT band, achilles, calf, "
          "hamstring, low back, "
          "hip flexor, glute, knee, shin, quad, hip, ankle, foot, groin)");
    CHECK(error_over_defaults("[[rule]]\nid = \"art-achilles\"\nareas = [\"achiles\"]\n")
              .starts_with(
                  "r.toml:3:10: unknown body area \"achiles\" in \"areas\"; did you mean \"achilles\"? (known: "));
    CHECK(error_over_defaults("[[rule]]\nid = \"heat-chronic\"\nareas = [\"shoulder\"]\n")
              .starts_with("r.toml:3:10: unknown body area \"shoulder\" in \"areas\" (known: "));
    CHECK(error_over_defaults("[[rule]]\nid = \"ice-acute\"\nareas = [\"wrist\"]\n")
              .starts_with("r.toml:3:10: unknown body area \"wrist\""));
    CHECK(error_over_defaults("[[rule]]\nid = \"see-physio-persistent\"\nareas = [\"neck\"]\n")
              .starts_with("r.toml:3:10: unknown body area \"neck\""));
    // Every area the message lists is accepted, and so are the words that name one.
    CHECK(error_of(art_rule("areas = [\"plantar fascia\", \"IT band\", \"achilles\", \"calf\", \"hamstring\", \"low "
                            "back\", \"hip flexor\", "
                            "\"glute\", \"knee\", \"shin\", \"quad\", \"hip\", \"ankle\", \"foot\", \"groin\", \"left "
                            "heel\", \"Lower Back\"]"))
              .empty());
}

TEST_CASE("the variants change what they say they change, and nothing else") {
    const RuleSet defaults = default_rules();

    SUBCASE("tight budget: one massage a month, placed after a hard session when it can be") {
        RuleSet tight = variant("rules/tight-budget.toml");
        CHECK(tight.settings.max_per_month == 1);
        CHECK(tight.settings.max_per_week == 1);
        const Rule& maintenance = rule_of(tight, "maintenance-massage");
        CHECK(maintenance.every_days == std::array<int, 2>{28, 35});
        CHECK(maintenance.aim_days == 28);
        CHECK(maintenance.heavy_every_days == 28);
        CHECK(rule_of(tight, "deep-massage-after-hard") == rule_of(defaults, "deep-massage-after-hard"));
        Settings expected = defaults.settings;
        expected.max_per_week = 1;
        expected.max_per_month = 1;
        CHECK(tight.settings == expected);
        CHECK(tight.rules.size() == defaults.rules.size());
    }
    SUBCASE("marathon build: longer blackouts, weekly massage in peak weeks") {
        RuleSet marathon = variant("rules/marathon-build.toml");
        const Rule& blackout = rule_of(marathon, "race-blackout");
        CHECK(blackout.days_before == 5);
        CHECK(blackout.days_before_long == 7);
        CHECK(blackout.long_race_km == 30);
        CHECK(blackout.flush_until_days == 2);
        const Rule& maintenance = rule_of(marathon, "maintenance-massage");
        CHECK(maintenance.heavy_every_days == 7);
        CHECK(maintenance.aim_days == 14);
        CHECK(marathon.settings.max_per_week == 2);
        CHECK(marathon.settings.max_per_month == 8);
        CHECK(rule_of(marathon, "deep-massage-after-hard") == rule_of(defaults, "deep-massage-after-hard"));
    }
    SUBCASE("return from injury: hard sooner, ART and physio sooner") {
        RuleSet back = variant("rules/return-from-injury.toml");
        CHECK(back.settings.hard_rpe == 6);
        CHECK(back.settings.very_hard_rpe == 7);
        for (std::string_view id :
             {"art-plantar-fasciitis", "art-it-band", "art-achilles", "art-hamstring", "art-low-back"}) {
            CAPTURE(id);
            CHECK(rule_of(back, id).after_days == 2);
            CHECK(rule_of(back, id).within_days == 4);
            CHECK(rule_of(back, id).areas == rule_of(defaults, id).areas);
        }
        CHECK(rule_of(back, "see-physio-persistent").after_days == 5);
        CHECK(rule_of(back, "see-physio-red-flag").min_severity == 6);
        CHECK(rule_of(back, "see-physio-red-flag").words == rule_of(defaults, "see-physio-red-flag").words);
        CHECK(back.settings.max_per_month == defaults.settings.max_per_month);
    }
}

TEST_CASE("what toml++ would crash on is refused before it parses, at its place") {
    std::string dotted_header = "[a";
    for (int i = 1; i < 40000; ++i)
        dotted_header += ".a";
    CHECK(error_of(dotted_header + "]\n") == "r.toml:1:65: tables and arrays nested too deeply (at most 32 levels)");
    std::string dotted_key = "a";
    for (int i = 1; i < 40; ++i)
        dotted_key += ".a";
    CHECK(error_of(dotted_key + " = 1\n") == "r.toml:1:64: tables and arrays nested too deeply (at most 32 levels)");
    CHECK(error_of("x = " + std::string(40, '[') + std::string(40, ']') + "\n") ==
          "r.toml:1:36: tables and arrays nested too deeply (at most 32 levels)");
    CHECK(error_of("[a.b]\nx = { y.z = [ { w = " + std::string(30, '[') + "]\n") ==
          "r.toml:2:46: tables and arrays nested too deeply (at most 32 levels)");
    // Brackets and dots in strings and comments are no nesting.
    CHECK(error_of("# " + std::string(100, '[') + "\nx = \"" + std::string(100, '[') + "\"\n") ==
          "r.toml:2:1: unknown key \"x\" in the rules file");
    CHECK(error_of("[[\n") == "r.toml:1:3: syntax error: a table header with no name (expected [name] or [[name]])");
    for (std::string_view header : {"[", "[[", "[\r\n", "[ \t\n", "[#\n", "[=", "[,", "[{", "[.", "[[ .", "[]"})
        CHECK(error_of(header).ends_with(": syntax error: a table header with no name (expected [name] or [[name]])"));
    CHECK(error_of("[ [a] ]\n") == "r.toml:1:3: syntax error in table header: [[array-of-table]] brackets must be "
                                   "contiguous (i.e. [ [ this ] ] is prohibited)");
    CHECK(error_of("a = 1 \xC2\xA1\n") ==
          "r.toml:1:7: syntax error: a character other than ASCII outside a string or a comment (quote it)");
}

TEST_CASE("more than 1,000 rules are refused at the first one too many") {
    std::string rules;
    for (int i = 0; i < 1001; ++i)
        rules += "[[rule]]\nid = \"r" + std::to_string(i) + "\"\n";
    CHECK(error_of(rules) ==
          "r.toml:2001:1: more than 1,000 rules (the most a rules file may hold; see recover-rules(5))");
}
