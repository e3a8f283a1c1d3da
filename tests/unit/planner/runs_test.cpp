// Self-care around runs (src/planner/runs.cpp): foam rolling after easy runs, fascia stretches on
// run days, gentle work after long runs; one item per rule and day, naming every run that called
// for it.

#include "support/plans.hpp"

#include <doctest/doctest.h>

using namespace recover;
using namespace recover::testing;

namespace {

/// The defaults with only `rule` of the run self-care rules, so that its items are seen unmerged.
RuleSet only(std::string_view rule) {
    std::string text;
    for (std::string_view id : {"fascia-stretch", "foam-roll-after-easy", "gentle-after-long"})
        if (id != rule) text += fmt::format("[[rule]]\nid = \"{}\"\nenabled = false\n", id);
    return rules_over(text);
}

constexpr std::string_view week = "2026-03-03,easy,Easy,40,7,3,,\n"
                                  "2026-03-03 18:00,easy,Easy 2,30,5,3,,\n"
                                  "2026-03-05,tempo,Tempo,50,10,7,,\n"
                                  "2026-03-07,race,Parkrun,20,5,9,,\n"
                                  "2026-03-08,long,Long,120,22,5,,\n"
                                  "2026-03-09,ride,Spin,60,30,3,,\n"
                                  "2026-03-10,run,Long with 3x5K at MP,130,24,7,,\n";

} // namespace

TEST_CASE("runs: foam rolling after an easy run, one item for two runs that day") {
    const Plan p = plan_of(week, "2026-12-31", "2026-03-02", "2026-03-15", only("foam-roll-after-easy"));
    CHECK(items_of(p, "foam-roll-after-easy") == "2026-03-03 self-care foam-roll");
    const Item* item = find_item(p, "foam-roll-after-easy", "2026-03-03");
    REQUIRE(item);
    CHECK(item->title == "Foam roll sore spots");
    CHECK(item->minutes == std::array{5, 10});
    CHECK(item->reason == "after Easy on Tue 3 Mar (easy, rpe 3): a few minutes on sore spots keeps the tissue supple");
    REQUIRE(item->triggers.size() == 2);
    CHECK(item->triggers[0].label == "Easy");
    CHECK(item->triggers[1].label == "Easy 2");
    CHECK(item->advice == "A foam roller or a spiky ball, five to ten minutes on the spots that feel sore.");
}

TEST_CASE("runs: fascia stretches on every run day but race day") {
    const Plan p = plan_of(week, "2026-12-31", "2026-03-02", "2026-03-15", only("fascia-stretch"));
    CHECK(items_of(p, "fascia-stretch") == "2026-03-03 self-care stretch, 2026-03-05 self-care stretch, 2026-03-08 "
                                           "self-care stretch, 2026-03-10 self-care stretch");
    const Item* item = find_item(p, "fascia-stretch", "2026-03-05");
    REQUIRE(item);
    CHECK(item->title == "Fascia stretches");
    CHECK(item->minutes == std::array{10, 10});
    CHECK(item->focus == std::vector<std::string>{"hips", "ankles"});
    CHECK(item->reason == "run day Tempo on Thu 5 Mar (hard, rpe 7): fascia stretches keep hips and ankles moving");
}

TEST_CASE("runs: gentle work after a long run, a hard one too") {
    const Plan p = plan_of(week, "2026-12-31", "2026-03-02", "2026-03-15", only("gentle-after-long"));
    CHECK(items_of(p, "gentle-after-long") == "2026-03-08 self-care foam-roll, 2026-03-10 self-care foam-roll");
    const Item* item = find_item(p, "gentle-after-long", "2026-03-08");
    REQUIRE(item);
    CHECK(item->title == "Gentle foam roll and easy stretching");
    CHECK(item->minutes == std::array{10, 15});
    CHECK(item->focus == std::vector<std::string>{"calves", "hamstrings", "quads", "hip flexors"});
    CHECK(item->reason == "after Long on Sun 8 Mar (long, rpe 5): long runs leave microscopic damage; gentle work "
                          "within 24 h (a Swedish massage if one is "
                          "due)");
    CHECK(item->advice == "Gentle work only: roll slowly and stretch easily, without pressing hard on sore tissue. If "
                          "a massage is due, make it a Swedish one.");
    CHECK(find_item(p, "gentle-after-long", "2026-03-10")->reason ==
          "after Long with 3x5K at MP on Tue 10 Mar (hard, rpe 7): long runs leave microscopic damage; gentle work "
          "within 24 h (a Swedish "
          "massage if one is due)");
}

TEST_CASE("runs: a run before the range sets off nothing in it; a planned run does") {
    const Plan p = plan_of("2026-03-01,easy,Easy,40,7,3,,\n2026-03-04,easy,Easy,40,7,3,,\n", "2026-03-02", "2026-03-02",
                           "2026-03-08", only("foam-roll-after-easy"));
    CHECK(items_of(p, "foam-roll-after-easy") == "2026-03-04 self-care foam-roll");
}
