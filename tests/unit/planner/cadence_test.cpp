// The massage cadence (src/planner/cadence.cpp): one clock decides how many massages there are
// (every 2–4 weeks, weekly in heavy weeks, foam rolling instead in easy weeks), and the hard
// sessions decide where a due one lands. Weekdays are given beside the dates so that the
// reasoning can be checked by eye.

#include "support/plans.hpp"

#include <doctest/doctest.h>

using namespace recover;
using namespace recover::testing;

namespace {

constexpr std::string_view every_session = "[[rule]]\nid = \"deep-massage-after-hard\"\nevery_session = true\n";

const std::vector<std::string> deep_focus{"calves", "quads", "IT band", "glutes", "hip flexors", "plantar fascia"};
const std::vector<std::string> maintenance_focus{"calves", "hamstrings", "quads", "hip flexors", "glutes"};

} // namespace

TEST_CASE("cadence: with no massage on record, one on the first open day, then every three weeks") {
    const Plan p = plan_of(weeks_of("2026-01-05", 10, steady_week), "2026-06-30", "2026-02-02", "2026-03-15");
    CHECK(appointments_of(p) ==
          "2026-02-02 maintenance-massage (maintenance-massage), 2026-02-23 maintenance-massage (maintenance-massage)");
    const Item* first = find_item(p, "maintenance-massage", "2026-02-02");
    REQUIRE(first);
    CHECK(first->reason == "no massage on record: maintenance every 2–4 weeks keeps tissues responsive");
    CHECK(first->title == "Maintenance massage");
    CHECK(first->minutes == std::array{45, 60});
    CHECK(first->focus == maintenance_focus);
    const Item* second = find_item(p, "maintenance-massage", "2026-02-23");
    REQUIRE(second);
    CHECK(second->reason == "21 days since the last massage on Mon 2 Feb: every 2–4 weeks");
    REQUIRE(second->triggers.size() == 1);
    CHECK(second->triggers[0].what == Cause::What::clock);
    CHECK(second->triggers[0].date == day("2026-02-02"));
    CHECK(second->triggers[0].label == "last massage");
}

TEST_CASE("cadence: a massage received resets the clock") {
    const std::string rows = weeks_of("2026-01-05", 10, steady_week) + "2026-01-28,massage,Sports massage,60,,,,\n";
    CHECK(appointments_of(plan_of(rows, "2026-06-30", "2026-02-02", "2026-03-15")) ==
          "2026-02-18 maintenance-massage (maintenance-massage), 2026-03-11 maintenance-massage (maintenance-massage)");
    // One more on Tue 10 Feb: the next is due three weeks after it, Tue 3 Mar.
    const Plan p =
        plan_of(rows + "2026-02-10,massage,Massage with Anna,60,,,,\n", "2026-06-30", "2026-02-02", "2026-03-15");
    CHECK(appointments_of(p) == "2026-03-03 maintenance-massage (maintenance-massage)");
    const Item* item = find_item(p, "maintenance-massage", "2026-03-03");
    REQUIRE(item);
    CHECK(item->reason == "21 days since the last massage on Tue 10 Feb: every 2–4 weeks");
}

TEST_CASE("cadence: a due massage waits for a day 48-72 h after a hard session, and is deep work that names it") {
    // Last massage Wed 28 Jan: due Wed 18 Feb, and open; but Thu 19 Feb is 48 h after the Tuesday
    // intervals, inside the window (until Wed 25 Feb): the massage goes there, as deep work.
    const std::string rows = weeks_of("2026-01-05", 10, normal_week) + "2026-01-28,massage,Sports massage,60,,,,\n";
    const Plan p = plan_of(rows, "2026-06-30", "2026-02-02", "2026-03-15");
    CHECK(appointments_of(p) ==
          "2026-02-19 deep-massage (deep-massage-after-hard), 2026-03-12 deep-massage (deep-massage-after-hard)");
    const Item* deep = find_item(p, "deep-massage-after-hard", "2026-02-19");
    REQUIRE(deep);
    CHECK(deep->title == "Deep sports massage");
    CHECK(deep->treatment == Treatment::deep_massage);
    CHECK(deep->minutes == std::array{45, 60});
    CHECK(deep->focus == deep_focus);
    CHECK(deep->reason == "22 days since the last massage on Wed 28 Jan: every 2–4 weeks; 48 h after 6x1K on Tue 17 "
                          "Feb: deep work 48–72 h after a very "
                          "hard session");
    REQUIRE(deep->triggers.size() == 2);
    CHECK(names(*deep, Cause::What::clock, "2026-01-28"));
    CHECK(names(*deep, Cause::What::workout, "2026-02-17"));
    CHECK(deep->triggers[1].label == "6x1K");
    CHECK(deep->source == "massage-types-and-timing.txt");
    // No note: nothing was put off.
    CHECK(notes_of(p) == "");
}

