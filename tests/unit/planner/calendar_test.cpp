// The planner's calendar (src/planner/calendar.cpp): which day is open to which appointment, and
// why not, in the words a note prints. Tested directly, since every rule books through it.

#include "planner/parts.hpp"
#include "support/plans.hpp"

#include <doctest/doctest.h>

using namespace recover;
using namespace recover::testing;
using recover::planning::Calendar;

namespace {

/// Why `rule` may not book `treatment` (its own by default) on `iso`, or "open".
std::string why(const Calendar& calendar, const RuleSet& rules, std::string_view rule, std::string_view iso,
                std::optional<Treatment> treatment = std::nullopt) {
    const Rule* found = rules.find(rule);
    REQUIRE_MESSAGE(found, "no rule ", rule);
    const auto closed = calendar.closed(day(iso), *found, treatment.value_or(found->treatment));
    return closed ? *closed : "open";
}

/// An appointment of `rule` on `iso`, as the planner books it.
Item appointment(const RuleSet& rules, std::string_view rule, std::string_view iso) {
    return planning::make_item(*rules.find(rule), day(iso));
}

constexpr std::string_view maintenance = "maintenance-massage";

} // namespace

TEST_CASE("calendar: no appointment on a hard day or the day before one; self-care and flags are always open") {
    const TrainingLog log = log_of("2026-03-04,tempo,Tempo,50,10,7,,\n2026-03-06,easy,Easy,40,7,3,,\n", "2026-12-31");
    const Calendar calendar(log, built_in(), {}, day("2026-03-01"), day("2026-03-31"));
    CHECK(why(calendar, built_in(), maintenance, "2026-03-02") == "open");
    CHECK(why(calendar, built_in(), maintenance, "2026-03-03") == "hard workout on Wed 4 Mar (Tempo)");
    CHECK(why(calendar, built_in(), maintenance, "2026-03-04") == "hard workout on Wed 4 Mar (Tempo)");
    CHECK(why(calendar, built_in(), maintenance, "2026-03-05") == "open");
    // Light work too: the day before a hard session is for the session.
    CHECK(why(calendar, built_in(), "post-race-flush", "2026-03-03") == "hard workout on Wed 4 Mar (Tempo)");
    CHECK(why(calendar, built_in(), "fascia-stretch", "2026-03-04") == "open");
    CHECK(why(calendar, built_in(), "see-physio-red-flag", "2026-03-04") == "open");
    CHECK(calendar.hard_on(day("2026-03-04")) == &log.workouts[0]);
    CHECK(calendar.hard_on(day("2026-03-06")) == nullptr);
    // The latest hard session 2–3 days before.
    CHECK(calendar.hard_before(day("2026-03-06"), 2, 3) == &log.workouts[0]);
    CHECK(calendar.hard_before(day("2026-03-07"), 2, 3) == &log.workouts[0]);
    CHECK(calendar.hard_before(day("2026-03-08"), 2, 3) == nullptr);
    CHECK(calendar.hard_before(day("2026-03-05"), 2, 3) == nullptr);
}

TEST_CASE("calendar: nothing outside the days it books, whatever the rule") {
    const TrainingLog log = log_of("", "2026-12-31");
    const Calendar calendar(log, built_in(), {}, day("2026-03-01"), day("2026-03-31"));
    CHECK(why(calendar, built_in(), maintenance, "2026-02-28") == "before the plan starts");
    CHECK(why(calendar, built_in(), "fascia-stretch", "2026-04-01") == "after the plan ends");
    CHECK(calendar.touches(day("2026-02-20"), day("2026-03-01")));
    CHECK(calendar.touches(day("2026-03-31"), day("2026-04-05")));
    CHECK_FALSE(calendar.touches(day("2026-02-20"), day("2026-02-28")));
    CHECK_FALSE(calendar.touches(day("2026-04-01"), day("2026-04-05")));
}

