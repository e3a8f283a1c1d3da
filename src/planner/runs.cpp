// Self-care around runs: gentle work after long runs, foam rolling after easy runs, fascia
// stretching on run days. One item per rule and day, naming every run that called for it.

#include "planner/parts.hpp"

#include <fmt/format.h>

namespace recover::planning {

namespace {

/// Whether `w` sets off a rule with this trigger.
bool sets_off(const Workout& w, Trigger trigger) {
    if (w.sport != Sport::run || w.missed || w.kind == Kind::treatment) return false;
    switch (trigger) {
    case Trigger::long_run: return w.long_run && w.kind != Kind::race;
    case Trigger::easy_run: return w.kind == Kind::easy && !w.long_run;
    case Trigger::run_day: return w.kind != Kind::race;
    default: return false;
    }
}

std::string why(const Rule& rule, const Workout& w, local_days day) {
    const int after = static_cast<int>((day - w.date).count());
    const std::string when = after == 0 ? "after" : after == 1 ? "the day after" : fmt::format("{} days after", after);
    switch (rule.trigger) {
    case Trigger::long_run:
        return fmt::format("{} {}: long runs leave microscopic damage; gentle work within 24 h (a Swedish massage if one is due)", when,
                           describe(w));
    case Trigger::easy_run: return fmt::format("{} {}: a few minutes on sore spots keeps the tissue supple", when, describe(w));
    default: return fmt::format("{} {}: fascia stretches keep hips and ankles moving", after == 0 ? "run day" : when, describe(w));
    }
}

} // namespace

void plan_after_runs(Context& context, const Rule& rule) {
    const date::days after{rule.days[0]};
    for (const Workout& w : workouts_dated(context.log, context.calendar.from() - after, context.calendar.last() - after)) {
        if (!sets_off(w, rule.trigger)) continue;
        const local_days day = w.date + after;
        if (!context.calendar.touches(day, day)) continue;
        Booking booking = find_day(context.calendar, rule, day, w.date + date::days{rule.days[1]});
        if (!booking.day) {
            stand_in(context, rule, day, {workout_cause(w)}, "after " + describe(w), booking.refusals);
            continue;
        }
        Item item = make_item(rule, *booking.day);
        item.triggers.push_back(workout_cause(w));
        if (context.join(item)) continue; // the day's item names this run too; its reason stays the first run's
        item.reason = why(rule, w, *booking.day);
        context.add(std::move(item));
    }
}

} // namespace recover::planning
