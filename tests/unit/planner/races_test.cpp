// Race week in plain sight (src/planner/races.cpp): an item on race day, the blackout as one item
// over every day it closes with what is still fine until when, and the gentle flush after it.

#include "support/plans.hpp"

#include <doctest/doctest.h>

using namespace recover;
using namespace recover::testing;

TEST_CASE("races: race day is an item of its own") {
    const Plan p = plan_of("2026-03-08,race,City 10K,45,10,9,,\n", "2026-12-31", "2026-03-01", "2026-03-15");
    CHECK(items_of(p, "race-blackout") == "2026-03-05 flag blackout, 2026-03-08 race blackout");
    const Item* race = find_item(p, "race-blackout", "2026-03-08", Category::race);
    REQUIRE(race);
    CHECK(race->title == "Race: City 10K");
    CHECK(race->reason == "race day (10.0 km): the plan keeps deep work away from it");
    CHECK_FALSE(race->until);
    CHECK(race->minutes == std::array{0, 0});
    CHECK(race->focus.empty());
    CHECK(race->advice.empty());
    CHECK(race->tell_therapist.empty());
    REQUIRE(race->triggers.size() == 1);
    CHECK(race->triggers[0].what == Cause::What::race);
    CHECK(race->triggers[0].label == "City 10K");
    REQUIRE(p.races.size() == 1);
    CHECK(p.races[0].distance_km == 10);
}

TEST_CASE("races: the blackout is one item over every day it closes, with what is still fine until when") {
    const Plan p = plan_of("2026-03-08,race,City 10K,45,10,9,,\n", "2026-12-31", "2026-03-01", "2026-03-15");
    const Item* blackout = find_item(p, "race-blackout", "2026-03-05", Category::flag);
    REQUIRE(blackout);
    CHECK(blackout->treatment == Treatment::blackout);
    CHECK(blackout->title == "Race blackout: no deep massage or ART");
    CHECK(blackout->until == day("2026-03-10")); // 3 days before to 2 after
    CHECK(blackout->reason == "City 10K on Sun 8 Mar: no deep massage or ART from Thu 5 Mar until Tue 10 Mar");
    CHECK(blackout->advice == "A light flush massage is still fine until Fri 6 Mar; after that, foam rolling and easy "
                              "stretching only. Deep work again from Wed "
                              "11 Mar.");
    CHECK(names(*blackout, Cause::What::race, "2026-03-08"));
    CHECK(blackout->source == "massage-types-and-timing.txt; art-pain-management-mobility.txt; practitioner consensus "
                              "(deep work 3-5 days out, flush about 2 days "
                              "out)");
    // A flush allowed no later than the blackout's first day: nothing light either.
    const Plan strict = plan_of("2026-03-08,race,City 10K,45,10,9,,\n", "2026-12-31", "2026-03-01", "2026-03-15",
                                rules_over("[[rule]]\nid = \"race-blackout\"\nflush_until_days = 4\n"));
    CHECK(find_item(strict, "race-blackout", "2026-03-05", Category::flag)->advice ==
          "Foam rolling and easy stretching only. Deep work again from Wed 11 Mar.");
}

