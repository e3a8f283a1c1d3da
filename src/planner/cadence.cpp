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
    // Those whose window [first, last] days later touches the calendar.
    for (const Workout& w : workouts_dated(context.log, context.calendar.from() - date::days{last}, context.calendar.last() - date::days{first})) {
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

namespace {

/// The clock's window for the next massage: it may come from `due` and should have come by `end`.
struct Window {
    local_days due, end;
};

/// The window on `day`, given the last massage and the week's status: every 2–4 weeks aiming for
/// aim_days; in a heavy week one each week (from the week after the last one, min_gap_days after it
/// at least, the rest of that week to find a day), never past every_days[1] unless overdue already.
Window clock_window(const Rule& rule, std::optional<local_days> last, WeekStatus status, local_days day) {
    if (!last) return {day, day + date::days{rule.every_days[1] - rule.aim_days}}; // a week to find a day
    const local_days must = *last + date::days{rule.every_days[1]};
    if (status != WeekStatus::heavy) return {*last + date::days{rule.aim_days}, std::max(must, day)};
    const local_days due = std::max(*last + date::days{rule.min_gap_days}, monday_of(*last) + date::days{7});
    local_days sunday = monday_of(day) + date::days{6};
    if (must >= day) sunday = std::min(sunday, must);
    return {due, std::max({*last + date::days{rule.heavy_every_days}, day, sunday})};
}

/// Where in a window a due massage goes.
struct Slot {
    local_days day;
    enum class Kind { deep, plain, gentle } kind;
    const Workout* after = nullptr; ///< deep: the hard session it follows
};

/// The best day of [from, end]: 48–72 h after a hard session and open to deep work (the placement
/// rule's deep massage), else the first day open to a massage, else the first open to gentle work,
/// none in an easy week. Nothing when no day is open; `refusals` then says why.
std::optional<Slot> best_slot(const Calendar& calendar, const LoadSeries& load, const Rule& rule, const Rule* placement,
                              local_days from, local_days end, std::vector<std::string>& refusals) {
    std::optional<Slot> plain, gentle;
    for (local_days d = from; d <= end; d += date::days{1}) {
        if (status_on(load, d) == WeekStatus::easy && rule.easy_week_foam_roll) break;
        if (placement) {
            const auto [first, latest] = window_days(*placement);
            const Workout* hard = calendar.hard_before(d, first, latest);
            if (hard && !calendar.closed(d, *placement)) return Slot{d, Slot::Kind::deep, hard};
        }
        auto why = calendar.closed(d, rule);
        if (!why && !plain) plain = Slot{d, Slot::Kind::plain};
        if (why && std::find(refusals.begin(), refusals.end(), *why) == refusals.end()) refusals.push_back(*why);
        // A gentle massage of the cadence keeps the spacing a flush after a race may break.
        const auto near = calendar.last_massage(d + date::days{rule.min_gap_days - 1});
        if (!gentle && !calendar.closed(d, rule, Treatment::flush_massage) && (!near || *near <= d - date::days{rule.min_gap_days}))
            gentle = Slot{d, Slot::Kind::gentle};
    }
    return plain ? plain : gentle;
}

/// The massage booked in `slot`, with what the clock and the slot say of it.
Item massage_item(const Calendar& calendar, const LoadSeries& load, const Rule& rule, const Rule* placement,
                  std::optional<local_days> last, WeekStatus status, const Slot& slot) {
    Item item = slot.kind == Slot::Kind::deep ? make_item(*placement, slot.day) : make_item(rule, slot.day);
    item.triggers.push_back(last ? Cause{Cause::What::clock, *last, "last massage"} : Cause{Cause::What::clock, slot.day, "no massage on record"});
    item.reason = clock_reason(rule, last, slot.day, status, load.week_of(slot.day));
    if (slot.kind == Slot::Kind::deep) {
        item.triggers.push_back(workout_cause(*slot.after));
        item.reason += fmt::format("; {} h after {}: deep work 48–72 h after a very hard session", (slot.day - slot.after->date).count() * 24,
                                   named_day(*slot.after));
    } else if (slot.kind == Slot::Kind::gentle) {
        const GentleWindow* window = calendar.gentle_on(slot.day);
        item.treatment = Treatment::flush_massage;
        item.title = "Gentle massage (Swedish)";
        item.minutes = {30, 45}; // "a short gentle session" (massage-types-and-timing.txt); our choice of length, as the flush's
        item.advice = "Gentle strokes only (Swedish or Lomi Lomi): after long efforts they calm the nervous system and speed recovery "
                      "without inflaming tissues.";
        item.reason += window ? fmt::format("; gentle work only after {}", window->what)
                              : fmt::format("; gentle work only: {}", calendar.closed(slot.day, rule).value_or("no deep work today"));
    }
    keep_off_red_flags(calendar, item);
    return item;
}

/// "On easy weeks, a short gentle session or foam rolling can be enough": foam rolling stands in,
/// once in the week, and the massage waits for the next week.
void easy_week_stand_in(Context& context, const Rule& rule, const LoadSeries& load, std::optional<local_days> last, local_days day,
                        local_days must) {
    Item item = make_item(rule, day);
    item.category = Category::self_care;
    item.treatment = Treatment::foam_roll;
    item.stand_in = true;
    item.title = "Foam roll instead of a massage this week";
    item.minutes = {10, 15};
    item.focus = rule.focus;
    if (last) item.triggers.push_back(Cause{Cause::What::clock, *last, "last massage"});
    const WeekLoad* week = load.week_of(day);
    item.reason = fmt::format("an easy week ({}): foam rolling is enough, the massage waits for next week", week ? week->reason : "");
    context.add(std::move(item));
    if (last && must < monday_of(day) + date::days{7})
        context.note(day, rule, fmt::format("massage due by {} waits for the easy week to end", day_name(must)));
}

} // namespace

void plan_cadence(Context& context, const Rule& rule) {
    const Plan& plan = context.plan;
    const Calendar& calendar = context.calendar;
    const LoadSeries& load = context.horizon_load;
    const auto placements = context.rules.with_trigger(Trigger::very_hard_workout);
    // The placement rule books the massage it places: only one that books a massage can place.
    const Rule* placement = placements.empty() || placements.front()->category != Category::appointment ||
                                    !is_massage(placements.front()->treatment)
                                ? nullptr
                                : placements.front();
    std::optional<local_days> foam_rolled_week;
    std::optional<Delay> delay;
    auto report_delay = [&](const std::string& outcome) {
        if (delay)
            context.note(delay->due, rule, fmt::format("massage due on {} not bookable: {}; {}", day_name(delay->due), refusal_text(delay->reasons), outcome));
        delay.reset();
    };

    for (local_days day = plan.from; day <= calendar.last(); day += date::days{1}) {
        const std::optional<local_days> last = calendar.last_massage(day);
        if (delay && delay->last != last) report_delay(fmt::format("the massage on {} came first", day_name(*last)));
        const WeekStatus status = status_on(load, day);
        const Window window = clock_window(rule, last, status, day);
        if (day < window.due) continue;
        // A massage already in the window (a flush, one received or booked) is the next one; so is
        // one booked so soon that no other could come before it (min_gap_days).
        if (auto next = calendar.next_massage(day); next && *next <= std::max(window.end, day + date::days{rule.min_gap_days - 1})) {
            day = *next;
            continue;
        }
        if (status == WeekStatus::easy && rule.easy_week_foam_roll) {
            if (foam_rolled_week != monday_of(day) && calendar.touches(day, day)) {
                foam_rolled_week = monday_of(day);
                easy_week_stand_in(context, rule, load, last, day, last ? *last + date::days{rule.every_days[1]} : day);
            }
            day = monday_of(day) + date::days{6};
            continue;
        }
        std::vector<std::string> refusals;
        const std::optional<Slot> slot = best_slot(calendar, load, rule, placement, day, window.end, refusals);
        if (!slot) {
            if (!delay) delay = Delay{last, day, {}};
            for (const std::string& why : refusals) delay->add(why);
            day = window.end;
            continue;
        }
        report_delay(fmt::format("booked on {}", day_name(slot->day)));
        context.add(massage_item(calendar, load, rule, placement, last, status, *slot));
        day = slot->day;
    }
    report_delay("none before the plan ends");
}

} // namespace recover::planning
