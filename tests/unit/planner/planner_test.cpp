// The planner as a whole (src/planner/planner.cpp): the range it returns, the order of its items,
// its determinism, the races it knows, and --race. The rules themselves have a test file each.

#include "support/plans.hpp"

#include <doctest/doctest.h>

#include <map>
#include <tuple>

using namespace recover;
using namespace recover::testing;

namespace {

/// Everything an item says, for comparing plans.
std::string full_text(const Item& item) {
    std::string triggers;
    for (const Cause& c : item.triggers)
        triggers += fmt::format("{}:{}:{} ", static_cast<int>(c.what), iso_date(c.date), c.label);
    return fmt::format("{} {} {} | {} | {} | {}-{} | {} | {} | {} | {} | {} | {}", short_text(item),
                       item.until ? iso_date(*item.until) : "", item.rule, item.title, fmt::join(item.focus, ","),
                       item.minutes[0], item.minutes[1], triggers, item.reason, item.source, item.advice,
                       item.tell_therapist, item.stand_in);
}

std::vector<std::string> full_texts(const Plan& plan) {
    std::vector<std::string> out;
    for (const Item& item : plan.items)
        out.push_back(full_text(item));
    for (const Note& note : plan.notes)
        out.push_back(fmt::format("note {} {} {}", iso_date(note.date), note.rule, note.text));
    return out;
}

/// Eight weeks with a half marathon, a sharp calf after it and a long run: every kind of item.
std::string busy() {
    return weeks_of("2026-02-02", 8, normal_week) + "2026-01-20,massage,Sports massage,60,,,,\n"
                                                    "2026-03-08,race,City Half,95,21.1,9,right calf:3,\n"
                                                    "2026-03-10,easy,Easy run,30,5,3,right calf:4,sharp pain\n"
                                                    "2026-03-12,easy,Easy run,30,5,3,right calf:3,\n"
                                                    "2026-03-21,long,Long run,120,22,5,,\n";
}

} // namespace

TEST_CASE("planner: race options: a date, a name, a distance read from the name") {
    CHECK(parse_race_option("2026-06-14")->name == "race");
    CHECK(parse_race_option("2026-06-14")->date == day("2026-06-14"));
    CHECK(parse_race_option("2026-06-14: City 10K ")->name == "City 10K");
    CHECK(*parse_race_option("2026-06-14:Riverside Half")->distance_km == doctest::Approx(21.0975));
    CHECK(*parse_race_option("2026-06-14:Spring Marathon")->distance_km == doctest::Approx(42.195));
    CHECK(*parse_race_option("2026-06-14:Parkrun 5k")->distance_km == 5);
    CHECK(*parse_race_option("2026-06-14:50 km trail")->distance_km == 50);
    CHECK(*parse_race_option("2026-06-14:Twin Cities 10 mile")->distance_km == doctest::Approx(16.09344));
    CHECK(*parse_race_option("2026-06-14:Club 21.1K")->distance_km == doctest::Approx(21.1));
    CHECK_FALSE(parse_race_option("2026-06-14:Fun run")->distance_km);
    CHECK_FALSE(parse_race_option("2026-06-14:B2K fun run")->distance_km); // a digit inside a word is no distance
    CHECK_FALSE(parse_race_option("14.6.2026"));
    CHECK_FALSE(parse_race_option("2026-06-14x"));
    CHECK_FALSE(parse_race_option("2026-02-30"));
}

TEST_CASE("planner: the plan knows every race, from the log and from --race, once a day, by date") {
    const Plan p =
        plan_of("2026-03-08,race,City 10K,45,10,9,,\n2026-03-01,run,RACE: Club 5K,20,5,9,,\n", "2026-12-31",
                "2026-03-01", "2026-03-31", built_in(),
                {*parse_race_option("2026-03-29:Spring Marathon"), *parse_race_option("2026-03-08:Other name")});
    std::vector<std::string> races;
    for (const Race& r : p.races)
        races.push_back(fmt::format("{} {} {}", iso_date(r.date), r.name, r.distance_km.value_or(0)));
    CHECK(races == std::vector<std::string>{"2026-03-01 RACE: Club 5K 5", "2026-03-08 City 10K 10",
                                            "2026-03-29 Spring Marathon 42.195"});
    CHECK(items_of(p, "race-blackout", Category::race) ==
          "2026-03-01 race blackout, 2026-03-08 race blackout, 2026-03-29 race blackout");
}