TEST_CASE("races: a race of 30 km or more closes the week before it; --race races count too") {
    const Plan p = plan_of("2026-03-01,easy,Easy run,40,7,3,,\n", "2026-12-31", "2026-03-01", "2026-04-05", built_in(),
                           {*parse_race_option("2026-03-29:Spring Marathon")});
    CHECK(items_of(p, "race-blackout") == "2026-03-22 flag blackout, 2026-03-29 race blackout");
    const Item* blackout = find_item(p, "race-blackout", "2026-03-22", Category::flag);
    REQUIRE(blackout);
    CHECK(blackout->until == day("2026-03-31"));
    CHECK(blackout->reason == "Spring Marathon on Sun 29 Mar: no deep massage or ART from Sun 22 Mar until Tue 31 Mar");
    CHECK(blackout->advice == "A light flush massage is still fine until Fri 27 Mar; after that, foam rolling and easy "
                              "stretching only. Deep work again from Mon "
                              "6 Apr."); // the marathon's gentle week outlasts the blackout
    CHECK(find_item(p, "race-blackout", "2026-03-29", Category::race)->reason ==
          "race day (42.2 km): the plan keeps deep work away from it");
    // A race whose distance nobody says.
    const Plan fun =
        plan_of("", "2026-12-31", "2026-03-01", "2026-04-05", built_in(), {*parse_race_option("2026-03-25:Fun run")});
    CHECK(find_item(fun, "race-blackout", "2026-03-25", Category::race)->reason ==
          "race day: the plan keeps deep work away from it");
}

TEST_CASE("races: a blackout that began before the range is still in the plan, with its first day") {
    const std::string rows = "2026-03-08,race,City 10K,45,10,9,,\n";
    const Plan p = plan_of(rows, "2026-12-31", "2026-03-07", "2026-03-07");
    CHECK(items_of(p, "race-blackout") == "2026-03-05 flag blackout");
    CHECK(p.items.front().until == day("2026-03-10"));
    // Its last day is the last one in range; the race day itself is out of it.
    CHECK(items_of(plan_of(rows, "2026-12-31", "2026-03-10", "2026-03-12"), "race-blackout") ==
          "2026-03-05 flag blackout");
    CHECK(items_of(plan_of(rows, "2026-12-31", "2026-03-11", "2026-03-12"), "race-blackout") == "");
    CHECK(items_of(plan_of(rows, "2026-12-31", "2026-02-20", "2026-03-04"), "race-blackout") == "");
}

TEST_CASE("races: a flush on day 1 after a race, else day 2, else foam rolling and a note") {
    const std::string rows = "2026-03-08,race,City 10K,45,10,9,,\n";
    const Plan p = plan_of(rows, "2026-12-31", "2026-03-01", "2026-03-15");
    CHECK(items_of(p, "post-race-flush") == "2026-03-09 appointment flush-massage");
    const Item* flush = find_item(p, "post-race-flush", "2026-03-09");
    REQUIRE(flush);
    CHECK(flush->title == "Flush massage");
    CHECK(flush->minutes == std::array{30, 45});
    CHECK(flush->focus == std::vector<std::string>{"calves", "hamstrings", "quads", "hip flexors"});
    CHECK(flush->reason ==
          "day 1 after City 10K on Sun 8 Mar: a gentle flush helps the legs recover; no deep work yet");
    CHECK(names(*flush, Cause::What::race, "2026-03-08"));

    // The therapist does not work on Mondays: day 2.
    const Plan tuesday = plan_of(rows, "2026-12-31", "2026-03-01", "2026-03-15",
                                 rules_over("[therapist]\ndays = [\"tue\", \"wed\", \"thu\", \"fri\", \"sat\"]\n"));
    CHECK(items_of(tuesday, "post-race-flush") == "2026-03-10 appointment flush-massage");
    CHECK(find_item(tuesday, "post-race-flush", "2026-03-10")->reason ==
          "day 2 after City 10K on Sun 8 Mar: a gentle flush helps the legs recover; no deep work yet");

    // Nor on Tuesdays: foam rolling on day 1, and a note that says why.
    const Plan neither = plan_of(rows, "2026-12-31", "2026-03-01", "2026-03-15",
                                 rules_over("[therapist]\ndays = [\"wed\", \"thu\", \"fri\", \"sat\"]\n"));
    CHECK(items_of(neither, "post-race-flush") == "2026-03-09 self-care foam-roll");
    const Item* instead = find_item(neither, "post-race-flush", "2026-03-09");
    REQUIRE(instead);
    CHECK(instead->stand_in);
    CHECK(instead->title == "Foam roll instead of massage");
    CHECK(instead->reason == "no appointment (Flush massage) could be booked after City 10K on Sun 8 Mar: therapist not available on "
                             "Mondays; therapist not available on "
                             "Tuesdays; foam rolling instead");
    CHECK(notes_of(neither, "post-race-flush") == "2026-03-09 Flush massage after City 10K on Sun 8 Mar not booked: "
                                                  "therapist not available on Mondays; therapist not available on "
                                                  "Tuesdays; foam rolling instead");
}

