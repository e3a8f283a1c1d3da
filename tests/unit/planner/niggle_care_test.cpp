// Self-care for niggles, the ladder's first rung (src/planner/niggle_care.cpp): ice in the first
// 48 h of a sharp niggle, heat before runs once it has lasted a week.

#include "support/plans.hpp"

#include <doctest/doctest.h>

using namespace recover;
using namespace recover::testing;

namespace {

/// The defaults without the self-care of runs, so that a niggle's items are seen unmerged.
RuleSet niggle_care_only() {
    return rules_over("[[rule]]\nid = \"fascia-stretch\"\nenabled = false\n"
                      "[[rule]]\nid = \"foam-roll-after-easy\"\nenabled = false\n"
                      "[[rule]]\nid = \"gentle-after-long\"\nenabled = false\n");
}

} // namespace

TEST_CASE("niggle care: ice on the day of a sharp niggle and the next") {
    const Plan p =
        plan_of("2026-05-05,easy,Evening run,20,3,4,,\"Stopped at 3K, sharp pain on the outside of the knee\"\n",
                "2026-12-31", "2026-05-04", "2026-05-10", niggle_care_only());
    CHECK(items_of(p, "ice-acute") == "2026-05-05 self-care ice, 2026-05-06 self-care ice");
    const Item* first = find_item(p, "ice-acute", "2026-05-05");
    REQUIRE(first);
    CHECK(first->title == "Ice the sore spot");
    CHECK(first->focus == std::vector<std::string>{"IT band"});
    CHECK(first->reason == "day 1 of a sharp niggle (sharp pain on the outside of the knee, Tue 5 May): ice calms "
                           "acute inflammation in the "
                           "first 48 h");
    CHECK(first->advice == "Ice, not heat, while it is freshly inflamed.");
    CHECK(names(*first, Cause::What::niggle, "2026-05-05"));
    CHECK(find_item(p, "ice-acute", "2026-05-06")->reason ==
          "day 2 of a sharp niggle (sharp pain on the outside of the knee, Tue 5 May): ice calms acute inflammation in "
          "the first 48 h");
}

TEST_CASE("niggle care: sharp is 4/10 or more, or the words; a mild niggle gets no ice") {
    const Plan rated = plan_of("2026-05-05,easy,Easy run,40,7,3,right calf:5,\n", "2026-12-31", "2026-05-04",
                               "2026-05-10", niggle_care_only());
    CHECK(items_of(rated, "ice-acute") == "2026-05-05 self-care ice, 2026-05-06 self-care ice");
    CHECK(find_item(rated, "ice-acute", "2026-05-05")->reason ==
          "day 1 of a sharp niggle (right calf:5, 5/10, Tue 5 May): ice calms acute inflammation in the first 48 h");
    const Plan swollen = plan_of("2026-05-05,easy,Easy run,40,7,3,,ankle swollen after the trail\n", "2026-12-31",
                                 "2026-05-04", "2026-05-10", niggle_care_only());
    CHECK(items_of(swollen, "ice-acute") == "2026-05-05 self-care ice, 2026-05-06 self-care ice");
    const Plan mild = plan_of("2026-05-05,easy,Easy run,40,7,3,right calf:3,\n", "2026-12-31", "2026-05-04",
                              "2026-05-10", niggle_care_only());
    CHECK(items_of(mild, "ice-acute") == "");
}

TEST_CASE("niggle care: heat before each run from day 7 while the niggle is mentioned") {
    // Left Achilles at 3/10 from Mon 1 Jun, mentioned until Tue 9 Jun; gone by Sat 13.
    const Plan p = plan_of("2026-06-01,easy,Easy run,40,7,3,left achilles:3,\n"
                           "2026-06-03,easy,Easy run,40,7,3,left achilles:3,\n"
                           "2026-06-05,rest,Rest day,,,,left achilles:3,\n"
                           "2026-06-07,long,Long run,95,16,5,left achilles:3,\n"
                           "2026-06-08,rest,Rest day,,,,left achilles:3,\n"
                           "2026-06-09,easy,Easy run,30,5,3,left achilles:3,\n"
                           "2026-06-10,easy,Easy run,30,5,3,,\n"
                           "2026-06-13,easy,Easy run,40,7,3,,\n",
                           "2026-06-30", "2026-06-01", "2026-06-14", niggle_care_only());
    // Runs on day 7 (Sun 7), day 9 (Tue 9) and the day after the last report (Wed 10).
    CHECK(items_of(p, "heat-chronic") ==
          "2026-06-07 self-care heat, 2026-06-09 self-care heat, 2026-06-10 self-care heat");
    const Item* heat = find_item(p, "heat-chronic", "2026-06-07");
    REQUIRE(heat);
    CHECK(heat->title == "Heat before the run");
    CHECK(heat->focus == std::vector<std::string>{"achilles"});
    CHECK(heat->reason == "before Long run on Sun 7 Jun (long, rpe 5): left achilles has lasted 7 days; heat loosens "
                          "chronic tightness before "
                          "a session");
    CHECK(heat->advice ==
          "Heat loosens chronic tightness before a session; do not use heat on an area that is inflamed.");
    CHECK(names(*heat, Cause::What::niggle, "2026-06-01"));
    CHECK(names(*heat, Cause::What::workout, "2026-06-07"));
    // Not sharp: no ice.
    CHECK(items_of(p, "ice-acute") == "");
}

TEST_CASE("niggle care: joins the day's self-care") {
    const Plan p = plan_of("2026-05-05,easy,Easy run,40,7,3,right calf:5,\n", "2026-12-31", "2026-05-04", "2026-05-10");
    const Item* day = self_care_on(p, "2026-05-05");
    REQUIRE(day);
    CHECK(day->rule == "fascia-stretch+foam-roll-after-easy+ice-acute");
    CHECK(day->title == "Fascia stretches 10 min, foam roll sore spots 5–10 min, ice the sore spot");
    CHECK(day->focus == std::vector<std::string>{"hips", "ankles", "calf"});
    const Item* next = self_care_on(p, "2026-05-06");
    REQUIRE(next);
    CHECK(next->rule == "ice-acute");
}