TEST_CASE("planner: only the range's items and notes, sorted; an item that spans days stays while any of its days is "
          "in range") {
    const Plan whole = plan_of(busy(), "2026-12-31", "2026-02-02", "2026-03-29");
    for (std::size_t i = 1; i < whole.items.size(); ++i) {
        const Item &a = whole.items[i - 1], &b = whole.items[i];
        CHECK_MESSAGE(std::tie(a.date, a.category, a.rule, a.title) <= std::tie(b.date, b.category, b.rule, b.title),
                      short_text(a), " then ", short_text(b));
    }
    for (const Item& item : whole.items)
        for (std::size_t t = 1; t < item.triggers.size(); ++t)
            CHECK(item.triggers[t - 1].date <= item.triggers[t].date);
    for (std::size_t i = 1; i < whole.notes.size(); ++i)
        CHECK(whole.notes[i - 1].date <= whole.notes[i].date);

    // One week of it: the same items, and the blackout that began before it.
    const Plan week = plan_of(busy(), "2026-12-31", "2026-03-09", "2026-03-15");
    CHECK(week.from == day("2026-03-09"));
    CHECK(week.until == day("2026-03-15"));
    std::vector<std::string> expected;
    for (const Item& item : whole.items)
        if (item.last_day() >= day("2026-03-09") && item.date <= day("2026-03-15"))
            expected.push_back(short_text(item) + " " + item.rule);
    std::vector<std::string> got;
    for (const Item& item : week.items)
        got.push_back(short_text(item) + " " + item.rule);
    CHECK(got == expected);
    CHECK(items_of(week, "race-blackout", Category::flag) == "2026-03-05 flag blackout");
    for (const Note& note : week.notes)
        CHECK((note.date >= day("2026-03-09") && note.date <= day("2026-03-15")));
    // A range with nothing in it.
    CHECK(plan_of("2026-03-03,easy,Easy run,40,7,3,,\n", "2026-12-31", "2026-03-05", "2026-03-06",
                  rules_over("[[rule]]\nid = \"maintenance-massage\"\nenabled = false\n"))
              .items.empty());
}

TEST_CASE("planner: the same inputs give the same plan") {
    const Plan a = plan_of(busy(), "2026-12-31", "2026-02-02", "2026-03-29");
    const Plan b = plan_of(busy(), "2026-12-31", "2026-02-02", "2026-03-29");
    CHECK(full_texts(a) == full_texts(b));
    CHECK_FALSE(a.items.empty());
    CHECK_FALSE(a.notes.empty());
}

TEST_CASE("planner: what is booked up to a day does not depend on how far the plan runs") {
    const Plan four = plan_of(busy(), "2026-12-31", "2026-02-02", "2026-03-01");
    const Plan eight = plan_of(busy(), "2026-12-31", "2026-02-02", "2026-03-29");
    std::vector<std::string> first, again;
    for (const Item& item : four.items)
        first.push_back(full_text(item));
    for (const Item& item : eight.items)
        if (item.date <= day("2026-03-01")) again.push_back(full_text(item));
    CHECK(first == again);
}

TEST_CASE("planner: the therapist's days and the caps hold for every rule together") {
    const RuleSet rules = rules_over("[therapist]\ndays = [\"tue\", \"sat\"]\nmax_per_month = 1\n");
    const Plan p = plan_of(busy(), "2026-12-31", "2026-02-02", "2026-04-30", rules);
    std::map<int, int> per_month;
    for (const Item& item : p.items) {
        if (item.category != Category::appointment) continue;
        const date::weekday weekday{item.date};
        CHECK_MESSAGE((weekday == date::Tuesday || weekday == date::Saturday), short_text(item));
        ++per_month[static_cast<int>(static_cast<unsigned>(date::year_month_day{item.date}.month()))];
    }
    for (const auto& month : per_month) // not a structured binding: the message's lambda captures it (clang 14)
        CHECK_MESSAGE(month.second == 1, "month ", month.first);
    CHECK(per_month.size() == 3);
}

TEST_CASE("planner: a planned workout whose day has passed counts for nothing") {
    TrainingLog log = read_log("date,type,title,duration,rpe\n2026-03-03,intervals,A,60,8\n", "log.csv",
                               LogOptions{day("2026-03-10"), InputFormat::automatic});
    CHECK_FALSE(log.workouts[0].missed); // native rows before today were done
    Workout missed = log.workouts[0];
    missed.planned = missed.missed = true; // as read_log marks a TrainingPeaks row planned and never done
    std::vector<Workout> one{missed};
    classify_workouts(one, Settings{});
    CHECK(one[0].load == 0);
    CHECK_FALSE(one[0].very_hard);
    CHECK(one[0].why == "type intervals; planned but not done");
    const TrainingLog only_missed{one, {}, {}};
    const RuleSet rules = rules_over("[[rule]]\nid = \"maintenance-massage\"\nenabled = false\n"
                                     "[[rule]]\nid = \"deep-massage-after-hard\"\nevery_session = true\n");
    CHECK(plan_recovery(only_missed, rules, PlanRequest{day("2026-03-01"), day("2026-03-15"), {}}).items.empty());
    // Done, it sets off deep work after it (every_session) and a day of fascia stretches.
    const TrainingLog done = log_of("2026-03-03,intervals,A,60,12,8,,\n", "2026-12-31", rules);
    CHECK(appointments_of(plan_recovery(done, rules, PlanRequest{day("2026-03-01"), day("2026-03-15"), {}})) ==
          "2026-03-06 deep-massage (deep-massage-after-hard)");
}

TEST_CASE("planner: the load model of the plan is the range's") {
    const Plan p = plan_of(busy(), "2026-12-31", "2026-02-16", "2026-03-01");
    REQUIRE_FALSE(p.load.weeks.empty());
    CHECK(p.load.week_of(day("2026-02-16")) != nullptr);
    CHECK(p.load.week_of(day("2026-03-01")) != nullptr);
    CHECK(p.load.week_of(day("2026-02-16"))->load == 260);
}