TEST_CASE("cadence: weekly in heavy weeks, every three weeks again after them") {
    // Six normal weeks, three heavy ones (hard Tuesday, Thursday and Saturday), three normal.
    const std::string rows = weeks_of("2026-01-05", 6, normal_week) + weeks_of("2026-02-16", 3, heavy_week) +
                             weeks_of("2026-03-09", 3, normal_week) + "2026-02-05,massage,Sports massage,60,,,,\n";
    const Plan p = plan_of(rows, "2026-06-30", "2026-02-02", "2026-03-29");
    for (std::string_view monday : {"2026-02-16", "2026-02-23", "2026-03-02"}) {
        const WeekLoad* week = p.load.week_of(day(monday));
        REQUIRE(week);
        CHECK_MESSAGE(week->status == WeekStatus::heavy, monday, " ", week->reason);
    }
    // The only days open in a heavy week are Sundays (every other day is hard or the day before
    // one), 72 h after Thursday's tempo: deep work, weekly.
    CHECK(appointments_of(p) ==
          "2026-02-22 deep-massage (deep-massage-after-hard), 2026-03-01 deep-massage (deep-massage-after-hard), "
          "2026-03-08 deep-massage (deep-massage-after-hard), 2026-03-29 maintenance-massage (maintenance-massage)");
    const Item* first = find_item(p, "deep-massage-after-hard", "2026-02-22");
    REQUIRE(first);
    CHECK(first->reason == "17 days since the last massage on Thu 5 Feb, in a heavy week (3 hard days): weekly during "
                           "heavy blocks; 72 h after Tempo on Thu "
                           "19 Feb: deep work 48–72 h after a very hard session");
    const Item* second = find_item(p, "deep-massage-after-hard", "2026-03-01");
    REQUIRE(second);
    CHECK(second->reason == "7 days since the last massage on Sun 22 Feb, in a heavy week (3 hard days): weekly during "
                            "heavy blocks; 72 h after Tempo on Thu "
                            "26 Feb: deep work 48–72 h after a very hard session");
    const Item* after = find_item(p, "maintenance-massage", "2026-03-29");
    REQUIRE(after);
    CHECK(after->reason == "21 days since the last massage on Sun 8 Mar: every 2–4 weeks");
    CHECK(notes_of(p) == "");
}

TEST_CASE("cadence: an easy week gets foam rolling instead, and the massage waits for the next week") {
    const std::string rows = weeks_of("2026-01-05", 6, normal_week) + weeks_of("2026-02-16", 1, easy_week) +
                             weeks_of("2026-02-23", 4, normal_week) + "2026-01-28,massage,Sports massage,60,,,,\n";
    const Plan p = plan_of(rows, "2026-06-30", "2026-02-02", "2026-03-22");
    const WeekLoad* week = p.load.week_of(day("2026-02-16"));
    REQUIRE(week);
    CHECK(week->status == WeekStatus::easy);
    CHECK(week->reason == "acwr 0.45 below 0.8");
    // Due Wed 18 Feb, in the easy week: a stand-in that day, no massage that week.
    CHECK(items_of(p, "maintenance-massage") ==
          "2026-02-18 self-care foam-roll, 2026-02-25 appointment maintenance-massage");
    const Item* instead = find_item(p, "maintenance-massage", "2026-02-18");
    REQUIRE(instead);
    CHECK(instead->title == "Foam roll instead of a massage this week");
    CHECK(instead->stand_in);
    CHECK(instead->minutes == std::array{10, 15});
    CHECK(instead->focus == maintenance_focus);
    CHECK(instead->reason ==
          "an easy week (acwr 0.45 below 0.8): foam rolling is enough, the massage waits for next week");
    CHECK(names(*instead, Cause::What::clock, "2026-01-28"));
    // Wed 25 Feb is the last day of the window: Mon 23 is the day before the intervals.
    const Item* massage = find_item(p, "maintenance-massage", "2026-02-25");
    REQUIRE(massage);
    CHECK(massage->reason == "28 days since the last massage on Wed 28 Jan: every 2–4 weeks");
    CHECK(appointments_of(p) ==
          "2026-02-25 maintenance-massage (maintenance-massage), 2026-03-19 deep-massage (deep-massage-after-hard)");
    CHECK(notes_of(p) == "");
}

