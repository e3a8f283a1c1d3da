// The niggle ladder and its red flags (src/planner/niggles.cpp): a red flag sends the runner to a
// physio at once and stops deep work until a visit is logged; a niggle that persists a week and is
// not improving gets "see a therapist or sports physio" (with "ask about ART"); ART only once a
// professional has assessed it.

#include "support/plans.hpp"

#include <doctest/doctest.h>

using namespace recover;
using namespace recover::testing;

namespace {

/// A left Achilles reported at 3/10 on every other day from Mon 13 Apr to Tue 21 Apr (days 1-9),
/// on easy runs; on Sun 19 Apr (day 7) the niggle cell `day7_niggle` and the notes `day7_notes`.
std::string achilles_rows(std::string_view day7_niggle = "left achilles:3", std::string_view day7_notes = "") {
    return fmt::format("2026-04-06,massage,Sports massage,60,,,,\n"
                       "2026-04-13,easy,Easy run,40,7,3,left achilles:3,\n"
                       "2026-04-15,easy,Easy run,40,7,3,left achilles:3,\n"
                       "2026-04-17,easy,Easy run,35,6,3,left achilles:3,\n"
                       "2026-04-19,easy,Easy run,40,7,3,{},{}\n"
                       "2026-04-21,easy,Easy run,40,7,3,left achilles:3,\n",
                       day7_niggle, day7_notes);
}

} // namespace

TEST_CASE("red flag: sharp pain is a flag to see a physio that day, and one note") {
    const Plan p =
        plan_of("2026-05-01,massage,Sports massage,60,,,,\n"
                "2026-05-05,easy,Evening run,20,3,4,,\"Stopped at 3K, sharp pain on the outside of the knee\"\n",
                "2026-12-31", "2026-05-04", "2026-05-10");
    CHECK(items_of(p, "see-physio-red-flag") == "2026-05-05 flag physio");
    const Item* flag = find_item(p, "see-physio-red-flag", "2026-05-05");
    REQUIRE(flag);
    CHECK(flag->title == "See a sports physio now");
    CHECK(flag->focus == std::vector<std::string>{"IT band"});
    CHECK(flag->reason == "IT band on Tue 5 May (\"sharp pain\"): sudden sharp pain, "
                          "numbness, or pain that "
                          "limits walking or sleep needs a sports physio now, not massage");
    CHECK(flag->advice == "Have it assessed before any more running, massage or ART on it.");
    CHECK(names(*flag, Cause::What::niggle, "2026-05-05"));
    CHECK(notes_of(p) == "2026-05-05 red flag for the IT band: no deep work at all and nothing on the IT band until a "
                         "physio visit is logged "
                         "(or 7 days without a mention)");
}

TEST_CASE("red flag: a severity of 8/10 is one whatever the words; denied words are not") {
    const Plan severe = plan_of("2026-05-05,easy,Easy run,30,5,3,calf:8,\n", "2026-12-31", "2026-05-04", "2026-05-10");
    CHECK(items_of(severe, "see-physio-red-flag") == "2026-05-05 flag physio");
    CHECK(find_item(severe, "see-physio-red-flag", "2026-05-05")->reason ==
          "calf on Tue 5 May (severity 8/10): sudden sharp pain, numbness, or pain that limits walking or sleep "
          "needs a sports physio "
          "now, not massage");
    const Plan denied = plan_of("2026-05-05,easy,Easy run,40,7,3,,\"Calf tight, no sharp pain\"\n", "2026-12-31",
                                "2026-05-04", "2026-05-10");
    CHECK(items_of(denied, "see-physio-red-flag") == "");
    CHECK(notes_of(denied) == "");
}

