// Scenarios: small hand-written logs planned with the built-in rules, one for each point of issue
// 14 (a plan a coach would sign), then a few blocks from earlier issues, each with the dates and
// texts the articles call for. Weekdays are given beside the dates so that the reasoning can be
// checked by eye.

#include "support/plans.hpp"

#include <doctest/doctest.h>

#include <map>

using namespace recover;
using namespace recover::testing;

namespace {

constexpr std::string_view every_session = "[[rule]]\nid = \"deep-massage-after-hard\"\nevery_session = true\n";

/// Fails for every two massages, booked or received, neither a flush, closer than min_gap_days
/// (4): "at least a rule-set number of days between two massages except a flush".
void check_massage_spacing(const Plan& plan, std::string_view rows, std::string_view today) {
    std::vector<std::pair<date::local_days, std::string>> massages;
    for (const Item& item : plan.items)
        if (item.category == Category::appointment && !item.booked && is_massage(item.treatment) &&
            item.treatment != Treatment::flush_massage)
            massages.emplace_back(item.date, item.rule); // a booked one is a treatment row too, counted below
    for (const Workout& w : log_of(rows, today).workouts)
        if (w.received == Received::massage) massages.emplace_back(w.date, "received");
    std::sort(massages.begin(), massages.end());
    for (std::size_t i = 1; i < massages.size(); ++i)
        CHECK_MESSAGE((massages[i].first - massages[i - 1].first).count() >= 4, iso_date(massages[i - 1].first), " ",
                      massages[i - 1].second, " and ", iso_date(massages[i].first), " ", massages[i].second);
}

/// The number of appointments of `rule` in each ISO week that has one.
std::map<date::local_days, int> per_week(const Plan& plan, std::string_view rule) {
    std::map<date::local_days, int> out;
    for (const Item& item : plan.items)
        if (item.category == Category::appointment && item.rule == rule) ++out[monday_of(item.date)];
    return out;
}

} // namespace

// Issue 14, point 1: one massage cadence.