TEST_CASE("cadence: two easy weeks in a row; the note says the window closed in one of them") {
    const std::string rows = weeks_of("2026-01-05", 6, normal_week) + weeks_of("2026-02-16", 2, easy_week) +
                             weeks_of("2026-03-02", 4, normal_week) + "2026-01-28,massage,Sports massage,60,,,,\n";
    const Plan p = plan_of(rows, "2026-06-30", "2026-02-02", "2026-03-22");
    CHECK(items_of(p, "maintenance-massage") == "2026-02-18 self-care foam-roll, 2026-02-23 self-care foam-roll");
    CHECK(notes_of(p) == "2026-02-23 massage due by Wed 25 Feb waits for the easy week to end");
    // Back from two easy weeks the load jumps (a heavy week by its ratio): the massage comes that week.
    CHECK(appointments_of(p) ==
          "2026-03-05 deep-massage (deep-massage-after-hard), 2026-03-12 deep-massage (deep-massage-after-hard)");
    const Item* back = find_item(p, "deep-massage-after-hard", "2026-03-05");
    REQUIRE(back);
    CHECK(back->reason == "36 days since the last massage on Wed 28 Jan, in a heavy week (acwr 1.44 above 1.3): weekly "
                          "during heavy blocks; 48 h after "
                          "6x1K on Tue 3 Mar: deep work 48–72 h after a very hard session");
}

TEST_CASE("cadence: a massage that cannot be booked when due is noted once, with the reasons and the day it went to") {
    // The therapist works Mondays and Wednesdays; the hard days are Tuesdays and Thursdays, so each
    // is the day before a hard one, until the Thursdays turn easy from 9 March.
    const Week tuesday_thursday{{0, "easy,Easy run,40,7,3,,"},
                                {1, "intervals,6x1K,60,12,8,,"},
                                {3, "tempo,Tempo,50,10,7,,"},
                                {5, "easy,Easy run,40,7,3,,"},
                                {6, "run,Sunday run,75,13,4,,"}};
    const std::string rows = weeks_of("2026-01-05", 9, tuesday_thursday) + weeks_of("2026-03-09", 2, normal_week) +
                             "2026-01-28,massage,Sports massage,60,,,,\n";
    const Plan p =
        plan_of(rows, "2026-06-30", "2026-02-02", "2026-03-22", rules_over("[therapist]\ndays = [\"mon\", \"wed\"]\n"));
    CHECK(appointments_of(p) == "2026-03-11 maintenance-massage (maintenance-massage)");
    CHECK(find_item(p, "maintenance-massage", "2026-03-11")->reason ==
          "42 days since the last massage on Wed 28 Jan: every 2–4 weeks");
    CHECK(notes_of(p, "maintenance-massage") ==
          "2026-02-18 massage due on Wed 18 Feb not bookable: hard workout on Thu 19 Feb (Tempo); therapist not "
          "available on Fridays; "
          "and 7 more; booked on Wed 11 Mar");
    // Nothing open before the plan ends: the note says so.
    const Plan never =
        plan_of(weeks_of("2026-01-05", 12, tuesday_thursday) + "2026-01-28,massage,Sports massage,60,,,,\n",
                "2026-06-30", "2026-02-02", "2026-03-22", rules_over("[therapist]\ndays = [\"mon\", \"wed\"]\n"));
    CHECK(appointments_of(never) == "");
    CHECK(notes_of(never, "maintenance-massage") ==
          "2026-02-18 massage due on Wed 18 Feb not bookable: hard workout on Thu 19 Feb (Tempo); therapist not "
          "available on Fridays; "
          "and 12 more; none before the plan ends");
}