TEST_CASE("red flag: no deep work until the physio visit, or until the area goes unmentioned for clear_days") {
    // Maintenance is due Wed 13 May (last massage Wed 22 Apr), two days after sharp calf pain.
    std::string rows = without(weeks_of("2026-04-06", 7, steady_week), {"2026-05-11"});
    rows += "2026-04-22,massage,Sports massage,60,,,,\n"
            "2026-05-11,easy,Easy run,40,7,3,,\"Sharp pain in my right calf, stopped\"\n"
            "2026-05-12,rest,Rest day,,,,right calf:4,\n";
    // Mentioned last on Tue 12: open until Tue 19 May; the massage goes to Wed 20, the last day of
    // its window, and the first day open to it.
    const Plan unseen = plan_of(rows, "2026-06-30", "2026-05-04", "2026-05-24");
    CHECK(appointments_of(unseen) == "2026-05-20 maintenance-massage (maintenance-massage)");
    CHECK(notes_of(unseen, "see-physio-red-flag") ==
          "2026-05-11 red flag for the calf: no deep work at all and nothing on the calf until a physio visit is "
          "logged (or 7 days without "
          "a mention)");
    // A physio visit on Thu 14 May closes it: the massage comes the day after.
    const Plan seen =
        plan_of(rows + "2026-05-14,physio,Physio: calf,45,,,,\n", "2026-06-30", "2026-05-04", "2026-05-24");
    CHECK(appointments_of(seen) == "2026-05-15 maintenance-massage (maintenance-massage)");
    CHECK(notes_of(seen, "see-physio-red-flag") == "2026-05-11 red flag for the calf: no deep work at all and nothing "
                                                   "on the calf until the physio visit on Thu 14 May");
    // A physio visit for another area does not.
    const Plan elsewhere =
        plan_of(rows + "2026-05-14,physio,Physio: low back,45,,,,\n", "2026-06-30", "2026-05-04", "2026-05-24");
    CHECK(appointments_of(elsewhere) == "2026-05-20 maintenance-massage (maintenance-massage)");
}

TEST_CASE("red flag: one per episode, and it takes the place of the ladder's step") {
    // Sharp Achilles pain on day 1; still there on day 7 and after: no "see a therapist" flag, the
    // red flag has sent the runner to a physio already. The visit on Wed 22 Apr assesses it: ART
    // the day after.
    const Plan p = plan_of("2026-04-13,easy,Easy run,40,7,3,left achilles:3,\"sharp pain in the achilles\"\n"
                           "2026-04-15,easy,Easy run,40,7,3,left achilles:3,\n"
                           "2026-04-17,easy,Easy run,40,7,3,left achilles:3,\n"
                           "2026-04-19,easy,Easy run,40,7,3,left achilles:3,sharp pain again\n"
                           "2026-04-21,easy,Easy run,40,7,3,left achilles:3,\n"
                           "2026-04-22,physio,Physio: achilles,40,,,,\n"
                           "2026-04-23,easy,Easy run,40,7,3,left achilles:3,\n",
                           "2026-12-31", "2026-04-13", "2026-04-30");
    CHECK(items_of(p, "see-physio-red-flag") == "2026-04-13 flag physio");
    CHECK(items_of(p, "see-physio-persistent") == "");
    CHECK(items_of(p, "art-achilles") == "2026-04-23 appointment art");
    CHECK(deep_work_in(p, "2026-04-13", "2026-04-22") == "");
    CHECK(find_item(p, "art-achilles", "2026-04-23")->reason ==
          "left achilles since Mon 13 Apr, 3/10, assessed on Wed 22 Apr: a niggle that persists and is not improving; "
          "ART with a certified "
          "provider");
}

