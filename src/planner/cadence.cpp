// The massage cadence: one clock decides how many massages there are, and the very hard sessions
// decide where they land.
//
// "For maintenance, a 45–60 minute session every 2 to 4 weeks keeps tissues responsive; increase
// to weekly during heavy training blocks. On easy weeks, a short gentle session or foam rolling can
// be enough." "Schedule deep work 48 to 72 hours after a very hard session, not right before a
// race." (massage-types-and-timing.txt)

#include "planner/parts.hpp"

#include "recover/core/text.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace recover::planning {

namespace {

WeekStatus status_on(const LoadSeries& load, local_days day) {
    const WeekLoad* week = load.week_of(day);
    return week ? week->status : WeekStatus::normal;
}

/// The days after a hard session on which the placement rule puts deep work: ceil(min / 24) to
/// floor(max / 24).
std::pair<int, int> window_days(const Rule& placement) {
    return {(placement.window_hours[0] + 23) / 24, placement.window_hours[1] / 24};
}

/// Why the clock says a massage is due on `day`, in words.
std::string clock_reason(const Rule& rule, std::optional<local_days> last, local_days day, WeekStatus status, const WeekLoad* week) {
    if (!last)
        return fmt::format("no massage on record: maintenance every {}–{} weeks keeps tissues responsive", rule.every_days[0] / 7,
                           rule.every_days[1] / 7);
    const auto since = (day - *last).count();
    if (status == WeekStatus::heavy)
        return fmt::format("{} days since the last massage on {}, in a heavy week ({}): weekly during heavy blocks", since, day_name(*last),
                           week ? week->reason : "");
    return fmt::format("{} days since the last massage on {}: every {}–{} weeks", since, day_name(*last), rule.every_days[0] / 7,
                       rule.every_days[1] / 7);
}

/// A massage that could not be booked when it fell due: what kept it out, said once it is booked.
struct Delay {
    std::optional<local_days> last; ///< the massage the clock ran from when it fell due
    local_days due;
    std::vector<std::string> reasons;
    void add(const std::string& why) {
        if (std::find(reasons.begin(), reasons.end(), why) == reasons.end()) reasons.push_back(why);
    }
};

} // namespace

void plan_every_session(Context& context, const Rule& rule) {
    if (!rule.every_session) return;
    const auto [first, last] = window_days(rule);
    for (const Workout& w : context.log.workouts) {
        if (!w.very_hard || w.missed) continue;
        const local_days open = w.date + date::days{first}, close = w.date + date::days{last};
        if (!context.calendar.touches(open, close)) continue;
        if (Item* covering = context.appointment_of(rule, open, close)) {
            covering->triggers.push_back(workout_cause(w));
            continue;
        }
        if (auto had = context.calendar.last_massage(close); had && *had >= open) continue; // a massage is there already
        Booking booking = find_day(context.calendar, rule, open, close, /*latest=*/true);
        if (!booking.day) {
            context.note(open, rule, fmt::format("deep work after {} not booked: {}", named_day(w), refusal_text(booking.refusals)));
            continue;
        }
        Item item = make_item(rule, *booking.day);
        item.triggers.push_back(workout_cause(w));
        item.reason = fmt::format("{} h after {}: deep work after every very hard session (every_session)", (*booking.day - w.date).count() * 24,
                                  describe(w));
        keep_off_red_flags(context.calendar, item);
        context.add(std::move(item));
    }
}

