// "Tell your therapist" (src/planner/brief.cpp): what the articles say a runner should bring to
// every appointment — the training load, recent pains, the next race, the areas to work on and a
// request for drills to repeat at home — and, first, any red flag still open.

#include "support/plans.hpp"

#include <doctest/doctest.h>

using namespace recover;
using namespace recover::testing;

TEST_CASE("brief: the week's load, recent niggles, the next race, the focus, drills for home") {
    const Plan p = plan_of("2026-05-01,intervals,6x800,55,10,8,calf:3,\n"
                           "2026-05-02,easy,Easy,30,5,3,calf:2,\n"
                           "2026-05-24,race,City Half,95,21.1,9,,\n",
                           "2026-12-31", "2026-05-01", "2026-05-31");
    CHECK(appointments_of(p) ==
          "2026-05-03 deep-massage (deep-massage-after-hard), 2026-05-25 flush-massage (post-race-flush)");
    CHECK(find_item(p, "deep-massage-after-hard", "2026-05-03")->tell_therapist ==
          "this week's load is 85, a normal week (too little history for acwr); niggles: calf since Fri 1 May (2/10 on "
          "Sat 2 May); next "
          "race: City Half on Sun 24 May (21.1 km, in 21 days); focus on calves, quads, IT band, glutes, hip flexors, "
          "plantar fascia; ask for "
          "mobility drills to repeat at home");
    // After the race, three weeks on: the calf is old news, no race ahead.
    CHECK(find_item(p, "post-race-flush", "2026-05-25")->tell_therapist ==
          "this week's load is 0, a normal week (no workouts logged); no niggles in the last two weeks; no race "
          "planned; focus on calves, "
          "hamstrings, quads, hip flexors; ask for mobility drills to repeat at home");
    for (const Item& item : p.items)
        if (item.category != Category::appointment) CHECK_MESSAGE(item.tell_therapist.empty(), short_text(item));
}

TEST_CASE("brief: a niggle without a severity says when it was last mentioned; a heavy week says why") {
    const std::string rows = weeks_of("2026-02-16", 2, heavy_week) + "2026-02-20,rest,Rest day,,,,left hamstring,\n";
    const Plan p = plan_of(rows, "2026-12-31", "2026-02-16", "2026-03-01");
    REQUIRE_FALSE(appointments_of(p).empty());
    const Item& first = *std::find_if(p.items.begin(), p.items.end(),
                                      [](const Item& i) { return i.category == Category::appointment; });
    CHECK(iso_date(first.date) == "2026-02-22");
    CHECK(first.tell_therapist.starts_with(
        "this week's load is 275, a heavy week (3 hard days); niggles: left hamstring since Fri 20 Feb "
        "(last mentioned Fri 20 Feb); no race planned; focus on "));
}

TEST_CASE("brief: an open red flag comes first, on every appointment while it is open") {
    // A flush after the 10K is booked while the knee's red flag is open.
    const Plan p = plan_of("2026-05-07,easy,Easy run,40,7,3,,\"sharp pain on the outside of the knee\"\n"
                           "2026-05-10,race,City 10K,45,10,9,,\n"
                           "2026-05-20,physio,Physio,40,,,,\n",
                           "2026-12-31", "2026-05-04", "2026-05-31");
    const Item* flush = find_item(p, "post-race-flush", "2026-05-11");
    REQUIRE(flush);
    CHECK(flush->tell_therapist.starts_with(
        "open red flag: \"sharp pain\" in IT band since Thu 7 May, not yet seen by a physio: no deep "
        "work, nothing on the IT band; this week's load is "));
    // After it is closed, nothing about it.
    for (const Item& item : p.items)
        if (item.category == Category::appointment && item.date > day("2026-05-14"))
            CHECK_MESSAGE(item.tell_therapist.find("red flag") == std::string::npos, short_text(item));
}