TEST_CASE("scenario 1: one cadence - every three weeks, weekly when heavy, foam rolling when easy, 48-72 h after a "
          "hard session") {
    // Fourteen weeks from Mon 5 Jan: six normal weeks (one RPE-8 session, Tuesday intervals), two
    // heavy ones (hard Tuesday, Thursday and Saturday), two normal, an easy week (Mon 16 Mar), three
    // normal. Last massage Fri 2 Jan.
    const std::string rows = "2026-01-02,massage,Sports massage,60,,,,\n" + weeks_of("2026-01-05", 6, normal_week) +
                             weeks_of("2026-02-16", 2, heavy_week) + weeks_of("2026-03-02", 2, normal_week) +
                             weeks_of("2026-03-16", 1, easy_week) + weeks_of("2026-03-23", 3, normal_week);
    const Plan p = plan_of(rows, "2026-06-30", "2026-01-05", "2026-04-12");
    CHECK(p.load.week_of(day("2026-02-16"))->status == WeekStatus::heavy);
    CHECK(p.load.week_of(day("2026-02-23"))->status == WeekStatus::heavy);
    CHECK(p.load.week_of(day("2026-03-16"))->status == WeekStatus::easy);

    // Every RPE-8 session does not buy a massage: three weeks apart in normal weeks (Fri 23 Jan,
    // Fri 13 Feb), one a week in the heavy ones (the Sundays), none in the easy week, then Thu 26 Mar.
    CHECK(appointments_of(p) ==
          "2026-01-23 deep-massage (deep-massage-after-hard), 2026-02-13 deep-massage (deep-massage-after-hard), "
          "2026-02-22 deep-massage (deep-massage-after-hard), 2026-03-01 deep-massage (deep-massage-after-hard), "
          "2026-03-26 deep-massage (deep-massage-after-hard)");
    // Each lands 48-72 h after a hard session and names it.
    const Item* first = find_item(p, "deep-massage-after-hard", "2026-01-23");
    REQUIRE(first);
    CHECK(first->reason == "21 days since the last massage on Fri 2 Jan: every 2–4 weeks; 72 h after 6x1K on Tue 20 "
                           "Jan: deep work 48–72 h after a very hard "
                           "session");
    CHECK(names(*first, Cause::What::workout, "2026-01-20"));
    const Item* heavy = find_item(p, "deep-massage-after-hard", "2026-03-01");
    REQUIRE(heavy);
    CHECK(heavy->reason == "7 days since the last massage on Sun 22 Feb, in a heavy week (3 hard days): weekly during "
                           "heavy blocks; 72 h after Tempo on Thu "
                           "26 Feb: deep work 48–72 h after a very hard session");
    CHECK(names(*heavy, Cause::What::workout, "2026-02-26"));
    CHECK(find_item(p, "deep-massage-after-hard", "2026-03-26")->reason ==
          "25 days since the last massage on Sun 1 Mar: every 2–4 weeks; 48 h after 6x1K on Tue 24 Mar: deep work "
          "48–72 h after a very "
          "hard session");
    // The easy week: due Sun 22 Mar, foam rolling instead (on that day's line of self-care), no massage.
    const Item* instead = find_item(p, "maintenance-massage", "2026-03-22", Category::self_care);
    REQUIRE(instead);
    CHECK(instead->title ==
          "Fascia stretches 10 min, foam roll sore spots 5–10 min, foam roll instead of a massage this week 10–15 min");
    CHECK(instead->reason.find(
              "an easy week (acwr 0.45 below 0.8): foam rolling is enough, the massage waits for next week") !=
          std::string::npos);
    CHECK(deep_work_in(p, "2026-03-16", "2026-03-22") == "");
    CHECK(notes_of(p) == "");

    // A massage received on Tue 3 Feb resets the clock: no massage on Fri 13 Feb; the heavy week's
    // Sunday is the next one.
    const Plan logged =
        plan_of(rows + "2026-02-03,massage,Massage with Anna,60,,,,\n", "2026-06-30", "2026-01-05", "2026-04-12");
    CHECK(appointments_of(logged) ==
          "2026-01-23 deep-massage (deep-massage-after-hard), 2026-02-22 deep-massage (deep-massage-after-hard), "
          "2026-03-01 deep-massage (deep-massage-after-hard), 2026-03-26 deep-massage (deep-massage-after-hard)");
    CHECK(find_item(logged, "deep-massage-after-hard", "2026-02-22")
              ->reason.starts_with("19 days since the last massage on Tue 3 Feb, in a heavy week (3 hard days): weekly "
                                   "during heavy blocks; "));

    // every_session = true brings back deep work after each very hard session (72 h after each
    // Tuesday, the latest day open), at most one a week; in the heavy weeks the Tuesdays' windows
    // are hard days, and the cadence books the Sundays.
    const Plan each = plan_of(rows, "2026-06-30", "2026-01-05", "2026-04-12", rules_over(every_session));
    CHECK(appointments_of(each) ==
          "2026-01-09 deep-massage (deep-massage-after-hard), 2026-01-16 deep-massage (deep-massage-after-hard), "
          "2026-01-23 deep-massage (deep-massage-after-hard), 2026-01-30 deep-massage (deep-massage-after-hard), "
          "2026-02-06 deep-massage (deep-massage-after-hard), 2026-02-13 deep-massage (deep-massage-after-hard), "
          "2026-02-22 deep-massage (deep-massage-after-hard), 2026-03-01 deep-massage (deep-massage-after-hard), "
          "2026-03-06 deep-massage (deep-massage-after-hard), 2026-03-13 deep-massage (deep-massage-after-hard), "
          "2026-03-27 deep-massage (deep-massage-after-hard), 2026-04-03 deep-massage (deep-massage-after-hard), "
          "2026-04-10 deep-massage (deep-massage-after-hard)");
    CHECK(find_item(each, "deep-massage-after-hard", "2026-01-09")->reason ==
          "72 h after 6x1K on Tue 6 Jan (hard, rpe 8): deep work after every very hard session (every_session)");
    for (const auto& [monday, n] : per_week(each, "deep-massage-after-hard")) {
        const std::string on = iso_date(monday); // the message's lambda cannot capture a structured binding (clang 14)
        CHECK_MESSAGE(n <= 1, on);
    }
    CHECK(notes_of(each, "deep-massage-after-hard") ==
          "2026-02-19 deep work after 6x1K on Tue 17 Feb not booked: hard workout on Thu 19 Feb (Tempo); hard workout "
          "on Sat 21 Feb (Hills) | "
          "2026-02-26 deep work after 6x1K on Tue 24 Feb not booked: hard workout on Thu 26 Feb (Tempo); hard workout "
          "on Sat 28 Feb (Hills)");
}