TEST_CASE("calendar: a race closes deep work from days_before to days_after, a flush from flush_until_days before") {
    const TrainingLog log = log_of("2026-03-08,race,City 10K,45,10,9,,\n", "2026-12-31");
    const std::vector<Race> races{Race{day("2026-03-08"), "City 10K", 10.0}};
    const Calendar calendar(log, built_in(), races, day("2026-03-01"), day("2026-03-31"));
    REQUIRE(calendar.blackouts().size() == 1);
    CHECK(calendar.blackouts()[0].first == day("2026-03-05"));
    CHECK(calendar.blackouts()[0].last == day("2026-03-10"));
    CHECK(calendar.blackouts()[0].flush_until == day("2026-03-06"));

    CHECK(why(calendar, built_in(), maintenance, "2026-03-04") == "open");
    for (std::string_view before : {"2026-03-05", "2026-03-06", "2026-03-07", "2026-03-08"}) {
        CAPTURE(before);
        CHECK(why(calendar, built_in(), maintenance, before) == "race blackout before City 10K on Sun 8 Mar");
        CHECK(why(calendar, built_in(), "deep-massage-after-hard", before) ==
              "race blackout before City 10K on Sun 8 Mar");
    }
    CHECK(why(calendar, built_in(), maintenance, "2026-03-09") == "too soon after City 10K on Sun 8 Mar");
    CHECK(why(calendar, built_in(), "art-achilles", "2026-03-10") == "too soon after City 10K on Sun 8 Mar");
    CHECK(why(calendar, built_in(), maintenance, "2026-03-11") == "open");

    // A light flush is fine until two days before, and again the day after.
    CHECK(why(calendar, built_in(), "post-race-flush", "2026-03-05") == "open");
    CHECK(why(calendar, built_in(), "post-race-flush", "2026-03-06") == "open");
    CHECK(why(calendar, built_in(), "post-race-flush", "2026-03-07") == "race blackout before City 10K on Sun 8 Mar");
    CHECK(why(calendar, built_in(), "post-race-flush", "2026-03-08") == "race blackout before City 10K on Sun 8 Mar");
    CHECK(why(calendar, built_in(), "post-race-flush", "2026-03-09") == "open");
    CHECK(why(calendar, built_in(), maintenance, "2026-03-09", Treatment::flush_massage) == "open");
}

TEST_CASE("calendar: a marathon closes the week before it and leaves a week of gentle work after it") {
    // --race races are not hard days of the log, but their blackout is the same.
    const TrainingLog log = log_of("", "2026-12-31");
    const std::vector<Race> races{Race{day("2026-04-26"), "Spring Marathon", 42.195}};
    const Calendar calendar(log, built_in(), races, day("2026-04-01"), day("2026-05-31"));
    CHECK(why(calendar, built_in(), maintenance, "2026-04-18") == "open");
    CHECK(why(calendar, built_in(), maintenance, "2026-04-19") == "race blackout before Spring Marathon on Sun 26 Apr");
    CHECK(why(calendar, built_in(), maintenance, "2026-04-28") == "too soon after Spring Marathon on Sun 26 Apr");
    for (std::string_view gentle : {"2026-04-29", "2026-05-03"}) {
        CAPTURE(gentle);
        CHECK(why(calendar, built_in(), maintenance, gentle) ==
              "gentle work only until Sun 3 May (Spring Marathon on Sun 26 Apr)");
        CHECK(why(calendar, built_in(), "deep-massage-after-hard", gentle) ==
              "gentle work only until Sun 3 May (Spring Marathon on Sun 26 Apr)");
        CHECK(why(calendar, built_in(), maintenance, gentle, Treatment::flush_massage) == "open");
    }
    CHECK(why(calendar, built_in(), maintenance, "2026-05-04") == "open");
    CHECK(why(calendar, built_in(), "post-race-flush", "2026-04-24") == "open");
    CHECK(why(calendar, built_in(), "post-race-flush", "2026-04-25") ==
          "race blackout before Spring Marathon on Sun 26 Apr");
    CHECK(why(calendar, built_in(), "post-race-flush", "2026-04-27") == "open");
    REQUIRE(calendar.gentle_windows().size() == 1);
    CHECK(calendar.gentle_windows()[0].what == "Spring Marathon on Sun 26 Apr");
}

TEST_CASE("calendar: a half marathon is a long effort whatever the blackout says") {
    // Without race-blackout the gentle window alone keeps deep work out of days 0-2.
    const RuleSet rules = rules_over("[[rule]]\nid = \"race-blackout\"\nenabled = false\n");
    const TrainingLog log = log_of("2026-03-08,race,City Half,95,21.1,9,,\n", "2026-12-31", rules);
    const std::vector<Race> races{Race{day("2026-03-08"), "City Half", 21.1}};
    const Calendar calendar(log, rules, races, day("2026-03-01"), day("2026-03-31"));
    CHECK(calendar.blackouts().empty());
    CHECK(why(calendar, rules, maintenance, "2026-03-08") ==
          "gentle work only until Tue 10 Mar (City Half on Sun 8 Mar)");
    CHECK(why(calendar, rules, maintenance, "2026-03-10") ==
          "gentle work only until Tue 10 Mar (City Half on Sun 8 Mar)");
    CHECK(why(calendar, rules, maintenance, "2026-03-11") == "open");
    // A race of unknown distance is no long effort; a 10K neither.
    const std::vector<Race> short_ones{Race{day("2026-03-08"), "Fun run", std::nullopt},
                                       Race{day("2026-03-15"), "Club 10K", 10.0}};
    const Calendar unknown(log_of("", "2026-12-31", rules), rules, short_ones, day("2026-03-01"), day("2026-03-31"));
    CHECK(unknown.gentle_windows().empty());
}

