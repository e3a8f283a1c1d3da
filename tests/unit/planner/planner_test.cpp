#include "recover/load/classify.hpp"
#include "recover/core/dates.hpp"
#include "recover/log/log.hpp"
#include "recover/planner/planner.hpp"
#include "recover/render/render.hpp"

#include <doctest/doctest.h>

using namespace recover;
using namespace date::literals;

namespace {

PlanOptions explained() {
    PlanOptions options;
    options.explain = true;
    return options;
}
date::local_days day(std::string_view iso) { return *parse_iso_date(iso); }

Plan plan(std::string_view rows, std::string_view from, std::string_view until, const RuleSet& rules = default_rules(),
          std::vector<Race> races = {}) {
    TrainingLog log = read_log(std::string("date,type,title,duration,distance,rpe\n") + std::string(rows), "log.csv",
                               LogOptions{day("2026-12-31"), InputFormat::automatic});
    classify_workouts(log.workouts, rules.settings);
    return plan_recovery(log, rules, PlanRequest{day(from), day(until), std::move(races)});
}

std::vector<const Item*> items_of(const Plan& p, std::string_view rule) {
    std::vector<const Item*> out;
    for (const Item& item : p.items)
        if (item.rule == rule) out.push_back(&item);
    return out;
}

/// Rules without maintenance, to look at one rule at a time.
RuleSet without_maintenance() {
    RuleSet defaults = default_rules();
    return load_rules("[[rule]]\nid = \"maintenance-massage\"\nenabled = false\n", "t.toml", &defaults);
}
} // namespace

TEST_CASE("deep massage lands 48-72 h after a very hard workout and names it") {
    Plan p = plan("2026-03-03,intervals,6x1K,60,12,8\n", "2026-03-01", "2026-03-15", without_maintenance());
    auto deep = items_of(p, "deep-massage-after-hard");
    REQUIRE(deep.size() == 1);
    CHECK(deep[0]->date == day("2026-03-06")); // the latest open day of Thu–Fri
    CHECK(deep[0]->category == Category::appointment);
    REQUIRE(deep[0]->triggers.size() == 1);
    CHECK(deep[0]->triggers[0].date == day("2026-03-03"));
    CHECK(deep[0]->reason == "72 h after 6x1K on Tue 3 Mar (hard, rpe 8): deep work 48–72 h after a very hard session");
    CHECK(deep[0]->source == "massage-types-and-timing.txt");
}

TEST_CASE("one deep massage covers every very hard workout whose window it falls in") {
    Plan p = plan("2026-03-03,intervals,A,60,12,8\n2026-03-04,tempo,B,50,10,8\n", "2026-03-01", "2026-03-15", without_maintenance());
    auto deep = items_of(p, "deep-massage-after-hard");
    REQUIRE(deep.size() == 1);
    CHECK(deep[0]->date == day("2026-03-06"));
    CHECK(deep[0]->triggers.size() == 2);
}

TEST_CASE("no appointment on a hard day or the day before one") {
    // Very hard Tue; hard Fri closes Thu (day before) and Fri: the massage goes to... nowhere in Thu–Fri.
    Plan p = plan("2026-03-03,intervals,A,60,12,8\n2026-03-06,tempo,B,50,10,7\n", "2026-03-01", "2026-03-15", without_maintenance());
    auto deep = items_of(p, "deep-massage-after-hard");
    REQUIRE(deep.size() == 1);
    CHECK(deep[0]->category == Category::self_care);
    CHECK(deep[0]->treatment == Treatment::foam_roll);
    REQUIRE(p.notes.size() == 1);
    CHECK(p.notes[0].text ==
          "deep sports massage after A on Tue 3 Mar (hard, rpe 8) not booked: hard workout the next day (B); hard workout that day (B); "
          "foam rolling instead");
}

TEST_CASE("never deep work in a race blackout; the race closes the days after it too") {
    Plan p = plan("2026-03-04,intervals,A,60,12,8\n2026-03-08,race,City 10K,45,10,9\n", "2026-03-01", "2026-03-15",
                  without_maintenance());
    for (const Item& item : p.items)
        if (item.category == Category::appointment && is_deep_work(item.treatment)) {
            CHECK(item.date > day("2026-03-10")); // blackout Thu 5 – Tue 10 Mar
        }
    auto flag = items_of(p, "race-blackout");
    REQUIRE(flag.size() == 1);
    CHECK(flag[0]->date == day("2026-03-05"));
    CHECK(flag[0]->reason ==
          "City 10K is on Sun 8 Mar: no deep massage or ART from Thu 5 Mar until Tue 10 Mar; a light flush is still fine until Fri 6 Mar");
    auto deep = items_of(p, "deep-massage-after-hard");
    REQUIRE(deep.size() == 2);
    CHECK(deep[0]->category == Category::self_care); // after A: inside the blackout
    CHECK(deep[1]->date == day("2026-03-11"));         // after the race: day 3
}