// Issue 14, point 2: gentle after long efforts.

namespace {

/// A marathon build: a tune-up half on Sun 12 Apr, the marathon on Sun 26 Apr, then back to
/// training with a long run on Sat 16 May. Last massage Sun 29 Mar.
std::string marathon_build() {
    return "2026-03-29,massage,Sports massage,60,,,,\n"
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
           "2026-05-03,easy,Easy run,40,7,3,,\n"
           "2026-05-05,intervals,6x1K,60,12,8,,\n"
           "2026-05-07,easy,Easy run,40,7,3,,\n"
           "2026-05-09,easy,Easy run,40,7,3,,\n"
           "2026-05-10,run,Sunday run,75,13,4,,\n"
           "2026-05-12,intervals,5x1K,55,10,8,,\n"
           "2026-05-14,easy,Easy run,40,7,3,,\n"
           "2026-05-16,long,Long run,100,18,5,,\n"
           "2026-05-17,easy,Easy run,40,7,3,,\n";
}

} // namespace

TEST_CASE("scenario 2: gentle after long efforts - a flush after each race, no deep work for a week after a marathon") {
    const std::string rows = marathon_build();
    const Plan p = plan_of(rows, "2026-04-14", "2026-04-06", "2026-05-24");
    // A flush on day 1 after each race; the flushes are on the clock: the next massage is due three
    // weeks after the marathon's, Mon 18 May, a gentle day after Saturday's long run: Tue 19 May.
    CHECK(appointments_of(p) ==
          "2026-04-13 flush-massage (post-race-flush), 2026-04-27 flush-massage (post-race-flush), "
          "2026-05-19 maintenance-massage (maintenance-massage)");
    CHECK(find_item(p, "maintenance-massage", "2026-05-19")->reason ==
          "22 days since the last massage on Mon 27 Apr: every 2–4 weeks");
    CHECK(deep_work_in(p, "2026-04-12", "2026-04-14") == ""); // half: days 0-2
    CHECK(deep_work_in(p, "2026-04-26", "2026-05-03") == ""); // marathon: days 0-7
    check_massage_spacing(p, rows, "2026-04-14");

    // Deep work after every very hard session makes the days closed to it show.
    const Plan each = plan_of(rows, "2026-04-14", "2026-04-06", "2026-05-24", rules_over(every_session));
    // Intervals Tue 12 May: Fri 15 May is the day before the long run; Thu 14 May (48 h) is open.
    CHECK(appointments_of(each) ==
          "2026-04-13 flush-massage (post-race-flush), 2026-04-27 flush-massage (post-race-flush), "
          "2026-05-08 deep-massage (deep-massage-after-hard), 2026-05-14 deep-massage (deep-massage-after-hard)");
    CHECK(deep_work_in(each, "2026-04-26", "2026-05-03") == "");
    CHECK(deep_work_in(each, "2026-05-15", "2026-05-16") == "");
    CHECK(notes_of(each) ==
          "2026-04-10 deep work after 5x2K on Wed 8 Apr not booked: race blackout before Tune-up Half on Sun 12 Apr | "
          "2026-04-14 deep work after Tune-up Half on Sun 12 Apr not booked: too soon after Tune-up Half on Sun 12 "
          "Apr; massage on Mon 13 Apr "
          "(at least 4 days apart) | "
          "2026-04-28 deep work after Spring Marathon on Sun 26 Apr not booked: too soon after Spring Marathon on Sun "
          "26 Apr; gentle work "
          "only until Sun 3 May (Spring Marathon on Sun 26 Apr)");
    check_massage_spacing(each, rows, "2026-04-14");

    // A massage the log records on Wed 6 May: no deep work two days after it.
    const std::string with_massage = rows + "2026-05-06,massage,Massage with Anna,60,,,,\n";
    const Plan spaced = plan_of(with_massage, "2026-04-14", "2026-04-06", "2026-05-24", rules_over(every_session));
    CHECK(deep_work_in(spaced, "2026-05-03", "2026-05-09") == "");
    CHECK(
        notes_of(spaced).find(
            "2026-05-07 deep work after 6x1K on Tue 5 May not booked: massage on Wed 6 May (at least 4 days apart)") !=
        std::string::npos);
    check_massage_spacing(spaced, with_massage, "2026-04-14");
}

