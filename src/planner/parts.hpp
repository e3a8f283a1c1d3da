#pragma once
/// The planner's parts (private to src/planner): the calendar of what is open on which day, the
/// context every rule books into, and one function per kind of rule. planner.cpp runs them in
/// order.

#include "recover/core/dates.hpp"
#include "recover/log/niggles.hpp"
#include "recover/planner/planner.hpp"

#include <map>
#include <optional>
#include <set>
#include <span>
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

/// The days after a long effort (a race or run of a half marathon or more, or a run of 90 minutes
/// or more) on which only gentle work is open: the day itself through `last`.
struct GentleWindow {
    local_days first;
    local_days last;
    std::string what; ///< "the long run Sunday 28K on Sun 3 May", "Spring Marathon on Sun 26 Apr"
};

/// A red flag from its report until a physio visit is logged, or the area is unreported for the
/// rule's clear_days: no deep work at all, nothing on `area`.
struct RedFlag {
    std::string area;
    std::string said; ///< the words that raised it: "\"sharp pain\" in outer knee"
    local_days first;
    std::optional<local_days> last; ///< the last day it is open; nothing: past the plan's end
    std::optional<local_days> visit; ///< the physio visit that closes it
};

/// What the planner knows about every day while it books: hard days and long runs, race
/// blackouts and gentle windows, red flags, therapist days, and the appointments already booked
/// (and received), for the caps, the spacing of massages and the maintenance clock.
class Calendar {
public:
    Calendar(const TrainingLog& log, const RuleSet& rules, const std::vector<Race>& races, local_days from, local_days last);

    const std::vector<Blackout>& blackouts() const { return blackouts_; }
    const std::vector<GentleWindow>& gentle_windows() const { return gentle_; }
    local_days from() const { return from_; }
    local_days last() const { return last_; }
    /// True when [first, last] touches the days the planner books: from the plan's start to a week
    /// past its end.
    bool touches(local_days first, local_days last) const { return last >= from_ && first <= last_; }

    /// Why `rule` cannot book `treatment` (its own by default) on `day`, or nothing when the day is
    /// open. Self-care and flags are always open inside the range.
    std::optional<std::string> closed(local_days day, const Rule& rule) const { return closed(day, rule, rule.treatment); }
    std::optional<std::string> closed(local_days day, const Rule& rule, Treatment treatment) const;
    /// The gentle window `day` lies in, or nullptr.
    const GentleWindow* gentle_on(local_days day) const;
    /// The red flags open on `day`, in the order they were added.
    std::vector<const RedFlag*> red_flags_on(local_days day) const;
    /// True when a red flag for `area` was raised on or before `day`.
    bool red_flag_raised(const std::string& area, local_days day) const;
    /// The hard session or race that `day` follows by `first`–`last` days, the latest one, or nullptr.
    const Workout* hard_before(local_days day, int first, int last) const;
    /// A hard session or race on `day`, or nullptr.
    const Workout* hard_on(local_days day) const;

    /// Counts an appointment against the caps; a massage also resets the maintenance clock.
    void book(const Item& item);
    void add_red_flag(RedFlag flag);
    /// Records that the runner was told to have `area` assessed on `day` (the niggle ladder's step).
    void add_assessment(const std::string& area, local_days day) { assessments_.emplace(area, day); }
    /// The first day in [first, last] on which `area` was assessed: a physio or ART visit logged
    /// for it (or a physio visit naming no area), or the ladder's step.
    std::optional<local_days> assessed(const std::string& area, local_days first, local_days last) const;

    /// The first physio visit the log records on or after `day` for `area`, or naming no area.
    std::optional<local_days> physio_visit(const std::string& area, local_days day) const;
    /// The first treatment of this kind recorded in the log within [first, last].
    std::optional<local_days> received(Received what, local_days first, local_days last) const;
    /// The last massage (received or booked) on or before `day`.
    std::optional<local_days> last_massage(local_days day) const;
    /// The first massage booked or received on or after `day`.
    std::optional<local_days> next_massage(local_days day) const;

private:
    void count(local_days day, const std::string& rule);

    const Settings& settings_;
    int min_gap_days_ = 0; ///< the maintenance rule's spacing of massages; 0: none
    local_days from_, last_;
    std::map<local_days, const Workout*> hard_, long_; ///< the last hard session (or race) and long run of each day
    std::vector<Blackout> blackouts_;
    std::vector<GentleWindow> gentle_;
    std::vector<RedFlag> red_flags_;
    /// The red flags still open the day before `from_` or later: the only ones a day the calendar
    /// books can meet, however many a lifetime of log raised before.
    std::vector<std::size_t> late_flags_;
    std::map<std::string, local_days, std::less<>> first_flag_; ///< the first day a red flag was raised, by area
    std::map<local_days, Treatment> massages_; ///< received and booked
    std::set<std::pair<Received, local_days>> received_;       ///< in order: the first in a range is one look-up
    std::set<std::pair<std::string, local_days>> assessments_; ///< area and day, in order likewise
    std::set<std::pair<std::string, local_days>> physio_visits_; ///< the area each treated ("" for none named), and day
    std::map<local_days, int> per_day_, per_week_, per_month_;
    std::map<std::pair<std::string, local_days>, int> per_rule_week_;
};

