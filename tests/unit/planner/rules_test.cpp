// One test per kind of rule beyond deep massage and maintenance (planner_test.cpp has those):
// the flush after a race, self-care around runs, the niggle rules and "tell your therapist".

#include "recover/load/classify.hpp"
#include "recover/core/dates.hpp"
#include "recover/log/log.hpp"
#include "recover/planner/planner.hpp"

#include <doctest/doctest.h>

using namespace recover;

namespace {

date::local_days day(std::string_view iso) { return *parse_iso_date(iso); }

/// The rules as the defaults spell them, stated here so that the tests say what they rely on.
constexpr std::string_view rules_text = R"(
[[rule]]
id = "post-race-flush"
treatment = "flush-massage"
category = "appointment"
trigger = "after-race"
days = [1, 2]
title = "Flush massage"
minutes = [30, 45]
[[rule]]
id = "gentle-after-long"
treatment = "foam-roll"
category = "self-care"
trigger = "long-run"
days = [0, 1]
title = "Gentle foam roll and easy stretching"
[[rule]]
id = "foam-roll-after-easy"
treatment = "foam-roll"
category = "self-care"
trigger = "easy-run"
days = [0, 0]
title = "Foam roll sore spots"
[[rule]]
id = "fascia-stretch"
treatment = "stretch"
category = "self-care"
trigger = "run-day"
days = [0, 0]
title = "Fascia stretches"
[[rule]]
id = "art-achilles"
treatment = "art"
category = "appointment"
trigger = "niggle-persists"
areas = ["achilles"]
after_days = 3
within_days = 4
title = "ART: Achilles"
[[rule]]
id = "ice-acute"
treatment = "ice"
category = "self-care"
trigger = "niggle-acute"
days = [0, 1]
min_severity = 4
title = "Ice"
[[rule]]
id = "heat-chronic"
treatment = "heat"
category = "self-care"
trigger = "niggle-chronic"
after_days = 7
title = "Heat"
[[rule]]
id = "see-physio-red-flag"
treatment = "physio"
category = "flag"
trigger = "red-flag"
words = ["sharp pain", "numb", "can't walk"]
min_severity = 8
title = "See a sports physio now"
[[rule]]
id = "see-physio-persistent"
treatment = "physio"
category = "flag"
trigger = "niggle-not-improving"
after_days = 7
title = "See a therapist or sports physio"
)";

RuleSet rules_with(std::string_view extra = "") {
    RuleSet defaults = default_rules();
    RuleSet set = load_rules(rules_text, "t.toml", &defaults);
    return extra.empty() ? set : load_rules(extra, "u.toml", &set);
}

Plan plan(std::string_view rows, std::string_view from, std::string_view until, const RuleSet& rules = rules_with()) {
    TrainingLog log = read_log(std::string("date,type,title,duration,distance,rpe,niggle,notes\n") + std::string(rows), "log.csv",
                               LogOptions{day("2026-12-31"), InputFormat::automatic});
    classify_workouts(log.workouts, rules.settings);
    return plan_recovery(log, rules, PlanRequest{day(from), day(until), {}});
}

std::vector<const Item*> items_of(const Plan& p, std::string_view rule) {
    std::vector<const Item*> out;
    for (const Item& item : p.items)
        if (item.rule == rule) out.push_back(&item);
    return out;
}

std::vector<date::local_days> dates_of(const Plan& p, std::string_view rule) {
    std::vector<date::local_days> out;
    for (const Item* item : items_of(p, rule)) out.push_back(item->date);
    return out;
}

} // namespace

TEST_CASE("a flush massage on day 1 or 2 after a race, and no deep work on days 0-2") {
    Plan p = plan("2026-05-03,race,City 10K,42,10,9,,\n", "2026-04-27", "2026-05-17");
    auto flush = items_of(p, "post-race-flush");
    REQUIRE(flush.size() == 1);
    CHECK(flush[0]->date == day("2026-05-04"));
    CHECK(flush[0]->category == Category::appointment);
    CHECK(flush[0]->treatment == Treatment::flush_massage);
    CHECK(flush[0]->reason ==
          "day 1 after City 10K on Sun 3 May: a gentle flush helps the legs recover; no deep work until the blackout ends");
    auto deep = items_of(p, "deep-massage-after-hard");
    REQUIRE(deep.size() == 1); // the race is very hard: 48-72 h is Tue-Wed, but Tue is day 2
    CHECK(deep[0]->date == day("2026-05-06"));
}

