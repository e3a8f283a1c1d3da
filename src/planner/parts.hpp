#pragma once
/// The planner's parts (private to src/): the calendar of what is open on which day, the context
/// every rule books into, and one function per kind of rule. planner.cpp runs them in order.

#include "recover/core/dates.hpp"
#include "recover/log/niggles.hpp"
#include "recover/planner/planner.hpp"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

namespace recover::planning {

using date::local_days;

/// The days closed to deep work around one race, and the last day before it a flush is allowed.
struct Blackout {
    const Race* race;
    local_days first;       ///< first day closed before the race
    local_days last;        ///< last day closed after the race
    local_days flush_until; ///< a light flush is still fine up to this day
};

/// What the planner knows about every day while it books: hard days, race blackouts, therapist
/// days and the appointments already booked (and received), for the caps.
class Calendar {
public:
    Calendar(const TrainingLog& log, const RuleSet& rules, const std::vector<Race>& races, local_days from, local_days last);

    const std::vector<Blackout>& blackouts() const { return blackouts_; }
    local_days from() const { return from_; }
    local_days last() const { return last_; }
    /// True when [first, last] touches the days the planner books: from the plan's start to a week
    /// past its end.
    bool touches(local_days first, local_days last) const { return last >= from_ && first <= last_; }

    /// Why `rule` cannot book on `day`, or nothing when the day is open to it. Self-care and flags
    /// are always open inside the range.
    std::optional<std::string> closed(local_days day, const Rule& rule) const;
    /// The blackout `day` lies in for deep work, or nullptr.
    const Blackout* blackout_on(local_days day) const;

    /// Counts an appointment against the caps; a massage also resets the maintenance clock.
    void book(const Item& item);

    /// The first treatment of this kind recorded in the log within [first, last].
    std::optional<local_days> received(Received what, local_days first, local_days last) const;
    /// The last massage (received or booked) on or before `day`.
    std::optional<local_days> last_massage(local_days day) const;
    /// The first massage booked on or after `day`.
    std::optional<local_days> next_massage(local_days day) const;

private:
    void count(local_days day, const std::string& rule);

    const Settings& settings_;
    local_days from_, last_;
    std::multimap<local_days, const Workout*> hard_;
    std::vector<Blackout> blackouts_;
    std::set<local_days> massages_; ///< received and booked
    std::multimap<Received, local_days> received_;
    std::map<local_days, int> per_day_, per_week_, per_month_;
    std::map<std::pair<std::string, local_days>, int> per_rule_week_;
};

/// The first (or, with `latest`, the last) day of [first, last] open to `rule`, or the reasons
/// each closed day gave, once each, in date order.
struct Booking {
    std::optional<local_days> day;
    std::vector<std::string> refusals;
};
Booking find_day(const Calendar& calendar, const Rule& rule, local_days first, local_days last, bool latest = false);

/// What every rule reads and books into while the plan is made.
struct Context {
    Context(const TrainingLog& log_in, const RuleSet& rules_in, Plan& plan_in, Calendar& calendar_in, std::vector<NiggleEpisode> episodes_in)
        : log(log_in), rules(rules_in), plan(plan_in), calendar(calendar_in), episodes(std::move(episodes_in)) {}

    const TrainingLog& log;
    const RuleSet& rules;
    Plan& plan;
    Calendar& calendar;
    std::vector<NiggleEpisode> episodes;

    /// Adds the item and counts it on the calendar. An item of the same rule and title on the
    /// same day takes the new one's triggers instead: one item per rule and day.
    void add(Item item);
    void note(local_days day, const Rule& rule, std::string text);
    /// The first appointment of `rule` booked within [first, last], or nullptr.
    Item* appointment_of(const Rule& rule, local_days first, local_days last);

private:
    /// Items by rule, date and title (indices into plan.items, which only grows while planning):
    /// the look-ups above stay logarithmic on logs of many years.
    std::map<std::tuple<std::string, local_days, std::string>, std::size_t> index_;
};

Item make_item(const Rule& rule, local_days day);
Cause workout_cause(const Workout& workout);
Cause niggle_cause(const NiggleEpisode& episode, local_days day);
/// "6x1K on Tue 3 Mar (hard, rpe 8)".
std::string describe(const Workout& workout);
/// Self-care that stands in for an appointment that could not be booked, and the note saying so.
/// `what` says what the appointment was for: "after 6x1K on Tue 3 Mar (hard, rpe 8)".
void stand_in(Context& context, const Rule& rule, local_days day, std::vector<Cause> triggers, const std::string& what,
              const std::vector<std::string>& refusals);

// One function per kind of rule, in the order planner.cpp runs them.
void plan_race_blackouts(Context& context, const Rule& rule);      ///< trigger race
void plan_red_flags(Context& context, const Rule& rule);           ///< trigger red-flag
void plan_niggle_flags(Context& context, const Rule& rule);        ///< trigger niggle-not-improving
void plan_after_hard(Context& context, const Rule& rule);          ///< trigger very-hard-workout
void plan_after_race(Context& context, const Rule& rule);          ///< trigger after-race
void plan_niggle_appointments(Context& context, const Rule& rule); ///< trigger niggle-persists
void plan_maintenance(Context& context, const Rule& rule);         ///< trigger schedule
void plan_after_runs(Context& context, const Rule& rule);          ///< triggers long-run, easy-run, run-day
void plan_niggle_self_care(Context& context, const Rule& rule);    ///< triggers niggle-acute, niggle-chronic
/// Fills "tell your therapist" on every appointment, once everything is booked.
void brief_therapist(Context& context);

} // namespace recover::planning
