// The planner: runs the rules in a fixed order over one calendar (DESIGN.md §4). The rules
// themselves live beside it, one file per family: races.cpp, cadence.cpp, niggles.cpp,
// niggle_care.cpp, runs.cpp; booked.cpp, self_care.cpp and brief.cpp come before and after.

#include "recover/planner/planner.hpp"

#include "planner/parts.hpp"

#include "recover/core/text.hpp"

#include <algorithm>
#include <cctype>

namespace recover {

namespace {

using planning::Context;

std::vector<Race> collect_races(const TrainingLog& log, const std::vector<Race>& extra) {
    std::vector<Race> races;
    for (const Workout& w : log.workouts)
        if (w.kind == Kind::race && !w.missed) races.push_back(Race{w.date, w.title.empty() ? "race" : w.title, w.distance_km});
    for (const Race& race : extra) {
        bool known = std::any_of(races.begin(), races.end(), [&](const Race& r) { return r.date == race.date; });
        if (!known) races.push_back(race);
    }
    std::stable_sort(races.begin(), races.end(), [](const Race& a, const Race& b) { return a.date < b.date; });
    return races;
}

/// The order rules run in: flags first (race days and blackouts, red flags, the niggle ladder's
/// step), which later steps must see; then appointments set off by an event (the flush after a
/// race, ART once a niggle is assessed, deep work after every session when asked for); then the
/// massage cadence, which sees every massage booked before it; then self-care. Within one step,
/// rules run in file order and share the calendar's caps.
using Step = void (*)(Context&, const Rule&);
struct Phase {
    Step step;
    std::vector<Trigger> triggers; ///< the rules it runs, by trigger, in this order
};
const Phase phases[]{
    {planning::plan_races, {Trigger::race}},
    {planning::plan_red_flags, {Trigger::red_flag}},
    {planning::plan_niggle_flags, {Trigger::niggle_not_improving}},
    {planning::plan_after_race, {Trigger::after_race}},
    {planning::plan_niggle_appointments, {Trigger::niggle_persists}},
    {planning::plan_every_session, {Trigger::very_hard_workout}},
    {planning::plan_cadence, {Trigger::schedule}},
    {planning::plan_after_runs, {Trigger::long_run, Trigger::easy_run, Trigger::run_day}},
    {planning::plan_niggle_self_care, {Trigger::niggle_acute, Trigger::niggle_chronic}},
};

} // namespace

std::optional<Race> parse_race_option(std::string_view spec) {
    auto day = parse_iso_date(spec.substr(0, 10));
    if (!day || (spec.size() > 10 && spec[10] != ':')) return std::nullopt;
    Race race{*day, spec.size() > 11 ? std::string(trim(spec.substr(11))) : std::string(), std::nullopt};
    if (race.name.empty()) race.name = "race";
    std::string name = lowercase(race.name);
    if (name.find("half") != std::string::npos)
        race.distance_km = 21.0975;
    else if (name.find("marathon") != std::string::npos)
        race.distance_km = 42.195;
    for (std::size_t i = 0; i < name.size() && !race.distance_km; ++i) {
        if (!std::isdigit(static_cast<unsigned char>(name[i])) || (i > 0 && std::isalnum(static_cast<unsigned char>(name[i - 1]))))
            continue;
        std::size_t end = i;
        while (end < name.size() && (std::isdigit(static_cast<unsigned char>(name[end])) || name[end] == '.')) ++end;
        std::string_view unit = trim(std::string_view(name).substr(end));
        if (unit.starts_with("k")) race.distance_km = parse_number(std::string_view(name).substr(i, end - i));
        if (unit.starts_with("mi")) {
            if (auto miles = parse_number(std::string_view(name).substr(i, end - i))) race.distance_km = *miles * 1.609344;
        }
        i = end;
    }
    return race;
}

Plan plan_recovery(const TrainingLog& log, const RuleSet& rules, const PlanRequest& request) {
    Plan plan;
    plan.from = request.from;
    plan.until = request.until;
    plan.races = collect_races(log, request.extra_races);
    // Book a week past `until` so that an item's day does not depend on where the range ends.
    planning::Calendar calendar(log, rules, plan.races, request.from, request.until + date::days{7});
    // One series serves the bookings and the output: its days up to `until` do not depend on how
    // far past it the series runs (every average looks back only), and the output shows no more.
    plan.load = compute_load(log.workouts, rules.settings, request.from, calendar.last(), request.past);
    Context context{log, rules, plan, calendar, track_niggles(log.niggles, rules.settings.niggle_gap_days), plan.load};
    planning::plan_booked(context);
    for (const Phase& phase : phases)
        for (Trigger trigger : phase.triggers)
            for (const Rule* rule : rules.with_trigger(trigger)) phase.step(context, *rule);
    planning::merge_self_care(plan, log);
    planning::brief_therapist(context);
    for (Item& item : plan.items) // merged items gathered their triggers in rule order
        std::stable_sort(item.triggers.begin(), item.triggers.end(), [](const Cause& a, const Cause& b) { return a.date < b.date; });
    // An item that spans days stays when any of its days is in range.
    std::erase_if(plan.items, [&](const Item& i) { return i.last_day() < plan.from || i.date > plan.until; });
    std::erase_if(plan.notes, [&](const Note& n) { return n.date < plan.from || n.date > plan.until; });
    sort_plan(plan);
    return plan;
}

} // namespace recover