// Issue 14, point 3: red flags stop deep work.

namespace {

/// Eight normal weeks from Mon 6 Apr; on Tue 12 May the intervals stop with sharp pain on the
/// outside of the knee, mentioned again on Thu 14 and Sun 17. Last massage Fri 24 Apr.
std::string sharp_knee() {
    return without(weeks_of("2026-04-06", 8, normal_week), {"2026-05-12", "2026-05-14", "2026-05-17"}) +
           "2026-04-24,massage,Sports massage,60,,,,\n"
           "2026-05-12,run,Intervals abandoned,25,4,5,,\"Stopped after two reps, sharp pain on the outside of the "
           "knee\"\n"
           "2026-05-14,easy,Easy run,45,8,3,outer knee:4,\n"
           "2026-05-17,run,Sunday run,75,13,4,outer knee:3,\n";
}

} // namespace

TEST_CASE("scenario 3: a red flag - see a physio now, nothing deep and nothing on the area until the visit") {
    const Plan p =
        plan_of(sharp_knee() + "2026-05-22,physio,Physio: IT band,45,,,,\n", "2026-06-30", "2026-05-04", "2026-05-31");
    // See a sports physio the same day.
    CHECK(items_of(p, "see-physio-red-flag") == "2026-05-12 flag physio");
    CHECK(find_item(p, "see-physio-red-flag", "2026-05-12")->focus == std::vector<std::string>{"IT band"});
    // One note.
    CHECK(notes_of(p) == "2026-05-12 red flag for the IT band: no deep work at all and nothing on the IT band until "
                         "the physio visit on Fri 22 May");
    // The massage due Fri 15 May finds no day open to deep work in its window (until Fri 22): a
    // gentle one, off the IT band, and its brief names the red flag.
    CHECK(appointments_of(p) == "2026-05-15 flush-massage (maintenance-massage)");
    CHECK(deep_work_in(p, "2026-05-12", "2026-05-22") == "");
    for (const Item& item : p.items) {
        if (item.category != Category::appointment || item.date < day("2026-05-12") || item.date > day("2026-05-22"))
            continue;
        CHECK_MESSAGE(std::find(item.focus.begin(), item.focus.end(), "IT band") == item.focus.end(), short_text(item));
        CHECK_MESSAGE(item.tell_therapist.starts_with(
                          "open red flag: \"sharp pain\" in IT band since Tue 12 May, not yet seen by a physio: "
                          "no deep work, nothing on the IT band; "),
                      item.tell_therapist);
    }

    // Deep work after every session shows that nothing deep is booked while the flag is open...
    const Plan each = plan_of(sharp_knee(), "2026-06-30", "2026-05-04", "2026-05-31", rules_over(every_session));
    CHECK(notes_of(each, "deep-massage-after-hard") == "2026-05-21 deep work after 6x1K on Tue 19 May not booked: red "
                                                       "flag open since Tue 12 May (\"sharp pain\" in IT band)");
    CHECK(notes_of(each, "see-physio-red-flag") ==
          "2026-05-12 red flag for the IT band: no deep work at all and nothing on the IT band until "
          "a physio visit is logged (or 7 days without a mention)");
    // ...and that a physio visit logged on Mon 18 May closes it: the visit assessed the knee, so
    // ART may follow (Wed 20 May), and the week's two appointments leave no room for deep work.
    const Plan seen = plan_of(sharp_knee() + "2026-05-18,physio,Physio,45,,,,\n", "2026-06-30", "2026-05-04",
                              "2026-05-31", rules_over(every_session));
    CHECK(notes_of(seen, "deep-massage-after-hard") ==
          "2026-05-21 deep work after 6x1K on Tue 19 May not booked: 2 appointments already that week");
    CHECK(deep_work_in(seen, "2026-05-19", "2026-05-24") == "2026-05-20 art-it-band");
    REQUIRE(find_item(seen, "art-it-band", "2026-05-20"));
    CHECK(find_item(seen, "art-it-band", "2026-05-20")->tell_therapist.find("red flag") == std::string::npos);
}

// Issue 14, point 4: the niggle ladder.