TEST_CASE("ladder: a niggle getting better gets a note and self-care, no physio flag and no ART") {
    // 1/10 and "much better today" on day 7.
    const Plan p =
        plan_of(achilles_rows("left achilles:1", "much better today"), "2026-04-21", "2026-04-13", "2026-04-30");
    CHECK(items_of(p, "see-physio-persistent") == "");
    CHECK(items_of(p, "art-achilles") == "");
    CHECK(notes_of(p, "see-physio-persistent") ==
          "2026-04-19 left achilles is getting better after 7 days, 1/10: self-care only, keep an eye on it");
    // The words alone say so too.
    const Plan words =
        plan_of(achilles_rows("left achilles:3", "achilles feels better"), "2026-04-21", "2026-04-13", "2026-04-30");
    CHECK(items_of(words, "see-physio-persistent") == "");
    CHECK(notes_of(words, "see-physio-persistent") ==
          "2026-04-19 left achilles is getting better after 7 days, 3/10: self-care only, keep an eye on it");
}

TEST_CASE("ladder: a niggle not improving after a week: see a therapist on day 7, ask about ART, ART after it") {
    const Plan p = plan_of(achilles_rows("left achilles:3", "still sore"), "2026-04-21", "2026-04-13", "2026-04-30");
    CHECK(items_of(p, "see-physio-persistent") == "2026-04-19 flag physio");
    const Item* flag = find_item(p, "see-physio-persistent", "2026-04-19");
    REQUIRE(flag);
    CHECK(flag->title == "See a therapist or sports physio");
    CHECK(flag->focus == std::vector<std::string>{"achilles"});
    CHECK(flag->reason == "left achilles since Mon 13 Apr, 3/10, still there on Sun 19 Apr, 3/10 (day 7): a niggle not "
                          "improving after a week "
                          "needs a therapist or sports physio");
    CHECK(flag->advice == "Ask them to assess your movement patterns: small changes to stride or cadence often fix "
                          "recurring aches. Ask about "
                          "Active Release Technique for the achilles.");
    CHECK(names(*flag, Cause::What::niggle, "2026-04-13"));
    CHECK(names(*flag, Cause::What::niggle, "2026-04-19"));
    // ART the day after the step, never before it.
    CHECK(items_of(p, "art-achilles") == "2026-04-20 appointment art");
    const Item* art = find_item(p, "art-achilles", "2026-04-20");
    REQUIRE(art);
    CHECK(art->title == "ART: Achilles");
    CHECK(art->focus == std::vector<std::string>{"achilles", "calves"});
    CHECK(art->reason == "left achilles since Mon 13 Apr, 3/10, assessed on Sun 19 Apr: a niggle that persists and is "
                         "not improving; ART with "
                         "a certified provider");
    CHECK(art->advice == "With a certified ART provider. Calf work goes with it: roll and stretch the calves, since "
                         "tight calves pull on the "
                         "Achilles and restrictions there limit push-off.");
    // No other ART rule answers an Achilles niggle.
    for (std::string_view rule : {"art-plantar-fasciitis", "art-it-band", "art-hamstring", "art-low-back"})
        CHECK(items_of(p, rule) == "");
}

TEST_CASE("ladder: the step comes with the first report from day 7; no ART sentence for an area without ART") {
    const Plan p = plan_of("2026-04-13,easy,Easy run,40,7,3,calf:3,\n2026-04-15,easy,Easy run,40,7,3,calf:3,\n"
                           "2026-04-17,easy,Easy run,40,7,3,calf:3,\n2026-04-20,easy,Easy run,40,7,3,calf:3,\n"
                           "2026-04-22,easy,Easy run,40,7,3,calf:3,\n",
                           "2026-12-31", "2026-04-13", "2026-04-30");
    CHECK(items_of(p, "see-physio-persistent") == "2026-04-20 flag physio");
    const Item* flag = find_item(p, "see-physio-persistent", "2026-04-20");
    REQUIRE(flag);
    CHECK(flag->reason == "calf since Mon 13 Apr, 3/10, still there on Mon 20 Apr, 3/10 (day 8): a niggle not "
                          "improving after a week needs a "
                          "therapist or sports physio");
    CHECK(flag->advice ==
          "Ask them to assess your movement patterns: small changes to stride or cadence often fix recurring aches.");
    // A niggle over before day 7 never reaches the step.
    const Plan short_one = plan_of("2026-04-13,easy,Easy run,40,7,3,calf:3,\n2026-04-16,easy,Easy run,40,7,3,calf:3,\n",
                                   "2026-12-31", "2026-04-13", "2026-04-30");
    CHECK(items_of(short_one, "see-physio-persistent") == "");
    CHECK(notes_of(short_one, "see-physio-persistent") == "");
}

