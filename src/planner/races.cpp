// Race week in plain sight: each race day, its blackout as one item over every day it closes, and
// the gentle flush after it.

#include "planner/parts.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace recover::planning {

namespace {

std::string distance_text(const Race& race) {
    return race.distance_km ? fmt::format(" ({:.1f} km)", *race.distance_km) : std::string();
}

} // namespace

void plan_races(Context& context, const Rule& rule) {
    for (const Blackout& b : context.calendar.blackouts()) {
        const Race& race = *b.race;
        const Cause cause{Cause::What::race, race.date, race.name};
        if (context.calendar.touches(race.date, race.date)) {
            Item day = make_item(rule, race.date);
            day.category = Category::race;
            day.title = "Race: " + race.name;
            day.minutes = {0, 0};
            day.focus.clear();
            day.triggers.push_back(cause);
            day.reason = fmt::format("race day{}: the plan keeps deep work away from it", distance_text(race));
            day.advice.clear();
            context.add(std::move(day));
        }
        if (!context.calendar.touches(b.first, b.last)) continue;
        Item item = make_item(rule, b.first);
        item.until = b.last;
        item.triggers.push_back(cause);
        item.reason = fmt::format("{} on {}: no deep massage or ART from {} until {}", race.name, day_name(race.date), day_name(b.first),
                                  day_name(b.last));
        // What is still fine, and until when: the pre-race advice on the blackout itself.
        std::string fine = b.flush_until >= b.first
                               ? fmt::format("A light flush massage is still fine until {}; after that, foam rolling and easy stretching only",
                                             day_name(b.flush_until))
                               : std::string("Foam rolling and easy stretching only");
        local_days deep_again = b.last + date::days{1};
        for (local_days d = race.date; d <= deep_again; d += date::days{1}) // a long race's gentle days outlast the blackout
            if (const GentleWindow* gentle = context.calendar.gentle_on(d)) deep_again = std::max(deep_again, gentle->last + date::days{1});
        item.advice = fmt::format("{}. Deep work again from {}.", fine, day_name(deep_again));
        context.add(std::move(item)); // a flag: the calendar counts nothing
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
        item.reason = fmt::format("day {} after {}: a gentle flush helps the legs recover; no deep work yet",
                                  (*booking.day - race.date).count(), what);
        keep_off_red_flags(context.calendar, item);
        context.add(std::move(item));
    }
}

} // namespace recover::planning
