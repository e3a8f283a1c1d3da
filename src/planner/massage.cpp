// The massage rules: race blackouts, deep massage after very hard work, the flush after a race,
// and the maintenance clock.

#include "planner/parts.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace recover::planning {

void plan_race_blackouts(Context& context, const Rule& rule) {
    for (const Blackout& b : context.calendar.blackouts()) {
        Item item = make_item(rule, b.first);
        item.triggers.push_back(Cause{Cause::What::race, b.race->date, b.race->name});
        item.reason = fmt::format("{} is on {}: no deep massage or ART from {} until {}; a light flush is still fine until {}",
                                  b.race->name, day_name(b.race->date), day_name(b.first), day_name(b.last), day_name(b.flush_until));
        context.add(std::move(item)); // a flag: the calendar counts nothing
    }
}

/// One appointment in the window after each very hard workout; one appointment covers every
/// workout whose window it falls in, and the latest open day leaves the most room to do so.
void plan_after_hard(Context& context, const Rule& rule) {
    const int first = (rule.window_hours[0] + 23) / 24, last = rule.window_hours[1] / 24;
    for (const Workout& w : context.log.workouts) {
        if (!w.very_hard || w.missed) continue;
        const local_days open = w.date + date::days{first}, close = w.date + date::days{last};
        if (!context.calendar.touches(open, close)) continue;

        if (Item* covering = context.appointment_of(rule, open, close)) {
            covering->triggers.push_back(workout_cause(w));
            covering->reason += fmt::format("; it also follows {}", describe(w));
            continue;
        }
        if (auto had = context.calendar.received(Received::massage, open, close)) {
            context.note(*had, rule, fmt::format("the massage you had on {} covers {}", day_name(*had), describe(w)));
            continue;
        }
        Booking booking = find_day(context.calendar, rule, open, close, /*latest=*/true);
        if (booking.day) {
            Item item = make_item(rule, *booking.day);
            item.triggers.push_back(workout_cause(w));
            item.reason = fmt::format("{} h after {}: deep work {}–{} h after a very hard session", (*booking.day - w.date).count() * 24,
                                      describe(w), rule.window_hours[0], rule.window_hours[1]);
            context.add(std::move(item));
            continue;
        }
        stand_in(context, rule, std::max(open, context.plan.from), {workout_cause(w)}, "after " + describe(w), booking.refusals);
    }
}

/// A gentle flush on the days after each race; deep work waits for the blackout to end.
void plan_after_race(Context& context, const Rule& rule) {
    for (const Race& race : context.plan.races) {
        const local_days open = race.date + date::days{rule.days[0]}, close = race.date + date::days{rule.days[1]};
        if (!context.calendar.touches(open, close)) continue;
        const Cause cause{Cause::What::race, race.date, race.name};
        const std::string what = fmt::format("{} on {}", race.name, day_name(race.date));
        if (auto had = context.calendar.received(Received::massage, open, close)) {
            context.note(*had, rule, fmt::format("the massage you had on {} is the flush after {}", day_name(*had), what));
            continue;
        }
        Booking booking = find_day(context.calendar, rule, open, close);
        if (!booking.day) {
            stand_in(context, rule, std::max(open, context.plan.from), {cause}, "after " + what, booking.refusals);
            continue;
        }
        Item item = make_item(rule, *booking.day);
        item.triggers.push_back(cause);
        item.reason = fmt::format("day {} after {}: a gentle flush helps the legs recover; no deep work until the blackout ends",
                                  (*booking.day - race.date).count(), what);
        context.add(std::move(item));
    }
}