TEST_CASE("ART: a logged physio visit for the area lets it come once the niggle has lasted after_days") {
    const Plan p = plan_of(achilles_rows() + "2026-04-15,physio,Physio: achilles,40,,,,\n", "2026-04-21", "2026-04-13",
                           "2026-04-30");
    CHECK(items_of(p, "art-achilles") == "2026-04-16 appointment art");
    CHECK(find_item(p, "art-achilles", "2026-04-16")->reason ==
          "left achilles since Mon 13 Apr, 3/10, assessed on Wed 15 Apr: a niggle that persists and is not improving; "
          "ART with a certified "
          "provider");
    // Visited on day 1: ART waits for day 3 all the same.
    const Plan early = plan_of(achilles_rows() + "2026-04-13,physio,Physio: achilles,40,,,,\n", "2026-04-21",
                               "2026-04-13", "2026-04-30");
    CHECK(items_of(early, "art-achilles") == "2026-04-15 appointment art");
    // A visit for another area does not count; one naming no area does.
    CHECK(items_of(plan_of(achilles_rows() + "2026-04-15,physio,Physio: low back,40,,,,\n", "2026-04-21", "2026-04-13",
                           "2026-04-30"),
                   "art-achilles") == "2026-04-20 appointment art");
    CHECK(items_of(plan_of(achilles_rows() + "2026-04-15,physio,Physio check,40,,,,\n", "2026-04-21", "2026-04-13",
                           "2026-04-30"),
                   "art-achilles") == "2026-04-16 appointment art");
}

TEST_CASE("ART: not for a niggle getting better when it is assessed") {
    // 4/10, then 2/10 and "much better today"; the physio sees it the day after.
    const Plan p = plan_of("2026-04-13,easy,Easy run,40,7,3,left achilles:4,\n"
                           "2026-04-15,easy,Easy run,40,7,3,left achilles:2,much better today\n"
                           "2026-04-16,physio,Physio: achilles,40,,,,\n",
                           "2026-04-21", "2026-04-13", "2026-04-30");
    CHECK(items_of(p, "art-achilles") == "");
}

TEST_CASE("ART: a logged ART session covers it; a closed window gives rehab instead, and a note") {
    const Plan had = plan_of(achilles_rows() + "2026-04-21,art,ART session,30,,,,achilles\n", "2026-04-21",
                             "2026-04-13", "2026-04-30");
    CHECK(items_of(had, "art-achilles") == "");
    CHECK(notes_of(had, "art-achilles") ==
          "2026-04-21 the ART you had on Tue 21 Apr covers left achilles since Mon 13 Apr");
    // A 10K on Fri 24 Apr closes deep work from Tue 21; Mon 20 is the day before the intervals.
    const Plan closed =
        plan_of(achilles_rows() + "2026-04-21,intervals,6x800,50,9,8,,\n2026-04-24,race,Park 10K,42,10,9,,\n",
                "2026-04-21", "2026-04-13", "2026-04-30");
    CHECK(items_of(closed, "art-achilles") == "2026-04-20 self-care foam-roll");
    const Item* instead = find_item(closed, "art-achilles", "2026-04-20");
    REQUIRE(instead);
    CHECK(instead->title == "Rehab and self-massage instead of ART");
    CHECK(notes_of(closed, "art-achilles") == "2026-04-20 ART: Achilles for left achilles since Mon 13 Apr not booked: "
                                              "hard workout on Tue 21 Apr (6x800); race blackout before "
                                              "Park 10K on Fri 24 Apr; rehab and self-massage instead");
}