TEST_CASE("races: a massage received after the race is its flush") {
    const Plan p = plan_of("2026-03-08,race,City 10K,45,10,9,,\n2026-03-09,massage,Massage,45,,,,\n", "2026-12-31",
                           "2026-03-01", "2026-03-15");
    CHECK(items_of(p, "post-race-flush") == "");
    CHECK(notes_of(p, "post-race-flush") ==
          "2026-03-09 the massage you had on Mon 9 Mar is the flush after City 10K on Sun 8 Mar");
}

TEST_CASE("races: no flush in the last days before the next race") {
    // Race A Sun 3 May, race B Wed 6 May: a flush no later than Mon 4 May (two days before B).
    const std::string rows = "2026-05-03,race,A 5K,20,5,9,,\n2026-05-06,race,B 5K,20,5,9,,\n";
    const RuleSet day_two = rules_over("[[rule]]\nid = \"post-race-flush\"\ndays = [2, 2]\n");
    const Plan p = plan_of(rows, "2026-12-31", "2026-04-27", "2026-05-17", day_two);
    CHECK(items_of(p, "post-race-flush") == "2026-05-05 self-care foam-roll, 2026-05-08 appointment flush-massage");
    CHECK(notes_of(p, "post-race-flush") == "2026-05-05 Flush massage after A 5K on Sun 3 May not booked: race "
                                            "blackout before B 5K on Wed 6 May; foam rolling instead");
    // Both races are items, both blackouts too.
    CHECK(items_of(p, "race-blackout", Category::race) == "2026-05-03 race blackout, 2026-05-06 race blackout");
    CHECK(items_of(p, "race-blackout", Category::flag) == "2026-04-30 flag blackout, 2026-05-03 flag blackout");
}

TEST_CASE("races: the flush after a race is on the massage clock") {
    // Last massage Fri 10 Apr, due Fri 1 May; the flush on Mon 27 Apr resets the clock: the next
    // massage is due three weeks after it (Mon 18 May) and lands after the intervals of Tue 19 May.
    std::string rows;
    for (const std::string_view row :
         {"2026-04-10,massage,Sports massage,60,,,,", "2026-04-20,easy,Easy run,40,7,3,,",
          "2026-04-21,intervals,Race pace 4K,40,7,8,,", "2026-04-23,easy,Easy run,30,5,3,,",
          "2026-04-25,easy,Shakeout,20,4,2,,", "2026-04-26,race,Spring Half,95,21.1,9,,",
          "2026-04-28,easy,Recovery jog,30,5,2,,", "2026-04-30,easy,Easy run,45,8,3,,",
          "2026-05-02,easy,Easy run,40,7,3,,", "2026-05-03,run,Sunday run,75,13,4,,"})
        rows += std::string(row) + "\n";
    rows += weeks_of("2026-03-02", 7, normal_week) + weeks_of("2026-05-04", 3, normal_week);
    const Plan p = plan_of(rows, "2026-12-31", "2026-04-20", "2026-05-24");
    CHECK(appointments_of(p) ==
          "2026-04-27 flush-massage (post-race-flush), 2026-05-21 deep-massage (deep-massage-after-hard)");
    CHECK(find_item(p, "deep-massage-after-hard", "2026-05-21")->reason ==
          "24 days since the last massage on Mon 27 Apr: every 2–4 weeks; 48 h after 6x1K on Tue 19 May: deep work "
          "48–72 h after a very "
          "hard session");
}
