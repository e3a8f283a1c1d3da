// Scenarios of issue 5: small hand-written logs planned with the default rules, each with the
// items DESIGN.md §3–§4 call for stated exactly (dates and rules). Weekdays are given beside the
// dates so that the reasoning can be checked by eye.

#include "recover/load/classify.hpp"
#include "recover/core/dates.hpp"
#include "recover/log/log.hpp"
#include "recover/planner/planner.hpp"
#include "recover/core/text.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>

using namespace recover;

namespace {

date::local_days day(std::string_view iso) {
    return *parse_iso_date(iso);
}

/// Plans `rows` (native CSV without its header) with the default rules, laid over by `rules_text`.
Plan plan_of(std::string_view rows, std::string_view today, std::string_view from, std::string_view until,
             std::string_view rules_text = "") {
    const RuleSet defaults = default_rules();
    const RuleSet rules = rules_text.empty() ? defaults : load_rules(rules_text, "scenario.toml", &defaults);
    TrainingLog log = read_log("date,type,title,duration,distance,rpe,niggle,notes\n" + std::string(rows),
                               "scenario.csv", LogOptions{day(today), InputFormat::automatic});
    classify_workouts(log.workouts, rules.settings);
    return plan_recovery(log, rules, PlanRequest{day(from), day(until), {}});
}

/// The items of `rule` (of `category` when given), as "YYYY-MM-DD category treatment", one per
/// item in plan order, separated by ", ": a failing CHECK prints what the plan has.
std::string items_of(const Plan& plan, std::string_view rule, std::optional<Category> category = std::nullopt) {
    std::vector<std::string> out;
    for (const Item& item : plan.items)
        if (item.rule == rule && (!category || item.category == *category))
            out.push_back(
                fmt::format("{} {} {}", iso_date(item.date), to_string(item.category), to_string(item.treatment)));
    return fmt::format("{}", fmt::join(out, ", "));
}

/// Every appointment, as "YYYY-MM-DD rule".
std::string appointments_of(const Plan& plan) {
    std::vector<std::string> out;
    for (const Item& item : plan.items)
        if (item.category == Category::appointment) out.push_back(fmt::format("{} {}", iso_date(item.date), item.rule));
    return fmt::format("{}", fmt::join(out, ", "));
}

const Item* find_item(const Plan& plan, std::string_view rule, std::string_view iso,
                      std::optional<Category> category = std::nullopt) {
    for (const Item& item : plan.items)
        if (item.rule == rule && item.date == day(iso) && (!category || item.category == *category)) return &item;
    return nullptr;
}

bool names(const Item& item, Cause::What what, std::string_view iso) {
    return std::any_of(item.triggers.begin(), item.triggers.end(),
                       [&](const Cause& c) { return c.what == what && c.date == day(iso); });
}

/// The notes of `rule` dated in [first, last], as "YYYY-MM-DD text" separated by " | ".
std::string notes_of(const Plan& plan, std::string_view rule, std::string_view first, std::string_view last) {
    std::vector<std::string> out;
    for (const Note& note : plan.notes)
        if (note.rule == rule && note.date >= day(first) && note.date <= day(last))
            out.push_back(iso_date(note.date) + " " + note.text);
    return fmt::format("{}", fmt::join(out, " | "));
}

/// The deep-massage stand-in for the very hard workout of `workout`: a self-care foam roll that
/// names it, inside its 48–72 h window, or nullptr.
const Item* stand_in_for(const Plan& plan, std::string_view workout) {
    for (const Item& item : plan.items)
        if (item.rule == "deep-massage-after-hard" && item.category == Category::self_care &&
            item.treatment == Treatment::foam_roll && names(item, Cause::What::workout, workout))
            return &item;
    return nullptr;
}

/// Deep work (deep or maintenance massage, ART) dated in [first, last], as "YYYY-MM-DD rule".
std::string deep_work_in(const Plan& plan, std::string_view first, std::string_view last) {
    std::vector<std::string> out;
    for (const Item& item : plan.items)
        if (is_deep_work(item.treatment) && item.date >= day(first) && item.date <= day(last))
            out.push_back(fmt::format("{} {}", iso_date(item.date), item.rule));
    return fmt::format("{}", fmt::join(out, ", "));
}

} // namespace