namespace {

/// Three normal weeks, then an Achilles niggle from Mon 13 Apr (day 1) reported through Tue 21
/// Apr, and a 10K on Sat 25 Apr. `day3`, `day5` and `day7` are the niggle cells of Thu 16, Sat 18
/// and Sun 19 Apr, `day7_notes` the notes of Sun 19.
std::string achilles(std::string_view day3, std::string_view day5, std::string_view day7, std::string_view day7_notes,
                     std::string_view day9) {
    return weeks_of("2026-03-23", 3, normal_week) + "2026-04-03,massage,Sports massage,60,,,,\n" +
           fmt::format("2026-04-13,easy,Easy run,40,7,3,left achilles:3,\n"
                       "2026-04-14,intervals,6x1K,60,12,8,left achilles:3,\n"
                       "2026-04-16,easy,Easy run,45,8,3,{},\n"
                       "2026-04-18,easy,Easy run,40,7,3,{},\n"
                       "2026-04-19,run,Sunday run,60,11,4,{},{}\n"
                       "2026-04-20,easy,Easy run,40,7,3,,\n"
                       "2026-04-21,easy,Easy run,30,5,3,{},\n"
                       "2026-04-23,easy,Shakeout,20,4,2,,\n"
                       "2026-04-25,race,Park 10K,42,10,9,,\n",
                       day3, day5, day7, day7_notes, day9);
}

} // namespace

TEST_CASE("scenario 4: the niggle ladder - self-care while it improves, a physio after a week, ART only after that") {
    // 1/10 and "much better today" on day 7: no ART, no physio flag, a note.
    const Plan better =
        plan_of(achilles("left achilles:2", "left achilles:2", "left achilles:1", "much better today", ""),
                "2026-04-21", "2026-04-13", "2026-04-30");
    CHECK(items_of(better, "art-achilles") == "");
    CHECK(items_of(better, "see-physio-persistent") == "");
    CHECK(notes_of(better, "see-physio-persistent") ==
          "2026-04-19 left achilles is getting better after 7 days, 1/10: self-care only, keep an eye on it");

    // Still 3/10 on day 7 and after: see a therapist on day 7, asking about ART; ART the day after,
    // before the 10K's blackout (from Wed 22 Apr).
    const std::string persisting =
        achilles("left achilles:3", "left achilles:3", "left achilles:3", "still sore", "left achilles:3");
    const Plan p = plan_of(persisting, "2026-04-21", "2026-04-13", "2026-04-30");
    CHECK(items_of(p, "see-physio-persistent") == "2026-04-19 flag physio");
    const Item* flag = find_item(p, "see-physio-persistent", "2026-04-19");
    REQUIRE(flag);
    CHECK(flag->reason == "left achilles since Mon 13 Apr, 3/10, still there on Sun 19 Apr, 3/10 (day 7): a niggle not "
                          "improving after a week "
                          "needs a therapist or sports physio");
    CHECK(flag->advice.ends_with("Ask about Active Release Technique for the achilles."));
    CHECK(items_of(p, "art-achilles") == "2026-04-20 appointment art");
    CHECK(find_item(p, "art-achilles", "2026-04-20")->reason ==
          "left achilles since Mon 13 Apr, 3/10, assessed on Sun 19 Apr: a niggle that persists and is not improving; "
          "ART with a certified "
          "provider");
    CHECK(deep_work_in(p, "2026-04-13", "2026-04-19") == "");

    // A physio visit logged on Wed 15 Apr (day 3) lets ART come on day 4.
    const Plan visited =
        plan_of(persisting + "2026-04-15,physio,Physio: achilles,40,,,,\n", "2026-04-21", "2026-04-13", "2026-04-30");
    CHECK(items_of(visited, "art-achilles") == "2026-04-16 appointment art");
    CHECK(find_item(visited, "art-achilles", "2026-04-16")->reason ==
          "left achilles since Mon 13 Apr, 3/10, assessed on Wed 15 Apr: a niggle that persists and is not improving; "
          "ART with a certified "
          "provider");
}

// Issue 14, point 5: race week in plain sight.