TEST_CASE("a flush is not booked in the last days before the next race") {
    // Race Sun 3 May, another Wed 6 May: the flush may not fall after Mon 4 May (2 days out).
    Plan p = plan("2026-05-03,race,A 5K,20,5,9,,\n2026-05-06,race,B 5K,20,5,9,,\n", "2026-04-27", "2026-05-17",
                  rules_with("[[rule]]\nid = \"post-race-flush\"\ndays = [2, 2]\n"));
    auto flush = items_of(p, "post-race-flush");
    REQUIRE(flush.size() == 2);
    CHECK(flush[0]->category == Category::self_care); // Tue 5 May is the day before race B
    CHECK(flush[0]->reason.find("race blackout before B 5K on Wed 6 May") != std::string::npos);
    CHECK(flush[1]->date == day("2026-05-08"));
}

TEST_CASE("self-care around runs: foam rolling after easy runs, gentle work after long runs, fascia on run days") {
    Plan p = plan("2026-03-03,easy,Easy,40,7,3,,\n2026-03-03 18:00,easy,Easy 2,30,5,3,,\n2026-03-05,tempo,Tempo,50,10,7,,\n"
                  "2026-03-08,long,Long,120,22,5,,\n2026-03-09,ride,Spin,60,30,3,,\n",
                  "2026-03-02", "2026-03-15");
    CHECK(dates_of(p, "foam-roll-after-easy") == std::vector{day("2026-03-03")});
    REQUIRE(items_of(p, "foam-roll-after-easy")[0]->triggers.size() == 2); // one item for both runs that day
    CHECK(dates_of(p, "gentle-after-long") == std::vector{day("2026-03-08")});
    CHECK(dates_of(p, "fascia-stretch") == std::vector{day("2026-03-03"), day("2026-03-05"), day("2026-03-08")});
}

TEST_CASE("an Achilles niggle over nine days: ART on day 3, physio on day 7 when no better, heat from day 7") {
    Plan p = plan("2026-04-14,easy,Easy,35,6,3,left achilles:3,\n2026-04-15,easy,Easy,30,5,3,left achilles:3,\n"
                  "2026-04-16,easy,Easy,30,5,3,left achilles:3,\n2026-04-18,easy,Easy,30,5,3,left achilles:3,\n"
                  "2026-04-20,easy,Easy,30,5,3,left achilles:4,\n2026-04-22,easy,Easy,30,5,3,left achilles:3,\n",
                  "2026-04-13", "2026-04-30");
    auto art = items_of(p, "art-achilles");
    REQUIRE(art.size() == 1);
    CHECK(art[0]->date == day("2026-04-16"));
    CHECK(art[0]->treatment == Treatment::art);
    CHECK(art[0]->reason ==
          "left achilles since Tue 14 Apr, 3/10, still there on Thu 16 Apr (day 3): a niggle that persists 3 days calls for Active "
          "Release Technique");
    CHECK(dates_of(p, "see-physio-persistent") == std::vector{day("2026-04-20")});
    CHECK(dates_of(p, "heat-chronic") == std::vector{day("2026-04-20"), day("2026-04-22")});
    CHECK(items_of(p, "ice-acute").empty()); // 3/10 and no sharp words: not acute
    CHECK(items_of(p, "see-physio-red-flag").empty());
}