TEST_CASE("scenario: a marathon build with a tune-up half two weeks before the marathon") {
    // Today is Tue 14 Apr: the rest of the build and the marathon are planned rows.
    // Tune-up half Sun 12 Apr (21.1 km): closed to deep work Thu 9 – Tue 14 (3 days before, 2 after).
    // Marathon Sun 26 Apr (42.2 km, 30 km or more): closed Sun 19 – Tue 28 (7 days before, 2 after).
    // Hard days: Thu 2, Wed 8 (very hard), Sun 12 (race), Sat 18, Wed 22, Sun 26 (race).
    const Plan p = plan_of("2026-03-29,massage,Sports massage,60,,,,\n"
                           "2026-03-31,easy,Easy run,50,9,4,,\n"
                           "2026-04-02,tempo,Tempo 12K,60,12,7,,\n"
                           "2026-04-04,easy,Easy run,40,7,3,,\n"
                           "2026-04-05,long,Long run 32K,170,32,6,,\n"
                           "2026-04-07,easy,Easy run,45,8,3,,\n"
                           "2026-04-08,intervals,5x2K,70,15,8,,\n"
                           "2026-04-09,easy,Easy run,40,7,3,,\n"
                           "2026-04-11,easy,Shakeout,20,4,2,,\n"
                           "2026-04-12,race,Tune-up Half,88,21.1,9,,\n"
                           "2026-04-14,easy,Recovery jog,30,5,2,,\n"
                           "2026-04-16,easy,Easy run,45,8,3,,\n"
                           "2026-04-18,tempo,Marathon pace 10K,50,10,7,,\n"
                           "2026-04-19,long,Last long run,100,18,5,,\n"
                           "2026-04-21,easy,Easy run,40,7,3,,\n"
                           "2026-04-22,tempo,Marathon pace 8K,40,8,7,,\n"
                           "2026-04-24,easy,Shakeout,20,4,2,,\n"
                           "2026-04-26,race,Spring Marathon,200,42.2,9,,\n"
                           "2026-04-30,easy,Recovery jog,25,4,2,,\n"
                           "2026-05-03,easy,Easy run,40,7,3,,\n",
                           "2026-04-14", "2026-04-06", "2026-05-03");

    // The blackouts are flagged on their first day.
    CHECK(items_of(p, "race-blackout") == "2026-04-09 flag blackout, 2026-04-19 flag blackout");
    // No deep massage, maintenance massage or ART inside either blackout (days 0-2 after included).
    CHECK(deep_work_in(p, "2026-04-09", "2026-04-14") == "");
    CHECK(deep_work_in(p, "2026-04-19", "2026-04-28") == "");
    // A flush on day 1 after each race (Mon 13, Mon 27 Apr): open days, not before a hard day.
    CHECK(items_of(p, "post-race-flush") ==
          "2026-04-13 appointment flush-massage, 2026-04-27 appointment flush-massage");
    // Deep massage 48-72 h after each race, on day 3 since day 2 is still closed (Wed 15, Wed 29 Apr).
    CHECK(items_of(p, "deep-massage-after-hard", Category::appointment) ==
          "2026-04-15 appointment deep-massage, 2026-04-29 appointment deep-massage");
    if (const Item* deep = find_item(p, "deep-massage-after-hard", "2026-04-15", Category::appointment)) {
        CHECK(names(*deep, Cause::What::workout, "2026-04-12"));
        // What to tell the therapist names the next race.
        CHECK_MESSAGE(deep->tell_therapist.find("Spring Marathon") != std::string::npos, deep->tell_therapist);
    }
    if (const Item* deep = find_item(p, "deep-massage-after-hard", "2026-04-29", Category::appointment))
        CHECK(names(*deep, Cause::What::workout, "2026-04-26"));
    // 5x2K on Wed 8 Apr is very hard, but its window (Fri 10 – Sat 11) lies in the half's blackout:
    // foam rolling instead, in that window, and a note that names the race.
    const Item* instead = stand_in_for(p, "2026-04-08");
    REQUIRE(instead);
    CHECK(instead->date >= day("2026-04-10"));
    CHECK(instead->date <= day("2026-04-11"));
    const std::string note = notes_of(p, "deep-massage-after-hard", "2026-04-08", "2026-04-11");
    CHECK_MESSAGE(note.find("Tune-up Half") != std::string::npos, note);
    // The flush on 13 Apr reset the maintenance clock (last massage 29 Mar): none due before May.
    CHECK(items_of(p, "maintenance-massage") == "");
    // Every appointment of the plan.
    CHECK(appointments_of(p) == "2026-04-13 post-race-flush, 2026-04-15 deep-massage-after-hard, "
                                "2026-04-27 post-race-flush, 2026-04-29 deep-massage-after-hard");
}