TEST_CASE("scenario 5: race week - the race day is an item, the blackout one item over its days with what is fine "
          "until when") {
    const Plan p = plan_of(marathon_build(), "2026-04-14", "2026-04-06", "2026-05-03");
    CHECK(items_of(p, "race-blackout") ==
          "2026-04-09 flag blackout, 2026-04-12 race blackout, 2026-04-19 flag blackout, 2026-04-26 race blackout");
    CHECK(find_item(p, "race-blackout", "2026-04-12", Category::race)->title == "Race: Tune-up Half");
    CHECK(find_item(p, "race-blackout", "2026-04-26", Category::race)->title == "Race: Spring Marathon");

    const Item* half = find_item(p, "race-blackout", "2026-04-09", Category::flag);
    REQUIRE(half);
    CHECK(half->until == day("2026-04-14"));
    CHECK(half->advice == "A light flush massage is still fine until Fri 10 Apr; after that, foam rolling and easy "
                          "stretching only. Deep work "
                          "again from Wed 15 Apr.");
    const Item* marathon = find_item(p, "race-blackout", "2026-04-19", Category::flag);
    REQUIRE(marathon);
    CHECK(marathon->until == day("2026-04-28"));
    CHECK(marathon->reason == "Spring Marathon on Sun 26 Apr: no deep massage or ART from Sun 19 Apr until Tue 28 Apr");
    CHECK(marathon->advice.starts_with(
        "A light flush massage is still fine until Fri 24 Apr; after that, foam rolling and easy stretching only."));
    // Nothing deep on any day of either.
    CHECK(deep_work_in(p, "2026-04-09", "2026-04-14") == "");
    CHECK(deep_work_in(p, "2026-04-19", "2026-04-28") == "");
    // The therapist hears about the marathon before it.
    const Item* flush = find_item(p, "post-race-flush", "2026-04-13");
    REQUIRE(flush);
    CHECK(flush->tell_therapist.find("next race: Spring Marathon on Sun 26 Apr (42.2 km, in 13 days)") !=
          std::string::npos);
}

// Issue 14, point 6: one line of self-care a day.

TEST_CASE("scenario 6: one line of self-care a day, and no stand-in beside a massage") {
    // An Achilles niggle through a 10K on Sun 19 Apr: the ladder's step on race day; ART is due
    // Mon 20 - Fri 24 Apr, but days 1-2 after the race are closed to deep work, Thursday is a hard
    // day and Friday the day before one. Its stand-in would be on Mon 20, the day of the flush.
    const std::string rows = weeks_of("2026-03-23", 3, normal_week) +
                             "2026-04-10,massage,Sports massage,60,,,,\n"
                             "2026-04-13,easy,Easy run,40,7,3,left achilles:3,\n"
                             "2026-04-14,intervals,6x1K,60,12,8,left achilles:3,\n"
                             "2026-04-16,easy,Easy run,45,8,3,left achilles:3,\n"
                             "2026-04-18,easy,Shakeout,20,4,2,left achilles:3,\n"
                             "2026-04-19,race,City 10K,42,10,9,left achilles:3,\n"
                             "2026-04-21,easy,Recovery jog,30,5,2,left achilles:3,\n"
                             "2026-04-23,tempo,Tempo,45,9,7,left achilles:3,\n"
                             "2026-04-25,hills,Hill repeats,50,9,7,,\n"
                             "2026-04-26,long,Long run,100,18,5,,\n";
    const Plan p = plan_of(rows, "2026-04-26", "2026-04-13", "2026-04-30");
    std::map<date::local_days, int> self_care;
    for (const Item& item : p.items)
        if (item.category == Category::self_care) ++self_care[item.date];
    CHECK(self_care.size() == 8);
    for (const auto& [date, n] : self_care) {
        const std::string on = iso_date(date); // the message's lambda cannot capture a structured binding (clang 14)
        CHECK_MESSAGE(n == 1, on);
    }

    CHECK(items_of(p, "post-race-flush") == "2026-04-20 appointment flush-massage");
    CHECK(items_of(p, "art-achilles") == "");
    CHECK(self_care_on(p, "2026-04-20") == nullptr);
    CHECK(notes_of(p, "art-achilles") ==
          "2026-04-20 ART: Achilles for left achilles since Mon 13 Apr not booked: too soon after City 10K on Sun 19 "
          "Apr; hard workout on Thu "
          "23 Apr (Tempo); and 1 more; rehab and self-massage instead");
    // The day's routines in one line: fascia stretches, foam rolling after the easy run, heat
    // before it (the niggle has lasted a week).
    const Item* tuesday = self_care_on(p, "2026-04-21");
    REQUIRE(tuesday);
    CHECK(tuesday->title == "Fascia stretches 10 min, foam roll sore spots 5–10 min, heat before the run");
    CHECK(tuesday->rule == "fascia-stretch+foam-roll-after-easy+heat-chronic");
    CHECK(tuesday->focus == std::vector<std::string>{"hips", "ankles", "achilles"});
    CHECK(tuesday->minutes == std::array{15, 20});

    // Without the flush, the stand-in stays.
    const Plan no_flush = plan_of(rows, "2026-04-26", "2026-04-13", "2026-04-30",
                                  rules_over("[[rule]]\nid = \"post-race-flush\"\nenabled = false\n"));
    const Item* instead = find_item(no_flush, "art-achilles", "2026-04-20", Category::self_care);
    REQUIRE(instead);
    CHECK(instead->title == "Rehab and self-massage instead of ART");
    CHECK(instead->stand_in);
}