TEST_CASE("calendar: no deep work on a long-run day or the day before; gentle days after a long effort") {
    // 100 minutes: a long run and a long effort (gentle work the day and the two after).
    const TrainingLog log = log_of("2026-03-01,long,Long run,100,18,5,,\n"
                                   "2026-03-15,long,Long 20K,85,20,5,,\n"  // a long run (20 km), no long effort
                                   "2026-03-29,run,Long 40K,230,40,6,,\n", // marathon length: a week of gentle work
                                   "2026-12-31");
    const Calendar calendar(log, built_in(), {}, day("2026-02-20"), day("2026-04-30"));
    CHECK(why(calendar, built_in(), maintenance, "2026-02-27") == "open");
    CHECK(why(calendar, built_in(), maintenance, "2026-02-28") == "long run on Sun 1 Mar (Long run)");
    CHECK(why(calendar, built_in(), maintenance, "2026-03-01") ==
          "gentle work only until Tue 3 Mar (Long run on Sun 1 Mar)");
    CHECK(why(calendar, built_in(), "art-hamstring", "2026-03-03") ==
          "gentle work only until Tue 3 Mar (Long run on Sun 1 Mar)");
    CHECK(why(calendar, built_in(), maintenance, "2026-03-04") == "open");
    // Gentle work is fine on either day: a Swedish massage after a long run is what the articles say.
    CHECK(why(calendar, built_in(), maintenance, "2026-02-28", Treatment::flush_massage) == "open");
    CHECK(why(calendar, built_in(), maintenance, "2026-03-01", Treatment::flush_massage) == "open");

    CHECK(why(calendar, built_in(), maintenance, "2026-03-14") == "long run on Sun 15 Mar (Long 20K)");
    CHECK(why(calendar, built_in(), maintenance, "2026-03-15") == "long run on Sun 15 Mar (Long 20K)");
    CHECK(why(calendar, built_in(), maintenance, "2026-03-16") == "open");

    CHECK(why(calendar, built_in(), maintenance, "2026-04-05") ==
          "gentle work only until Sun 5 Apr (Long 40K on Sun 29 Mar)");
    CHECK(why(calendar, built_in(), maintenance, "2026-04-06") == "open");
    const auto* window = calendar.gentle_on(day("2026-04-02"));
    REQUIRE(window);
    CHECK(window->first == day("2026-03-29"));
    CHECK(window->last == day("2026-04-05"));
    CHECK(calendar.gentle_on(day("2026-03-15")) == nullptr);
}

TEST_CASE("calendar: an open red flag closes all deep work, not gentle work") {
    const TrainingLog log = log_of("", "2026-12-31");
    Calendar calendar(log, built_in(), {}, day("2026-05-01"), day("2026-05-31"));
    calendar.add_red_flag(planning::RedFlag{"IT band", "\"sharp pain\" in outer knee", day("2026-05-05"),
                                            day("2026-05-12"), std::nullopt});
    CHECK(why(calendar, built_in(), maintenance, "2026-05-04") == "open");
    // The red flag's day and the next: the physio first, whatever the appointment.
    CHECK(why(calendar, built_in(), maintenance, "2026-05-05") == "red flag on Tue 5 May: the physio first");
    CHECK(why(calendar, built_in(), maintenance, "2026-05-06", Treatment::flush_massage) == "red flag on Tue 5 May: the physio first");
    CHECK(why(calendar, built_in(), "see-physio-red-flag", "2026-05-05") == "open");
    CHECK(why(calendar, built_in(), maintenance, "2026-05-07") ==
          "red flag open since Tue 5 May (\"sharp pain\" in outer knee)");
    CHECK(why(calendar, built_in(), "art-it-band", "2026-05-12") ==
          "red flag open since Tue 5 May (\"sharp pain\" in outer knee)");
    CHECK(why(calendar, built_in(), maintenance, "2026-05-13") == "open");
    CHECK(why(calendar, built_in(), maintenance, "2026-05-07", Treatment::flush_massage) == "open");
    CHECK(calendar.red_flags_on(day("2026-05-04")).empty());
    CHECK(calendar.red_flags_on(day("2026-05-12")).size() == 1);
    // Open past the end of the plan: no last day.
    calendar.add_red_flag(
        planning::RedFlag{"calf", "severity 8/10 in calf", day("2026-05-20"), std::nullopt, std::nullopt});
    CHECK(calendar.red_flags_on(day("2026-05-31")).size() == 1);
    CHECK(why(calendar, built_in(), maintenance, "2026-05-31") ==
          "red flag open since Wed 20 May (severity 8/10 in calf)");
}