TEST_CASE("scenario: a 10K block with the race in a heavy week, weekly maintenance") {
    // Three heavy weeks (three hard days each, RPE 7: hard but not very hard), the last one ending
    // in the Harbour 10K on Sat 23 May (closed to deep work Wed 20 – Mon 25). Last massage Sun 3 May.
    const Plan p = plan_of("2026-05-03,massage,Sports massage,60,,,,\n"
                           "2026-05-04,easy,Easy run,40,7,3,,\n"
                           "2026-05-05,intervals,6x800,55,10,7,,\n"
                           "2026-05-06,easy,Easy run,40,7,3,,\n"
                           "2026-05-07,tempo,Tempo 8K,45,9,7,,\n"
                           "2026-05-08,easy,Easy run,40,7,3,,\n"
                           "2026-05-09,hills,Hill repeats,50,9,7,,\n"
                           "2026-05-10,long,Long run,95,17,5,,\n"
                           "2026-05-11,easy,Easy run,40,7,3,,\n"
                           "2026-05-12,intervals,5x1K,55,10,7,,\n"
                           "2026-05-13,easy,Easy run,40,7,3,,\n"
                           "2026-05-14,tempo,Tempo 8K,45,9,7,,\n"
                           "2026-05-15,easy,Easy run,40,7,3,,\n"
                           "2026-05-16,hills,Hill repeats,50,9,7,,\n"
                           "2026-05-17,long,Long run,95,17,5,,\n"
                           "2026-05-18,easy,Easy run,40,7,3,,\n"
                           "2026-05-19,intervals,8x400,50,9,7,,\n"
                           "2026-05-20,easy,Easy run,40,7,3,,\n"
                           "2026-05-21,tempo,Race pace 4K,35,7,7,,\n"
                           "2026-05-22,easy,Shakeout,20,4,2,,\n"
                           "2026-05-23,race,Harbour 10K,41,10,9,,\n"
                           "2026-05-26,easy,Recovery jog,30,5,2,,\n"
                           "2026-05-27,easy,Easy run,40,7,3,,\n"
                           "2026-05-28,easy,Easy run,40,7,3,,\n"
                           "2026-05-30,easy,Easy run,40,7,3,,\n"
                           "2026-05-31,long,Long run,80,14,4,,\n",
                           "2026-06-30", "2026-05-04", "2026-05-31");

    for (std::string_view monday : {"2026-05-04", "2026-05-11", "2026-05-18"}) {
        const WeekLoad* week = p.load.week_of(day(monday));
        REQUIRE(week);
        CHECK_MESSAGE(week->status == WeekStatus::heavy, monday, " ", week->reason);
    }
    // Weekly in the heavy weeks: Sun 10 and Sun 17 May (7 days after the last, open days: the long
    // runs are RPE 5 and the Mondays easy).
    CHECK(items_of(p, "maintenance-massage") ==
          "2026-05-10 appointment maintenance-massage, 2026-05-17 appointment maintenance-massage");
    for (std::string_view sunday : {"2026-05-10", "2026-05-17"})
        if (const Item* item = find_item(p, "maintenance-massage", sunday))
            CHECK_MESSAGE(item->reason.find("heavy") != std::string::npos, item->reason);
    // The next one falls due on Sun 24 May, day 1 after the race: no deep work there, but the flush
    // after the race is a massage and keeps the weekly rhythm.
    CHECK(items_of(p, "race-blackout") == "2026-05-20 flag blackout");
    CHECK(deep_work_in(p, "2026-05-20", "2026-05-25") == "");
    CHECK(items_of(p, "post-race-flush") == "2026-05-24 appointment flush-massage");
    // Deep massage 72 h after the race (Mon 25 is still closed).
    CHECK(items_of(p, "deep-massage-after-hard") == "2026-05-26 appointment deep-massage");
    if (const Item* deep = find_item(p, "deep-massage-after-hard", "2026-05-26"))
        CHECK(names(*deep, Cause::What::workout, "2026-05-23"));
    // What to tell the therapist before the race names it.
    if (const Item* item = find_item(p, "maintenance-massage", "2026-05-17"))
        CHECK_MESSAGE(item->tell_therapist.find("Harbour 10K") != std::string::npos, item->tell_therapist);
    CHECK(appointments_of(p) ==
          "2026-05-10 maintenance-massage, 2026-05-17 maintenance-massage, 2026-05-24 post-race-flush, "
          "2026-05-26 deep-massage-after-hard");
}