// Blocks from earlier issues, planned the new way.

TEST_CASE("scenario: a 10K block with the race in a heavy week") {
    // Three heavy weeks (three hard days each at RPE 7), long runs of 95 minutes on the Sundays,
    // the Harbour 10K on Sat 23 May. Last massage Sun 3 May.
    const Week heavy_10k{{0, "easy,Easy run,40,7,3,,"}, {1, "intervals,6x800,55,10,7,,"},
                         {2, "easy,Easy run,40,7,3,,"}, {3, "tempo,Tempo 8K,45,9,7,,"},
                         {4, "easy,Easy run,40,7,3,,"}, {5, "hills,Hill repeats,50,9,7,,"},
                         {6, "long,Long run,95,17,5,,"}};
    const std::string rows =
        "2026-05-03,massage,Sports massage,60,,,,\n" + weeks_of("2026-05-04", 2, heavy_10k) +
        "2026-05-18,easy,Easy run,40,7,3,,\n2026-05-19,intervals,8x400,50,9,7,,\n2026-05-20,easy,Easy run,40,7,3,,\n"
        "2026-05-21,tempo,Race pace 4K,35,7,7,,\n2026-05-22,easy,Shakeout,20,4,2,,\n2026-05-23,race,Harbour "
        "10K,41,10,9,,\n"
        "2026-05-26,easy,Recovery jog,30,5,2,,\n2026-05-27,easy,Easy run,40,7,3,,\n2026-05-28,easy,Easy run,40,7,3,,\n"
        "2026-05-30,easy,Easy run,40,7,3,,\n2026-05-31,long,Long run,80,14,4,,\n";
    const Plan p = plan_of(rows, "2026-06-30", "2026-05-04", "2026-05-31");
    for (std::string_view monday : {"2026-05-04", "2026-05-11", "2026-05-18"})
        CHECK(p.load.week_of(day(monday))->status == WeekStatus::heavy);
    // Weekly: the Sundays are the only days without a hard session on them or the next day, and
    // long-run days, so the massages are gentle ones; the flush after the race keeps the rhythm.
    CHECK(appointments_of(p) ==
          "2026-05-10 flush-massage (maintenance-massage), 2026-05-17 flush-massage (maintenance-massage), "
          "2026-05-24 flush-massage (post-race-flush)");
    CHECK(find_item(p, "maintenance-massage", "2026-05-17")->reason ==
          "7 days since the last massage on Sun 10 May, in a heavy week (3 hard days): weekly during heavy blocks; "
          "gentle work only after "
          "Long run on Sun 17 May");
    CHECK(find_item(p, "maintenance-massage", "2026-05-17")
              ->tell_therapist.find("next race: Harbour 10K on Sat 23 May") != std::string::npos);
    CHECK(deep_work_in(p, "2026-05-04", "2026-05-31") == "");
}