TEST_CASE("cadence: when only gentle work is open, the massage due is a gentle Swedish one") {
    // After a long run of 100 minutes, gentle work only that day and the two after.
    const Week long_sunday{{0, "easy,Easy run,40,7,3,,"},
                           {1, "easy,Easy run,45,8,3,,"},
                           {3, "tempo,Tempo 10K,50,10,8,,"},
                           {5, "easy,Easy run,40,7,3,,"},
                           {6, "long,Long run,100,18,5,,"}};
    // Due Sat 7 Feb: the day before the long run is closed to deep work, the long run and the two
    // days after it are gentle days, Wednesday is the day before the tempo: the first day open to
    // a maintenance massage is Fri 13 Feb, preferred to gentle work on Sat 7 Feb.
    const Plan p = plan_of(weeks_of("2026-01-05", 8, long_sunday) + "2026-01-17,massage,Sports massage,60,,,,\n",
                           "2026-06-30", "2026-02-02", "2026-02-22");
    CHECK(appointments_of(p) == "2026-02-13 maintenance-massage (maintenance-massage)");
    CHECK(find_item(p, "maintenance-massage", "2026-02-13")->reason ==
          "27 days since the last massage on Sat 17 Jan: every 2–4 weeks");
    CHECK(deep_work_in(p, "2026-02-07", "2026-02-10") == "");

    // Three heavy weeks whose only open days are the long-run Sundays: a gentle massage there.
    const Week heavy_long{{0, "easy,Easy run,40,7,3,,"}, {1, "intervals,6x800,55,10,7,,"},
                          {2, "easy,Easy run,40,7,3,,"}, {3, "tempo,Tempo 8K,45,9,7,,"},
                          {4, "easy,Easy run,40,7,3,,"}, {5, "hills,Hill repeats,50,9,7,,"},
                          {6, "long,Long run,95,17,5,,"}};
    const Plan heavy = plan_of(weeks_of("2026-05-04", 2, heavy_long) + "2026-05-03,massage,Sports massage,60,,,,\n",
                               "2026-06-30", "2026-05-04", "2026-05-17");
    CHECK(appointments_of(heavy) ==
          "2026-05-10 flush-massage (maintenance-massage), 2026-05-17 flush-massage (maintenance-massage)");
    const Item* gentle = find_item(heavy, "maintenance-massage", "2026-05-10");
    REQUIRE(gentle);
    CHECK(gentle->title == "Gentle massage (Swedish)");
    CHECK(gentle->treatment == Treatment::flush_massage);
    CHECK(
        gentle->reason ==
        "7 days since the last massage on Sun 3 May, in a heavy week (3 hard days): weekly during heavy blocks; gentle "
        "work only after Long run on Sun 10 May");
    CHECK(gentle->advice == "Gentle strokes only (Swedish or Lomi Lomi): after long efforts they calm the nervous "
                            "system and speed recovery "
                            "without inflaming tissues.");
}

TEST_CASE("cadence: while a red flag is open, a massage due is gentle and keeps off the flagged area") {
    // Sharp calf pain on Mon 11 May, mentioned again on Thu 14; the physio sees it on Wed 20 May.
    // The massage due Wed 13 May finds no day open to deep work before its window closes (Wed 20).
    std::string rows = without(weeks_of("2026-04-06", 6, steady_week), {"2026-05-11"});
    rows += "2026-04-22,massage,Sports massage,60,,,,\n"
            "2026-05-11,easy,Easy run,40,7,3,,\"Sharp pain in my right calf, stopped\"\n"
            "2026-05-14,easy,Easy jog,20,3,3,right calf:3,\n"
            "2026-05-20,physio,Physio,45,,,,\n";
    const Plan p = plan_of(rows, "2026-06-30", "2026-05-04", "2026-05-24");
    CHECK(appointments_of(p) == "2026-05-13 flush-massage (maintenance-massage)");
    const Item* gentle = find_item(p, "maintenance-massage", "2026-05-13");
    REQUIRE(gentle);
    CHECK(gentle->title == "Gentle massage (Swedish)");
    CHECK(gentle->focus == std::vector<std::string>{"hamstrings", "quads", "hip flexors", "glutes"});
    CHECK(gentle->reason == "21 days since the last massage on Wed 22 Apr: every 2–4 weeks; gentle work only: red flag open since Mon 11 May (\"sharp pain\" in calf); "
                            "nothing on the calf while its red flag is "
                            "open");
    CHECK(gentle->tell_therapist.starts_with("open red flag: \"sharp pain\" in calf since Mon 11 May, not yet seen by "
                                             "a physio: no deep work, nothing on the calf; "));
}