TEST_CASE("calendar: the therapist's days") {
    const RuleSet rules = rules_over("[therapist]\ndays = [\"tue\", \"sat\"]\n");
    const TrainingLog log = log_of("", "2026-12-31", rules);
    const Calendar calendar(log, rules, {}, day("2026-03-01"), day("2026-03-31"));
    CHECK(why(calendar, rules, maintenance, "2026-03-02") == "therapist not available on Mondays");
    CHECK(why(calendar, rules, maintenance, "2026-03-03") == "open");
    CHECK(why(calendar, rules, "post-race-flush", "2026-03-08") == "therapist not available on Sundays");
    CHECK(why(calendar, rules, "ice-acute", "2026-03-08") == "open");
}

TEST_CASE("calendar: one appointment a day, the weekly and monthly caps, received treatments included") {
    const RuleSet rules = rules_over("[therapist]\nmax_per_month = 3\n");
    const TrainingLog log = log_of("2026-03-03,physio,Physio check,40,,,,\n", "2026-12-31", rules);
    Calendar calendar(log, rules, {}, day("2026-03-01"), day("2026-04-30"));
    CHECK(why(calendar, rules, "post-race-flush", "2026-03-03") == "another appointment that day");
    calendar.book(appointment(rules, "post-race-flush", "2026-03-04"));
    CHECK(why(calendar, rules, "post-race-flush", "2026-03-05") == "2 appointments already that week");
    CHECK(why(calendar, rules, "post-race-flush", "2026-03-09") == "open");
    calendar.book(appointment(rules, "post-race-flush", "2026-03-10"));
    CHECK(why(calendar, rules, "post-race-flush", "2026-03-20") == "3 appointments already that month");
    CHECK(why(calendar, rules, "post-race-flush", "2026-04-01") == "open");
    // Self-care and flags count for nothing.
    calendar.book(appointment(rules, "fascia-stretch", "2026-04-06"));
    calendar.book(appointment(rules, "see-physio-red-flag", "2026-04-06"));
    CHECK(why(calendar, rules, "post-race-flush", "2026-04-06") == "open");
}

TEST_CASE("calendar: massages at least min_gap_days apart, a flush excepted; every massage is on the clock") {
    const TrainingLog log = log_of("2026-03-10,massage,Sports massage,60,,,,\n", "2026-12-31");
    Calendar calendar(log, built_in(), {}, day("2026-03-01"), day("2026-03-31"));
    CHECK(why(calendar, built_in(), maintenance, "2026-03-06") == "open");
    CHECK(why(calendar, built_in(), maintenance, "2026-03-07") == "massage on Tue 10 Mar (at least 4 days apart)");
    CHECK(why(calendar, built_in(), "deep-massage-after-hard", "2026-03-13") ==
          "massage on Tue 10 Mar (at least 4 days apart)");
    CHECK(why(calendar, built_in(), maintenance, "2026-03-14") == "open");
    CHECK(why(calendar, built_in(), "post-race-flush", "2026-03-11") == "open");
    CHECK(why(calendar, built_in(), maintenance, "2026-03-11", Treatment::flush_massage) == "open");
    // ART is not a massage.
    CHECK(why(calendar, built_in(), "art-achilles", "2026-03-11") == "open");

    CHECK(calendar.last_massage(day("2026-03-09")) == std::nullopt);
    CHECK(calendar.last_massage(day("2026-03-12")) == day("2026-03-10"));
    CHECK(calendar.next_massage(day("2026-03-10")) == day("2026-03-10"));
    CHECK(calendar.received(Received::massage, day("2026-03-01"), day("2026-03-31")) == day("2026-03-10"));
    CHECK(calendar.received(Received::massage, day("2026-03-11"), day("2026-03-31")) == std::nullopt);
    CHECK(calendar.received(Received::art, day("2026-03-01"), day("2026-03-31")) == std::nullopt);

    // A flush booked is on the clock too, and a massage booked is spaced like one received.
    calendar.book(appointment(built_in(), "post-race-flush", "2026-03-12"));
    CHECK(calendar.last_massage(day("2026-03-20")) == day("2026-03-12"));
    calendar.book(appointment(built_in(), maintenance, "2026-03-24"));
    CHECK(why(calendar, built_in(), "deep-massage-after-hard", "2026-03-21") ==
          "massage on Tue 24 Mar (at least 4 days apart)");
    CHECK(calendar.next_massage(day("2026-03-13")) == day("2026-03-24"));
}