TEST_CASE("scenario: an Achilles niggle lasting nine days") {
    // Left Achilles reported every day Mon 1 – Tue 9 Jun at 3-4/10, never better than on day 1.
    // Hill repeats on Wed 3 Jun (day 3) make it a hard day, and Tue 2 the day before one.
    const Plan p = plan_of("2026-06-01,easy,Easy run,40,7,3,left achilles:3,\n"
                           "2026-06-02,easy,Easy run,35,6,3,left achilles:3,\n"
                           "2026-06-03,hills,Hill repeats,50,9,7,left achilles:4,\n"
                           "2026-06-04,easy,Easy run,35,6,3,left achilles:3,\n"
                           "2026-06-05,rest,Rest day,,,,left achilles:4,\n"
                           "2026-06-06,easy,Easy run,40,7,3,left achilles:4,\n"
                           "2026-06-07,long,Long run,95,16,5,left achilles:4,\n"
                           "2026-06-08,rest,Rest day,,,,left achilles:4,\n"
                           "2026-06-09,easy,Easy run,30,5,3,left achilles:3,\n"
                           "2026-06-13,easy,Easy run,40,7,3,,\n",
                           "2026-06-30", "2026-06-01", "2026-06-14");

    // ART when it has persisted 3 days: day 3 (Wed 3) is a hard day, so the next open day, Thu 4.
    CHECK(items_of(p, "art-achilles") == "2026-06-04 appointment art");
    if (const Item* art = find_item(p, "art-achilles", "2026-06-04")) {
        CHECK(names(*art, Cause::What::niggle, "2026-06-01"));
        CHECK_MESSAGE(lowercase(art->tell_therapist).find("achilles") != std::string::npos, art->tell_therapist);
    }
    // Not sharp (3/10, no sharp words): no ice, no red flag.
    CHECK(items_of(p, "ice-acute") == "");
    CHECK(items_of(p, "see-physio-red-flag") == "");
    // Day 7 (Sun 7) at 4/10, no better than 3/10 on day 1: see a therapist or physio.
    CHECK(items_of(p, "see-physio-persistent") == "2026-06-07 flag physio");
    // Heat before runs from day 7 while it lasts: Sun 7 and Tue 9 (Mon 8 is a rest day; by Sat 13
    // the niggle is over, four days without a report).
    CHECK(items_of(p, "heat-chronic") == "2026-06-07 self-care heat, 2026-06-09 self-care heat");
    // No other ART rule reacts to an Achilles niggle.
    for (std::string_view rule : {"art-plantar-fasciitis", "art-it-band", "art-hamstring", "art-low-back"})
        CHECK(items_of(p, rule) == "");

    // The same nine days, but sharp at first (6/10) and easing to 2/10 by day 7: ice on the first
    // two days; no physio flag, since it is improving; ART on day 3's next open day all the same.
    const Plan easing = plan_of("2026-06-01,easy,Easy run,40,7,3,left achilles:6,\n"
                                "2026-06-02,easy,Easy run,35,6,3,left achilles:5,\n"
                                "2026-06-03,hills,Hill repeats,50,9,7,left achilles:4,\n"
                                "2026-06-04,easy,Easy run,35,6,3,left achilles:4,\n"
                                "2026-06-05,rest,Rest day,,,,left achilles:3,\n"
                                "2026-06-06,easy,Easy run,40,7,3,left achilles:3,\n"
                                "2026-06-07,long,Long run,95,16,5,left achilles:2,\n"
                                "2026-06-08,rest,Rest day,,,,left achilles:2,\n"
                                "2026-06-09,easy,Easy run,30,5,3,left achilles:1,\n"
                                "2026-06-13,easy,Easy run,40,7,3,,\n",
                                "2026-06-30", "2026-06-01", "2026-06-14");
    CHECK(items_of(easing, "ice-acute") == "2026-06-01 self-care ice, 2026-06-02 self-care ice");
    CHECK(items_of(easing, "see-physio-persistent") == "");
    CHECK(items_of(easing, "art-achilles") == "2026-06-04 appointment art");
}