TEST_CASE("cadence: every_session brings back deep work after every very hard session") {
    const std::string rows = weeks_of("2026-01-05", 10, normal_week) + "2026-01-28,massage,Sports massage,60,,,,\n";
    const Plan p = plan_of(rows, "2026-06-30", "2026-02-02", "2026-03-01", rules_over(every_session));
    // 72 h after each Tuesday: the latest day of the window. The cadence sees them and adds none.
    CHECK(appointments_of(p) ==
          "2026-02-06 deep-massage (deep-massage-after-hard), 2026-02-13 deep-massage (deep-massage-after-hard), "
          "2026-02-20 deep-massage (deep-massage-after-hard), 2026-02-27 deep-massage (deep-massage-after-hard)");
    const Item* deep = find_item(p, "deep-massage-after-hard", "2026-02-06");
    REQUIRE(deep);
    CHECK(deep->reason ==
          "72 h after 6x1K on Tue 3 Feb (hard, rpe 8): deep work after every very hard session (every_session)");
    REQUIRE(deep->triggers.size() == 1);
    CHECK(names(*deep, Cause::What::workout, "2026-02-03"));
    CHECK(items_of(p, "maintenance-massage") == "");
    // Off by default: the same log books the cadence's massages only.
    CHECK(appointments_of(plan_of(rows, "2026-06-30", "2026-02-02", "2026-03-01")) ==
          "2026-02-19 deep-massage (deep-massage-after-hard)");
}

TEST_CASE("cadence: every_session is capped at max_per_week, and says what it did not book") {
    // Very hard hills on Sat 7 Feb (deep work on Mon 9: Tue 10 is the day before the intervals) and
    // intervals on Wed 11 Feb, whose window (Fri 13 - Sat 14) is in the same week.
    std::string rows = weeks_of("2026-01-05", 4, steady_week) + "2026-01-28,massage,Sports massage,60,,,,\n"
                                                                "2026-02-02,easy,Easy run,40,7,3,,\n"
                                                                "2026-02-03,easy,Steady run,60,11,4,,\n"
                                                                "2026-02-05,easy,Easy run,45,8,3,,\n"
                                                                "2026-02-07,hills,Hill repeats,50,9,8,,\n"
                                                                "2026-02-08,run,Sunday run,75,13,4,,\n"
                                                                "2026-02-09,easy,Easy run,40,7,3,,\n"
                                                                "2026-02-10,easy,Steady run,60,11,4,,\n"
                                                                "2026-02-11,intervals,5x1K,55,10,8,,\n"
                                                                "2026-02-12,easy,Easy run,45,8,3,,\n"
                                                                "2026-02-14,easy,Easy run,40,7,3,,\n"
                                                                "2026-02-15,run,Sunday run,75,13,4,,\n";
    const Plan p = plan_of(rows, "2026-06-30", "2026-02-02", "2026-02-15", rules_over(every_session));
    CHECK(appointments_of(p) == "2026-02-09 deep-massage (deep-massage-after-hard)");
    CHECK(
        find_item(p, "deep-massage-after-hard", "2026-02-09")->reason ==
        "48 h after Hill repeats on Sat 7 Feb (hard, rpe 8): deep work after every very hard session (every_session)");
    CHECK(notes_of(p) ==
          "2026-02-13 deep work after 5x1K on Wed 11 Feb not booked: 1 deep sports massage already that week");
}
