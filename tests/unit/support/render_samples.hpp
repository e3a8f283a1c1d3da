#pragma once
/// Small plans for the renderer tests, built field by field.

#include "recover/core/dates.hpp"
#include "recover/planner/plan.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace recover::samples {

inline date::local_days day(std::string_view iso) {
    return *parse_iso_date(iso);
}

inline Cause cause(Cause::What what, std::string_view iso, std::string label) {
    Cause c;
    c.what = what;
    c.date = day(iso);
    c.label = std::move(label);
    return c;
}

/// An item with its date, kind, rule and title; the rest left for the test to set.
inline Item item(std::string_view iso, Category category, Treatment treatment, std::string rule, std::string title) {
    Item i;
    i.date = day(iso);
    i.category = category;
    i.treatment = treatment;
    i.rule = std::move(rule);
    i.title = std::move(title);
    return i;
}

/// A deep massage on `iso`, caused by the hard workout `label` on `workout_iso`.
inline Item deep_massage(std::string_view iso, std::string_view workout_iso, std::string label) {
    Item i =
        item(iso, Category::appointment, Treatment::deep_massage, "deep-massage-after-hard", "Deep sports massage");
    i.minutes = {45, 60};
    i.focus = {"calves", "quads"};
    i.triggers = {cause(Cause::What::workout, workout_iso, std::move(label))};
    i.reason = "48 h after a very hard session";
    i.source = "massage-types-and-timing.txt";
    return i;
}

inline Plan plan(std::string_view from, std::string_view until, std::vector<Item> items = {}) {
    Plan p;
    p.from = day(from);
    p.until = day(until);
    p.items = std::move(items);
    return p;
}

/// A plan from 2026-03-04 to 2026-03-12 with a deep massage and a race blackout whose texts need
/// escaping in every format, a note, and three weeks of load (W09 ends before the plan).
inline Plan small_plan() {
    Item deep = deep_massage("2026-03-05", "2026-03-03", "6x800, \"hard\"");
    Item flag = item("2026-03-12", Category::flag, Treatment::blackout, "race-blackout", "=cmd|' /C calc'!A0");
    flag.triggers = {cause(Cause::What::race, "2026-03-15", "")};
    flag.reason = "-3 days to race day\nno deep work";
    Plan p = plan("2026-03-04", "2026-03-12", {deep, flag});
    p.notes = {Note{day("2026-03-13"), "deep-massage-after-hard", "moved \"later\""}};
    WeekLoad w9, w10, w11;
    w9.monday = day("2026-02-23");
    w10.monday = day("2026-03-02");
    w10.load = 1234.56;
    w10.acwr = 1.318;
    w10.status = WeekStatus::heavy;
    w11.monday = day("2026-03-09");
    w11.load = 800;
    p.load.weeks = {w9, w10, w11};
    return p;
}

} // namespace recover::samples