TEST_CASE("calendar: deep work after every session is capped at the rule's max_per_week") {
    const RuleSet rules = rules_over("[[rule]]\nid = \"deep-massage-after-hard\"\nevery_session = true\n");
    const TrainingLog log = log_of("", "2026-12-31", rules);
    Calendar calendar(log, rules, {}, day("2026-03-01"), day("2026-03-31"));
    calendar.book(appointment(rules, "deep-massage-after-hard", "2026-03-02"));
    CHECK(why(calendar, rules, "deep-massage-after-hard", "2026-03-07") == "1 deep sports massage already that week");
    // The cap is the rule's own: the cadence may still book that week.
    CHECK(why(calendar, rules, maintenance, "2026-03-07") == "open");
    CHECK(why(calendar, rules, "deep-massage-after-hard", "2026-03-09") == "open");
}

TEST_CASE("calendar: assessed by a logged physio or ART visit for the area, or by the ladder's step") {
    const TrainingLog log = log_of("2026-03-10,physio,Physio: achilles,40,,,,\n"
                                   "2026-03-12,art,ART session,30,,,,left hamstring\n"
                                   "2026-03-20,physio,Physio check,40,,,,\n",
                                   "2026-12-31");
    Calendar calendar(log, built_in(), {}, day("2026-03-01"), day("2026-03-31"));
    CHECK(calendar.assessed("achilles", day("2026-03-01"), day("2026-03-31")) == day("2026-03-10"));
    CHECK(calendar.assessed("hamstring", day("2026-03-01"), day("2026-03-31")) == day("2026-03-12"));
    // A visit that names no area counts for every area.
    CHECK(calendar.assessed("calf", day("2026-03-01"), day("2026-03-31")) == day("2026-03-20"));
    CHECK(calendar.assessed("calf", day("2026-03-01"), day("2026-03-19")) == std::nullopt);
    calendar.add_assessment("calf", day("2026-03-15"));
    CHECK(calendar.assessed("calf", day("2026-03-01"), day("2026-03-31")) == day("2026-03-15"));
    CHECK(calendar.received(Received::physio, day("2026-03-11"), day("2026-03-31")) == day("2026-03-20"));
}

TEST_CASE("calendar: find_day gives the first (or last) open day, or each reason once in date order") {
    const TrainingLog log =
        log_of("2026-03-08,race,City 10K,45,10,9,,\n2026-03-12,tempo,Tempo,50,10,7,,\n", "2026-12-31");
    const std::vector<Race> races{Race{day("2026-03-08"), "City 10K", 10.0}};
    const Calendar calendar(log, built_in(), races, day("2026-03-01"), day("2026-03-31"));
    const Rule& rule = *built_in().find(std::string(maintenance));
    auto booking = planning::find_day(calendar, rule, day("2026-03-03"), day("2026-03-11"));
    CHECK(booking.day == day("2026-03-03"));
    booking = planning::find_day(calendar, rule, day("2026-03-03"), day("2026-03-11"), /*latest=*/true);
    CHECK(booking.day == day("2026-03-04"));
    booking = planning::find_day(calendar, rule, day("2026-03-05"), day("2026-03-12"));
    CHECK_FALSE(booking.day);
    CHECK(booking.refusals == std::vector<std::string>{"race blackout before City 10K on Sun 8 Mar",
                                                       "too soon after City 10K on Sun 8 Mar",
                                                       "hard workout on Thu 12 Mar (Tempo)"});
    CHECK(planning::refusal_text(booking.refusals) == "race blackout before City 10K on Sun 8 Mar; too soon after City "
                                                      "10K on Sun 8 Mar; and 1 more");
    CHECK(planning::refusal_text({"a", "b"}) == "a; b");
    CHECK(planning::refusal_text({"a", "b", "c", "d", "e"}) == "a; b; and 3 more");
    CHECK(planning::refusal_text({}) == "");
}