TEST_CASE("an improving niggle gets a note, not a physio flag") {
    Plan p = plan("2026-04-14,easy,Easy,35,6,3,calf:4,\n2026-04-17,easy,Easy,30,5,3,calf:3,\n2026-04-20,easy,Easy,30,5,3,calf:1,\n",
                  "2026-04-13", "2026-04-30");
    CHECK(items_of(p, "see-physio-persistent").empty());
    REQUIRE(p.notes.size() >= 1);
    bool noted = false;
    for (const Note& n : p.notes) noted |= n.rule == "see-physio-persistent" && n.text == "calf is better after 7 days (4/10 → 1/10): keep an eye on it";
    CHECK(noted);
}

TEST_CASE("sharp knee pain: see a physio the same day, ice for two days") {
    Plan p = plan("2026-05-05,easy,Evening Run,20,3,4,,\"Stopped at 3K, sharp pain on the outside of the knee\"\n", "2026-05-04",
                  "2026-05-10");
    auto flag = items_of(p, "see-physio-red-flag");
    REQUIRE(flag.size() == 1);
    CHECK(flag[0]->date == day("2026-05-05"));
    CHECK(flag[0]->category == Category::flag);
    CHECK(flag[0]->focus == std::vector<std::string>{"IT band"});
    CHECK(dates_of(p, "ice-acute") == std::vector{day("2026-05-05"), day("2026-05-06")});
}

TEST_CASE("negated red-flag words do not raise a flag") {
    Plan p = plan("2026-05-05,easy,Easy,40,7,3,,\"Calf tight, no sharp pain\"\n", "2026-05-04", "2026-05-10");
    CHECK(items_of(p, "see-physio-red-flag").empty());
}

TEST_CASE("ART respects race blackouts and says what it did instead") {
    // Niggle from Mon 4 May, day 3 is Wed 6 May; a race on Sun 10 May closes Thu 7 - Tue 12.
    Plan p = plan("2026-05-04,easy,Easy,30,5,3,achilles:3,\n2026-05-06,easy,Easy,30,5,3,achilles:3,\n2026-05-10,race,10K,40,10,9,,\n",
                  "2026-05-04", "2026-05-17", rules_with("[[rule]]\nid = \"art-achilles\"\nwithin_days = 1\n"));
    auto art = items_of(p, "art-achilles");
    REQUIRE(art.size() == 1);
    CHECK(art[0]->date == day("2026-05-06")); // Wed is still open
    Plan closed = plan("2026-05-05,easy,Easy,30,5,3,achilles:3,\n2026-05-07,easy,Easy,30,5,3,achilles:3,\n2026-05-10,race,10K,40,10,9,,\n",
                       "2026-05-04", "2026-05-17", rules_with("[[rule]]\nid = \"art-achilles\"\nwithin_days = 1\n"));
    auto instead = items_of(closed, "art-achilles");
    REQUIRE(instead.size() == 1);
    CHECK(instead[0]->category == Category::self_care);
    CHECK(instead[0]->title == "Rehab and self-massage instead of ART");
    bool noted = false;
    for (const Note& n : closed.notes) noted |= n.rule == "art-achilles" && n.text.find("race blackout before 10K") != std::string::npos;
    CHECK(noted);
}

TEST_CASE("every appointment says what to tell the therapist") {
    Plan p = plan("2026-05-01,intervals,6x800,55,10,8,calf:3,\n2026-05-02,easy,Easy,30,5,3,calf:2,\n2026-05-24,race,City Half,95,21.1,9,,\n",
                  "2026-05-01", "2026-05-10");
    auto deep = items_of(p, "deep-massage-after-hard");
    REQUIRE(deep.size() == 1);
    const std::string& brief = deep[0]->tell_therapist;
    CHECK(brief.find("this week's load is ") == 0);
    CHECK(brief.find("niggles: calf since Fri 1 May (2/10 on Sat 2 May)") != std::string::npos);
    CHECK(brief.find("next race: City Half on Sun 24 May (21.1 km, in ") != std::string::npos);
    CHECK(brief.find("focus on calves") != std::string::npos);
    CHECK(brief.find("ask for mobility drills to repeat at home") != std::string::npos);
    for (const Item& item : p.items)
        if (item.category != Category::appointment) CHECK(item.tell_therapist.empty());
}