/// A massage every every_days (aiming for aim_days), weekly in heavy weeks; any massage resets
/// the clock; foam rolling stands in during an easy week.
void plan_maintenance(Context& context, const Rule& rule) {
    const Plan& plan = context.plan;
    std::optional<local_days> foam_rolled_week;
    // A massage that fell due on a closed day: what kept it out, reported (dated the day it fell
    // due) once it is booked, once another massage resets the clock, or once it is no longer due.
    struct Delay {
        std::optional<local_days> last; ///< the massage the clock ran from
        local_days due;
        int interval = 0;
        std::vector<std::string> reasons;
    };
    std::optional<Delay> delay;
    auto report_delay = [&](std::string_view outcome) {
        if (delay)
            context.note(delay->due, rule,
                         fmt::format("maintenance massage due on {} (every {} days{}) not bookable: {}; {}", day_name(delay->due), delay->interval,
                                     delay->last ? " from " + day_name(*delay->last) : std::string(), fmt::join(delay->reasons, "; "),
                                     outcome));
        delay.reset();
    };
    for (local_days day = plan.from; day <= context.calendar.last(); day += date::days{1}) {
        const WeekLoad* week = plan.load.week_of(day);
        const WeekStatus status = week ? week->status : WeekStatus::normal;
        std::optional<local_days> last = context.calendar.last_massage(day);
        if (delay && delay->last != last) report_delay(fmt::format("the massage on {} reset the clock", day_name(*last)));
        const int interval = status == WeekStatus::heavy ? rule.heavy_every_days : rule.aim_days;
        const int since = last ? static_cast<int>((day - *last).count()) : -1;
        if (last && since < interval) {
            if (delay) report_delay(fmt::format("no longer due after the week of {}", day_name(monday_of(delay->due))));
            continue;
        }
        // A massage already booked in the coming days resets the clock, if it comes soon enough:
        // within the maximum interval, or within the week in a heavy week.
        const int longest = status == WeekStatus::heavy ? rule.heavy_every_days : rule.every_days[1];
        if (auto next = context.calendar.next_massage(day); next && (*next - day).count() < 7 && (!last || (*next - *last).count() <= longest))
            continue;

        const bool overdue = !last || since >= rule.every_days[1];
        if (status == WeekStatus::easy && rule.easy_week_foam_roll && !overdue) {
            if (foam_rolled_week != monday_of(day)) {
                foam_rolled_week = monday_of(day);
                Item item = make_item(rule, day);
                item.category = Category::self_care;
                item.treatment = Treatment::foam_roll;
                item.title = "Foam roll (stands in for maintenance massage)";
                item.minutes = {10, 15};
                item.triggers.push_back(Cause{Cause::What::clock, *last, "last massage"});
                item.reason = fmt::format("{} days since the last massage on {}, but this is an easy week ({}): foam rolling is enough",
                                          since, day_name(*last), week ? week->reason : "");
                context.add(std::move(item));
            }
            continue;
        }
        if (auto why = context.calendar.closed(day, rule)) {
            if (!delay) delay = Delay{last, day, interval, {}};
            if (std::find(delay->reasons.begin(), delay->reasons.end(), *why) == delay->reasons.end()) delay->reasons.push_back(*why);
            continue;
        }
        if (delay) report_delay(fmt::format("booked on {} instead{}", day_name(day), overdue && last ? fmt::format(", {} days after the last", since) : ""));
        Item item = make_item(rule, day);
        if (last) {
            item.triggers.push_back(Cause{Cause::What::clock, *last, "last massage"});
            item.reason = status == WeekStatus::heavy
                              ? fmt::format("{} days since the last massage on {}, in a heavy week ({}): weekly massage during heavy blocks",
                                            since, day_name(*last), week->reason)
                              : fmt::format("{} days since the last massage on {}: maintenance every {}–{} weeks", since, day_name(*last),
                                            rule.every_days[0] / 7, rule.every_days[1] / 7);
        } else {
            item.triggers.push_back(Cause{Cause::What::clock, day, "no massage on record"});
            item.reason = fmt::format("no massage on record: maintenance every {}–{} weeks keeps tissues responsive", rule.every_days[0] / 7,
                                      rule.every_days[1] / 7);
        }
        context.add(std::move(item));
    }
    report_delay("none bookable before the plan ends");
}

} // namespace recover::planning