/// The first (or, with `latest`, the last) day of [first, last] open to `rule` (for `treatment`),
/// or the reasons each closed day gave, once each, in date order.
struct Booking {
    std::optional<local_days> day;
    std::vector<std::string> refusals;
};
Booking find_day(const Calendar& calendar, const Rule& rule, local_days first, local_days last, bool latest = false);
Booking find_day(const Calendar& calendar, const Rule& rule, Treatment treatment, local_days first, local_days last, bool latest = false);
/// Refusals as a note says them: each once, at most two, then how many more.
std::string refusal_text(const std::vector<std::string>& refusals);

/// What every rule reads and books into while the plan is made.
struct Context {
    Context(const TrainingLog& log_in, const RuleSet& rules_in, Plan& plan_in, Calendar& calendar_in, std::vector<NiggleEpisode> episodes_in,
            const LoadSeries& horizon_load_in)
        : log(log_in), rules(rules_in), plan(plan_in), calendar(calendar_in), episodes(std::move(episodes_in)),
          horizon_load(horizon_load_in) {}

    const TrainingLog& log;
    const RuleSet& rules;
    Plan& plan;
    Calendar& calendar;
    std::vector<NiggleEpisode> episodes;
    const LoadSeries& horizon_load; ///< the plan's load model, which runs to the calendar's last day

    /// Adds the item and counts it on the calendar. An item of the same rule and title on the
    /// same day takes the new one's triggers instead: one item per rule and day.
    void add(Item item);
    /// What `add` does with an item of a rule, title and day that has one already: it gives that
    /// one its triggers, and returns true; else false, and `item` is left as it was. A rule that
    /// fires many times a day (one run in a squad's log of dozens) asks first, so as not to write
    /// a reason that no one reads.
    bool join(Item& item);
    void note(local_days day, const Rule& rule, std::string text);
    /// The first appointment of `rule` booked within [first, last], or nullptr.
    Item* appointment_of(const Rule& rule, local_days first, local_days last);

private:
    static void take_triggers(Item& same, Item& item);
    /// Items by rule, date and title (indices into plan.items, which only grows while planning):
    /// the look-ups above stay logarithmic on logs of many years.
    std::map<std::tuple<std::string, local_days, std::string, local_days>, std::size_t> index_; ///< last: an item's last day
};

/// The workouts of `log` (in date order) dated from `first` to `last`: a rule that books only
/// inside the calendar looks at those near it, not at the whole look-back of the log.
std::span<const Workout> workouts_dated(const TrainingLog& log, local_days first, local_days last);

Item make_item(const Rule& rule, local_days day);
Cause workout_cause(const Workout& workout);
Cause niggle_cause(const NiggleEpisode& episode, local_days day);
/// "6x1K on Tue 3 Mar (hard, rpe 8)".
std::string describe(const Workout& workout);
/// "6x1K on Tue 3 Mar".
std::string named_day(const Workout& workout);
/// Self-care that stands in for an appointment that could not be booked, and the note saying so.
/// `what` says what the appointment was for: "after 6x1K on Tue 3 Mar (hard, rpe 8)".
void stand_in(Context& context, const Rule& rule, local_days day, std::vector<Cause> triggers, const std::string& what,
              const std::vector<std::string>& refusals);
/// The item's focus without the areas an open red flag keeps hands off, and its reason saying so.
void keep_off_red_flags(const Calendar& calendar, Item& item);
/// ", 3/10" when the report gives a severity, else empty.
std::string severity_text(const NiggleReport& report);
/// True when the latest report of `episode` on or before `day` is below the first report's severity,
/// or the runner's words that day say it is getting better.
bool improving(const NiggleEpisode& episode, local_days day);

// One function per kind of rule, in the order planner.cpp runs them.
void plan_races(Context& context, const Rule& rule);               ///< trigger race: race days and blackouts
void plan_red_flags(Context& context, const Rule& rule);           ///< trigger red-flag
void plan_niggle_flags(Context& context, const Rule& rule);        ///< trigger niggle-not-improving: the ladder's step
void plan_after_race(Context& context, const Rule& rule);          ///< trigger after-race
void plan_niggle_appointments(Context& context, const Rule& rule); ///< trigger niggle-persists: ART once assessed
void plan_every_session(Context& context, const Rule& rule);       ///< trigger very-hard-workout with every_session
void plan_cadence(Context& context, const Rule& rule);             ///< trigger schedule: every massage of the cadence
void plan_after_runs(Context& context, const Rule& rule);          ///< triggers long-run, easy-run, run-day
void plan_niggle_self_care(Context& context, const Rule& rule);    ///< triggers niggle-acute, niggle-chronic
/// The appointments the log books (treatment rows dated after today), as items.
void plan_booked(Context& context);
/// One self-care item a day, and no stand-in beside a massage (booked, or received in `log`) on
/// the same or the next day.
void merge_self_care(Plan& plan, const TrainingLog& log);
/// Fills "tell your therapist" on every appointment, once everything is booked.
void brief_therapist(Context& context);

} // namespace recover::planning