TEST_CASE("scenario: a sharp knee pain") {
    // Tue 5 May: stopped at 3K with "sharp pain" in the right knee; the next day it still hurts.
    const Plan p = plan_of("2026-05-03,long,Long run,100,18,5,,\n"
                           "2026-05-05,easy,Evening run,20,3,4,,\"Stopped at 3K, sharp pain in my right knee\"\n"
                           "2026-05-06,rest,Rest day,,,,right knee:5,\n"
                           "2026-05-08,easy,Easy run,30,5,3,,\n",
                           "2026-05-31", "2026-05-04", "2026-05-10");
    // See a sports physio the same day, once.
    CHECK(items_of(p, "see-physio-red-flag") == "2026-05-05 flag physio");
    if (const Item* flag = find_item(p, "see-physio-red-flag", "2026-05-05")) {
        CHECK(names(*flag, Cause::What::niggle, "2026-05-05"));
        CHECK(flag->focus == std::vector<std::string>{"knee"});
    }
    // Ice in the first 48 h of a sharp niggle: Tue 5 and Wed 6.
    CHECK(items_of(p, "ice-acute") == "2026-05-05 self-care ice, 2026-05-06 self-care ice");
    // Not chronic, not persistent for a week: no heat, no ART.
    CHECK(items_of(p, "heat-chronic") == "");
    CHECK(items_of(p, "see-physio-persistent") == "");
}

TEST_CASE("scenario: a one-massage-a-month budget") {
    // Every week: very hard intervals on Tuesday (RPE 8), tempo on Thursday (hard, RPE 7), easy
    // Wednesday and Saturday, a long run on Sunday (RPE 5). The deep massage window after each
    // Tuesday is Thu-Fri, and Thursday is a hard day: only Friday can be booked. No massage on
    // record. The therapist's cap is one appointment a month, for every rule together.
    std::string rows;
    for (date::local_days monday = day("2026-06-01"); monday <= day("2026-07-27"); monday += date::days{7}) {
        auto on = [&](int offset) { return iso_date(monday + date::days{offset}); };
        rows += on(1) + ",intervals,6x1K,60,12,8,,\n";
        rows += on(2) + ",easy,Easy run,40,7,3,,\n";
        rows += on(3) + ",tempo,Tempo 8K,45,9,7,,\n";
        rows += on(5) + ",easy,Easy run,40,7,3,,\n";
        rows += on(6) + ",long,Long run,100,18,5,,\n";
    }
    const Plan p = plan_of(rows, "2026-08-31", "2026-06-01", "2026-08-02", "[therapist]\nmax_per_month = 1\n");

    // One appointment a month: the deep massages after Tue 2 Jun and Tue 30 Jun (on the Fridays
    // 5 Jun and 3 Jul) take June's and July's; maintenance, 28 days after 3 Jul, waits for August
    // (Sat 1 Aug, the first day of the month open to it).
    CHECK(appointments_of(p) ==
          "2026-06-05 deep-massage-after-hard, 2026-07-03 deep-massage-after-hard, 2026-08-01 maintenance-massage");
    // Every other Tuesday's deep massage becomes foam rolling in its window, with a note.
    for (std::string_view tuesday :
         {"2026-06-09", "2026-06-16", "2026-06-23", "2026-07-07", "2026-07-14", "2026-07-21", "2026-07-28"}) {
        INFO("very hard workout on ", tuesday);
        const date::local_days workout = day(tuesday);
        const Item* instead = stand_in_for(p, tuesday);
        REQUIRE(instead);
        CHECK(instead->date >= workout + date::days{2});
        CHECK(instead->date <= workout + date::days{3});
        const std::string note = notes_of(p, "deep-massage-after-hard", tuesday, iso_date(workout + date::days{3}));
        CHECK_MESSAGE(note.find("month") != std::string::npos, note); // the cap is named among the reasons
    }
    // Maintenance was due 21 days after Fri 3 Jul (Fri 24 Jul) but July's one appointment is
    // spent: the plan says so before booking it in August.
    const std::string note = notes_of(p, "maintenance-massage", "2026-07-24", "2026-08-01");
    CHECK_MESSAGE(note.find("month") != std::string::npos, note);
}

