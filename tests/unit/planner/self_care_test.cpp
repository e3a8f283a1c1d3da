// One line of self-care a day (src/planner/self_care.cpp): the day's routines merged into one item,
// and no stand-in beside a massage on the same or the next day.

#include "planner/parts.hpp"
#include "support/plans.hpp"

#include <doctest/doctest.h>

#include <map>

using namespace recover;
using namespace recover::testing;

namespace {

Item self_care(std::string_view iso, std::string rule, std::string title, std::array<int, 2> minutes,
               std::vector<std::string> focus, std::string_view workout) {
    Item item;
    item.date = day(iso);
    item.category = Category::self_care;
    item.treatment = Treatment::stretch;
    item.rule = std::move(rule);
    item.title = std::move(title);
    item.minutes = minutes;
    item.focus = std::move(focus);
    item.triggers.push_back(Cause{Cause::What::workout, day(iso), std::string(workout)});
    item.reason = item.rule + " because";
    item.source = "massage-types-and-timing.txt";
    item.advice = item.rule + " advice.";
    return item;
}

Item appointment(std::string_view iso, Treatment treatment) {
    Item item;
    item.date = day(iso);
    item.category = Category::appointment;
    item.treatment = treatment;
    item.rule = "maintenance-massage";
    item.title = "Maintenance massage";
    return item;
}

Item stand_in(std::string_view iso) {
    Item item =
        self_care(iso, "maintenance-massage", "Foam roll instead of a massage this week", {10, 15}, {"calves"}, "");
    item.treatment = Treatment::foam_roll;
    item.triggers = {Cause{Cause::What::clock, day("2026-02-01"), "last massage"}};
    item.stand_in = true;
    return item;
}

} // namespace

TEST_CASE("self-care: a day's routines are one item, with every title, minute, area, trigger and source") {
    Plan plan;
    plan.items = {
        self_care("2026-03-03", "foam-roll-after-easy", "Foam roll sore spots", {5, 10}, {}, "Easy"),
        self_care("2026-03-03", "fascia-stretch", "Fascia stretches", {10, 10}, {"hips", "ankles"}, "Easy"),
        self_care("2026-03-03", "heat-chronic", "Heat before the run", {0, 0}, {"achilles", "hips"}, "Easy 2"),
        self_care("2026-03-04", "fascia-stretch", "Fascia stretches", {10, 10}, {"hips", "ankles"}, "Tempo")};
    planning::merge_self_care(plan, TrainingLog{});
    REQUIRE(plan.items.size() == 2);
    const Item& merged = plan.items[0];
    // In plan order (by rule id), each title after the first in lower case, with its minutes.
    CHECK(merged.title == "Fascia stretches 10 min, foam roll sore spots 5–10 min, heat before the run");
    CHECK(merged.rule == "fascia-stretch+foam-roll-after-easy+heat-chronic");
    CHECK(merged.minutes == std::array{15, 20});
    CHECK(merged.focus == std::vector<std::string>{"hips", "ankles", "achilles"});
    REQUIRE(merged.triggers.size() == 2); // "Easy" once
    CHECK(merged.triggers[0].label == "Easy");
    CHECK(merged.triggers[1].label == "Easy 2");
    CHECK(merged.reason == "fascia-stretch because; foam-roll-after-easy because; heat-chronic because");
    CHECK(merged.source == "massage-types-and-timing.txt");
    CHECK(merged.advice == "fascia-stretch advice. foam-roll-after-easy advice. heat-chronic advice.");
    CHECK_FALSE(merged.stand_in);
    // One routine alone stays as it is.
    CHECK(plan.items[1].title == "Fascia stretches");
    CHECK(plan.items[1].rule == "fascia-stretch");
}

TEST_CASE("self-care: no stand-in on the day of a massage or the day after; other items stay") {
    Plan plan;
    plan.items = {appointment("2026-03-10", Treatment::maintenance_massage),
                  stand_in("2026-03-10"),
                  stand_in("2026-03-11"),
                  stand_in("2026-03-12"),
                  appointment("2026-03-20", Treatment::art),
                  stand_in("2026-03-20")};
    planning::merge_self_care(plan, TrainingLog{});
    sort_plan(plan); // merging keeps the days' items, not their order: plan_recovery sorts last
    std::string left;
    for (const Item& item : plan.items)
        left += short_text(item) + "; ";
    // ART is not a massage: the stand-in beside it stays.
    CHECK(left ==
          "2026-03-10 appointment maintenance-massage; 2026-03-12 self-care foam-roll; 2026-03-20 appointment art; "
          "2026-03-20 self-care foam-roll; ");
    CHECK(plan.items[1].stand_in);
    // A stand-in merged with a routine is no longer only a stand-in.
    Plan mixed;
    mixed.items = {stand_in("2026-03-12"),
                   self_care("2026-03-12", "fascia-stretch", "Fascia stretches", {10, 10}, {"hips"}, "Easy")};
    planning::merge_self_care(mixed, TrainingLog{});
    REQUIRE(mixed.items.size() == 1);
    CHECK(mixed.items[0].title == "Fascia stretches 10 min, foam roll instead of a massage this week 10–15 min");
    CHECK_FALSE(mixed.items[0].stand_in);
}

TEST_CASE("self-care: at most one self-care item a day in a whole plan") {
    const Plan p = plan_of(weeks_of("2026-02-02", 4, normal_week) + "2026-02-10,easy,Evening jog,25,4,2,calf:5,\n",
                           "2026-12-31", "2026-02-02", "2026-03-01");
    std::map<date::local_days, int> per_day;
    for (const Item& item : p.items)
        if (item.category == Category::self_care) ++per_day[item.date];
    for (const auto& [date, n] : per_day) {
        const std::string on = iso_date(date); // the message's lambda cannot capture a structured binding (clang 14)
        CHECK_MESSAGE(n == 1, on);
    }
    const Item* tuesday = self_care_on(p, "2026-02-10");
    REQUIRE(tuesday);
    CHECK(tuesday->title == "Fascia stretches 10 min, foam roll sore spots 5–10 min, ice the sore spot");
    CHECK(tuesday->rule == "fascia-stretch+foam-roll-after-easy+ice-acute");
    CHECK(tuesday->triggers.size() == 3); // 6x1K, Evening jog, the calf
}