TEST_CASE("scenario: a one-massage-a-month budget") {
    // Every week: very hard intervals on Tuesday, tempo on Thursday, a long run on Sunday. No
    // massage on record; one appointment a month, every rule together.
    const Week week{{1, "intervals,6x1K,60,12,8,,"},
                    {2, "easy,Easy run,40,7,3,,"},
                    {3, "tempo,Tempo 8K,45,9,7,,"},
                    {5, "easy,Easy run,40,7,3,,"},
                    {6, "long,Long run,100,18,5,,"}};
    const Plan p = plan_of(weeks_of("2026-06-01", 9, week), "2026-08-31", "2026-06-01", "2026-08-02",
                           rules_over("[therapist]\nmax_per_month = 1\n"));
    // June's is the first day 48-72 h after the intervals; July's waits for July (28 days); August's
    // is due in July, whose appointment is spent: Sat 1 Aug, the day before a long run, gentle.
    CHECK(appointments_of(p) ==
          "2026-06-05 deep-massage (deep-massage-after-hard), 2026-07-03 deep-massage (deep-massage-after-hard), "
          "2026-08-01 flush-massage (maintenance-massage)");
    CHECK(find_item(p, "deep-massage-after-hard", "2026-07-03")->reason ==
          "28 days since the last massage on Fri 5 Jun: every 2–4 weeks; 72 h after 6x1K on Tue 30 Jun: deep work "
          "48–72 h after a very hard "
          "session");
    CHECK(notes_of(p).starts_with(
        "2026-07-24 massage due on Fri 24 Jul not bookable: 1 appointment already that month; "));
    CHECK(notes_of(p).ends_with("; booked on Sat 1 Aug"));
}

TEST_CASE("scenario: a therapist open only on Tuesday and Saturday") {
    const std::string rows =
        "2026-08-29,massage,Sports massage,60,,,,\n"
        "2026-09-07,easy,Easy run,40,7,3,,\n2026-09-09,intervals,6x1K,60,12,8,,\n2026-09-13,long,Long run,100,18,5,,\n"
        "2026-09-14,easy,Easy run,40,7,3,,\n2026-09-16,easy,Easy run,40,7,3,,\n2026-09-18,tempo,Tempo 10K,50,10,8,,\n"
        "2026-09-19,easy,Easy run,40,7,3,,\n2026-09-20,long,Long run with 3x5K at MP,130,24,7,,\n"
        "2026-09-22,easy,Easy run,40,7,3,,\n2026-09-23,easy,Easy run,40,7,3,,\n2026-09-24,hills,Hill repeats,50,9,7,,\n"
        "2026-09-26,easy,Easy run,40,7,3,,\n2026-09-27,long,Long run,100,18,5,,\n2026-09-29,easy,Easy run,40,7,3,,\n"
        "2026-10-01,intervals,Club intervals,50,10,7,,\n2026-10-03,easy,Easy run,40,7,3,,\n2026-10-04,long,Long "
        "run,100,18,5,,\n"
        "2026-10-06,easy,Easy run,40,7,3,,\n2026-10-08,intervals,Club intervals,50,10,7,,\n2026-10-10,easy,Easy "
        "run,40,7,3,,\n"
        "2026-10-11,long,Long run,100,18,5,,\n2026-10-12,easy,Easy run,40,7,3,,\n2026-10-13,easy,Easy run,40,7,3,,\n"
        "2026-10-14,easy,Easy run,40,7,3,,\n2026-10-15,tempo,Tempo 8K,50,10,7,,\n2026-10-17,easy,Easy run,40,7,3,,\n"
        "2026-10-18,long,Long run,100,18,5,,\n";
    const Plan p =
        plan_of(rows, "2026-10-31", "2026-09-07", "2026-10-18", rules_over("[therapist]\ndays = [\"tue\", \"sat\"]\n"));
    // Due Sat 19 Sep, the day before a hard long run; Tue 22 Sep is the first therapist's day open,
    // in the long run's gentle days; three weeks later, Tue 13 Oct, the same.
    CHECK(appointments_of(p) ==
          "2026-09-22 flush-massage (maintenance-massage), 2026-10-13 flush-massage (maintenance-massage)");
    CHECK(find_item(p, "maintenance-massage", "2026-09-22")->reason ==
          "24 days since the last massage on Sat 29 Aug: every 2–4 weeks; gentle work only after Long run "
          "with 3x5K at MP on Sun "
          "20 Sep");
    for (const Item& item : p.items) {
        if (item.category != Category::appointment) continue;
        const date::weekday weekday{item.date};
        CHECK_MESSAGE((weekday == date::Tuesday || weekday == date::Saturday), short_text(item));
    }
}