TEST_CASE("scenario: a therapist open only on Tuesday and Saturday") {
    // Very hard: 6x1K Wed 9 Sep (window Fri 11 – Sat 12), Tempo 10K Fri 18 Sep (window Sun 20 –
    // Mon 21), a long run at marathon pace Sun 20 Sep (hard and long; window Tue 22 – Wed 23).
    // Last massage Sat 29 Aug.
    const Plan p = plan_of("2026-08-29,massage,Sports massage,60,,,,\n"
                           "2026-09-07,easy,Easy run,40,7,3,,\n"
                           "2026-09-09,intervals,6x1K,60,12,8,,\n"
                           "2026-09-13,long,Long run,100,18,5,,\n"
                           "2026-09-14,easy,Easy run,40,7,3,,\n"
                           "2026-09-16,easy,Easy run,40,7,3,,\n"
                           "2026-09-18,tempo,Tempo 10K,50,10,8,,\n"
                           "2026-09-19,easy,Easy run,40,7,3,,\n"
                           "2026-09-20,long,Long run with 3x5K at MP,130,24,7,,\n"
                           "2026-09-22,easy,Easy run,40,7,3,,\n"
                           "2026-09-23,easy,Easy run,40,7,3,,\n"
                           "2026-09-24,hills,Hill repeats,50,9,7,,\n"
                           "2026-09-26,easy,Easy run,40,7,3,,\n"
                           "2026-09-27,long,Long run,100,18,5,,\n"
                           "2026-09-29,easy,Easy run,40,7,3,,\n"
                           "2026-10-01,intervals,Club intervals,50,10,7,,\n"
                           "2026-10-03,easy,Easy run,40,7,3,,\n"
                           "2026-10-04,long,Long run,100,18,5,,\n"
                           "2026-10-06,easy,Easy run,40,7,3,,\n"
                           "2026-10-08,intervals,Club intervals,50,10,7,,\n"
                           "2026-10-10,easy,Easy run,40,7,3,,\n"
                           "2026-10-11,long,Long run,100,18,5,,\n"
                           "2026-10-12,easy,Easy run,40,7,3,,\n"
                           "2026-10-13,easy,Easy run,40,7,3,,\n"
                           "2026-10-14,easy,Easy run,40,7,3,,\n"
                           "2026-10-15,tempo,Tempo 8K,50,10,7,,\n"
                           "2026-10-17,easy,Easy run,40,7,3,,\n"
                           "2026-10-18,long,Long run,100,18,5,,\n",
                           "2026-10-31", "2026-09-07", "2026-10-18", "[therapist]\ndays = [\"tue\", \"sat\"]\n");

    // Deep massage on Sat 12 Sep (after 6x1K) and Tue 22 Sep (after the long run); maintenance
    // 21 days after that, on Tue 13 Oct.
    CHECK(appointments_of(p) ==
          "2026-09-12 deep-massage-after-hard, 2026-09-22 deep-massage-after-hard, 2026-10-13 maintenance-massage");
    if (const Item* deep = find_item(p, "deep-massage-after-hard", "2026-09-12", Category::appointment))
        CHECK(names(*deep, Cause::What::workout, "2026-09-09"));
    if (const Item* deep = find_item(p, "deep-massage-after-hard", "2026-09-22", Category::appointment))
        CHECK(names(*deep, Cause::What::workout, "2026-09-20"));
    // Tempo 10K's window is Sunday and Monday: foam rolling instead, and a note that says why.
    const Item* instead = stand_in_for(p, "2026-09-18");
    REQUIRE(instead);
    CHECK(instead->date >= day("2026-09-20"));
    CHECK(instead->date <= day("2026-09-21"));
    const std::string note = notes_of(p, "deep-massage-after-hard", "2026-09-18", "2026-09-21");
    CHECK_MESSAGE(note.find("therapist") != std::string::npos, note);
    for (const Item& item : p.items) {
        if (item.category != Category::appointment) continue;
        const date::weekday weekday{item.date};
        CHECK_MESSAGE((weekday == date::Tuesday || weekday == date::Saturday), iso_date(item.date), " ", item.rule);
    }
}