TEST_CASE("a race of 30 km or more closes the week before it; --race races count too") {
    Plan p = plan("2026-03-01,easy,E,40,7,3\n", "2026-03-01", "2026-03-31", without_maintenance(),
                  {*parse_race_option("2026-03-29:Spring Marathon")});
    auto flag = items_of(p, "race-blackout");
    REQUIRE(flag.size() == 1);
    CHECK(flag[0]->date == day("2026-03-22"));
}

TEST_CASE("race options: a date, a name, a distance read from the name") {
    CHECK(parse_race_option("2026-06-14")->name == "race");
    CHECK(*parse_race_option("2026-06-14:Riverside Half")->distance_km == doctest::Approx(21.0975));
    CHECK(*parse_race_option("2026-06-14:Parkrun 5k")->distance_km == 5);
    CHECK(*parse_race_option("2026-06-14:50 km trail")->distance_km == 50);
    CHECK_FALSE(parse_race_option("2026-06-14:Fun run")->distance_km);
    CHECK_FALSE(parse_race_option("14.6.2026"));
    CHECK_FALSE(parse_race_option("2026-06-14x"));
}

TEST_CASE("maintenance massage every three weeks, reset by a massage received") {
    Plan p = plan("2026-03-02,easy,E,40,7,3\n2026-03-10,massage,Massage,60,,\n", "2026-03-02", "2026-04-30");
    auto maintenance = items_of(p, "maintenance-massage");
    REQUIRE(maintenance.size() >= 2);
    CHECK(maintenance[0]->date == day("2026-03-02")); // no massage on record before
    CHECK(maintenance[1]->date == day("2026-03-31")); // 21 days after the one received on 10 Mar
    CHECK(maintenance[1]->reason == "21 days since the last massage on Tue 10 Mar: maintenance every 2–4 weeks");
}

TEST_CASE("the therapist's days and the caps are respected") {
    RuleSet defaults = default_rules();
    RuleSet rules = load_rules("[therapist]\ndays = [\"tue\", \"sat\"]\nmax_per_month = 1\n", "t.toml", &defaults);
    Plan p = plan("2026-03-02,easy,E,40,7,3\n2026-03-03,intervals,A,60,12,8\n", "2026-03-01", "2026-04-30", rules);
    int in_march = 0;
    for (const Item& item : p.items) {
        if (item.category != Category::appointment) continue;
        auto weekday = date::weekday{item.date};
        CHECK((weekday == date::Tuesday || weekday == date::Saturday));
        if (date::year_month_day{item.date}.month() == date::March) ++in_march;
    }
    CHECK(in_march == 1);
}

TEST_CASE("only items inside the range are returned, in order") {
    Plan p = plan("2026-03-03,intervals,A,60,12,8\n", "2026-03-06", "2026-03-06", without_maintenance());
    REQUIRE(p.items.size() == 1);
    CHECK(p.items[0].date == day("2026-03-06"));
    Plan empty = plan("2026-03-03,intervals,A,60,12,8\n", "2026-03-07", "2026-03-08", without_maintenance());
    CHECK(empty.items.empty());
}

TEST_CASE("the same inputs give the same plan") {
    std::string rows = "2026-03-03,intervals,A,60,12,8\n2026-03-08,race,R,45,10,9\n2026-03-20,long,L,120,22,7\n";
    CHECK(render_text(plan(rows, "2026-03-01", "2026-05-01"), explained()) == render_text(plan(rows, "2026-03-01", "2026-05-01"), explained()));
}

TEST_CASE("a planned workout whose day has passed counts for nothing") {
    TrainingLog log = read_log("date,type,title,duration,rpe\n2026-03-03,intervals,A,60,8\n", "log.csv", LogOptions{day("2026-03-10"), InputFormat::automatic});
    CHECK_FALSE(log.workouts[0].missed); // native rows before today were done
    Workout missed = log.workouts[0];
    missed.planned = missed.missed = true; // as read_log marks a TrainingPeaks row planned and never done
    std::vector<Workout> one{missed};
    classify_workouts(one, Settings{});
    CHECK(one[0].load == 0);
    CHECK_FALSE(one[0].very_hard);
    CHECK(one[0].why == "type intervals; planned but not done");
    TrainingLog only_missed{one, {}, {}};
    Plan p = plan_recovery(only_missed, without_maintenance(), PlanRequest{day("2026-03-01"), day("2026-03-15"), {}});
    CHECK(p.items.empty());
}