void plan_cadence(Context& context, const Rule& rule) {
    const Plan& plan = context.plan;
    const Calendar& calendar = context.calendar;
    const LoadSeries load = compute_load(context.log.workouts, context.rules.settings, plan.from, calendar.last());
    const auto placements = context.rules.with_trigger(Trigger::very_hard_workout);
    // The placement rule books the massage it places: only one that books a massage can place.
    const Rule* placement = placements.empty() || placements.front()->category != Category::appointment ||
                                    !is_massage(placements.front()->treatment)
                                ? nullptr
                                : placements.front();
    std::optional<local_days> foam_rolled_week;
    std::optional<Delay> delay;

    for (local_days day = plan.from; day <= calendar.last(); day += date::days{1}) {
        const std::optional<local_days> last = calendar.last_massage(day);
        if (delay && delay->last != last) { // another massage (a flush, one booked or received) came first
            context.note(delay->due, rule,
                         fmt::format("massage due on {} not bookable: {}; the massage on {} came first", day_name(delay->due),
                                     refusal_text(delay->reasons), day_name(*last)));
            delay.reset();
        }
        const WeekStatus status = status_on(load, day);
        // When the next massage may come and when it must have come: every 2–4 weeks, aiming for
        // aim_days; weekly in a heavy week, never closer than min_gap_days.
        local_days due = day, close = day + date::days{rule.every_days[1] - rule.aim_days};
        if (last && status == WeekStatus::heavy) {
            // Weekly: one in each heavy week, the week after the last one, min_gap_days apart at least.
            due = std::max(*last + date::days{rule.min_gap_days}, monday_of(*last) + date::days{7});
            close = *last + date::days{rule.heavy_every_days};
        } else if (last) {
            due = *last + date::days{rule.aim_days};
            close = *last + date::days{rule.every_days[1]};
        }
        if (day < due) continue;
        // In a heavy week the rest of the week is the window (weekly during heavy blocks), but never
        // past every_days[1] after the last massage unless the massage is overdue already.
        local_days end = std::max(close, day);
        if (status == WeekStatus::heavy) {
            local_days sunday = monday_of(day) + date::days{6};
            if (last && *last + date::days{rule.every_days[1]} >= day) sunday = std::min(sunday, *last + date::days{rule.every_days[1]});
            end = std::max(end, sunday);
        }
        // A massage already in the window (a flush, one received or booked) is the next one; so is
        // one booked so soon that no other could come before it (min_gap_days).
        if (auto next = calendar.next_massage(day); next && *next <= std::max(end, day + date::days{rule.min_gap_days - 1})) {
            day = *next;
            continue;
        }
        if (status == WeekStatus::easy && rule.easy_week_foam_roll) {
            // "On easy weeks, a short gentle session or foam rolling can be enough": no massage this week.
            if (foam_rolled_week != monday_of(day) && calendar.touches(day, day)) {
                foam_rolled_week = monday_of(day);
                Item item = make_item(rule, day);
                item.category = Category::self_care;
                item.treatment = Treatment::foam_roll;
                item.stand_in = true;
                item.title = "Foam roll instead of a massage this week";
                item.minutes = {10, 15};
                item.focus = rule.focus;
                if (last) item.triggers.push_back(Cause{Cause::What::clock, *last, "last massage"});
                const WeekLoad* week = load.week_of(day);
                item.reason = fmt::format("an easy week ({}): foam rolling is enough, the massage waits for next week",
                                          week ? week->reason : "");
                context.add(std::move(item));
                if (last && close < monday_of(day) + date::days{7})
                    context.note(day, rule, fmt::format("massage due by {} waits for the easy week to end", day_name(close)));
            }
            day = monday_of(day) + date::days{6};
            continue;
        }

        // The best day of the window: 48–72 h after a hard session when one comes (deep work),
        // else the first day open to a massage, else the first open to gentle work.
        std::optional<local_days> deep, plain, gentle;
        const Workout* after = nullptr;
        std::vector<std::string> refusals;
        for (local_days d = day; d <= end && !deep; d += date::days{1}) {
            if (status_on(load, d) == WeekStatus::easy && rule.easy_week_foam_roll) break;
            if (placement) {
                const auto [first, latest] = window_days(*placement);
                const Workout* hard = calendar.hard_before(d, first, latest);
                if (hard && !calendar.closed(d, *placement)) {
                    deep = d;
                    after = hard;
                    break;
                }
            }
            auto why = calendar.closed(d, rule);
            if (!why && !plain) plain = d;
            if (why && std::find(refusals.begin(), refusals.end(), *why) == refusals.end()) refusals.push_back(*why);
            // A gentle massage of the cadence keeps the spacing a flush after a race may break.
            const auto near = calendar.last_massage(d + date::days{rule.min_gap_days - 1});
            if (!gentle && !calendar.closed(d, rule, Treatment::flush_massage) && (!near || *near <= d - date::days{rule.min_gap_days}))
                gentle = d;
        }
        if (!deep && !plain && !gentle) {
            if (!delay) delay = Delay{last, day, {}};
            for (const std::string& why : refusals) delay->add(why);
            day = end;
            continue;
        }

        const local_days booked = deep ? *deep : plain ? *plain : *gentle;
        Item item = deep ? make_item(*placement, booked) : make_item(rule, booked);
        item.triggers.push_back(last ? Cause{Cause::What::clock, *last, "last massage"} : Cause{Cause::What::clock, booked, "no massage on record"});
        item.reason = clock_reason(rule, last, booked, status, load.week_of(booked));
        if (deep) {
            item.triggers.push_back(workout_cause(*after));
            item.reason += fmt::format("; {} h after {}: deep work 48–72 h after a very hard session", (booked - after->date).count() * 24,
                                       named_day(*after));
        } else if (!plain) {
            const GentleWindow* window = calendar.gentle_on(booked);
            item.treatment = Treatment::flush_massage;
            item.title = "Gentle massage (Swedish)";
            item.minutes = {30, 45}; // "a short gentle session" (massage-types-and-timing.txt); our choice of length, as the flush's
            item.advice = "Gentle strokes only (Swedish or Lomi Lomi): after long efforts they calm the nervous system and speed recovery "
                          "without inflaming tissues.";
            item.reason += window ? fmt::format("; gentle work only after {}", window->what)
                                  : fmt::format("; gentle work only: {}", calendar.closed(booked, rule).value_or("no deep work today"));
        }
        keep_off_red_flags(calendar, item);
        if (delay) {
            context.note(delay->due, rule,
                         fmt::format("massage due on {} not bookable: {}; booked on {}", day_name(delay->due), refusal_text(delay->reasons),
                                     day_name(booked)));
            delay.reset();
        }
        context.add(std::move(item));
        day = booked;
    }
    if (delay)
        context.note(delay->due, rule,
                     fmt::format("massage due on {} not bookable: {}; none before the plan ends", day_name(delay->due), refusal_text(delay->reasons)));
}

} // namespace recover::planning
