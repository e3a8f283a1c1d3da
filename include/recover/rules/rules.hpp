#pragma once
/// `RuleSet`: the settings and rules that turn a log into a plan, loaded and validated from TOML.

#include "recover/core/diagnostics.hpp"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace recover {

/// How an item is shown and counted: appointments are booked with a therapist and capped; a race
/// is the race day itself, shown so that race week is in plain sight.
enum class Category { appointment, self_care, flag, race };

/// What starts a rule; each trigger reads its own timing keys (recover-rules(5)).
enum class Trigger {
    very_hard_workout, ///< where a due massage lands: window_hours after a hard session or a race
    race,              ///< a race day: the days around it are closed to deep work
    after_race,        ///< the days after a race (`days` after race day)
    schedule,          ///< the massage cadence: the clock since the last massage of any kind
    long_run,          ///< a long run (`days` after it)
    easy_run,          ///< an easy run (`days` after it)
    run_day,           ///< any day with a run that is not a race (`days` after it)
    niggle_persists,   ///< a niggle in one of `areas` reported over `after_days` days, not improving, once assessed
    niggle_acute,      ///< the first `days` of a sharp niggle (severity ≥ `min_severity`, or "sharp", "swollen")
    niggle_chronic,    ///< run days while a niggle has lasted `after_days` days or more
    niggle_not_improving, ///< a niggle still there after `after_days` days and no better than at first
    red_flag,          ///< a report with one of `words`, or severity ≥ `min_severity`: at once
};

/// How a workout's training load is counted.
enum class LoadModel { session_rpe, duration, trimp };

/// How acute and chronic load are smoothed.
enum class Smoothing { rolling, ewma };

std::string_view to_string(Category category);
/// The category a name spells ("self-care"), or nothing.
std::optional<Category> parse_category(std::string_view name);
/// Every category's name, in enum order.
const std::vector<std::string_view>& category_names();
std::string_view to_string(Trigger trigger);
std::string_view to_string(LoadModel model);
std::string_view to_string(Smoothing smoothing);

/// What a rule books. Deep work (deep and maintenance massage, ART) is kept out of race blackouts.
enum class Treatment { deep_massage, flush_massage, maintenance_massage, foam_roll, stretch, art, ice, heat, physio, blackout };
std::string_view to_string(Treatment treatment);
/// True for the treatments a race blackout forbids.
bool is_deep_work(Treatment treatment);
/// True for every kind of massage: each one resets the maintenance clock.
bool is_massage(Treatment treatment);

/// The rule set's global settings, with the defaults of rules/default.toml.
struct Settings {
    // [classify]
    double hard_rpe = 7;       ///< CR-10 at or above which a session is hard
    double very_hard_rpe = 8;  ///< CR-10 at or above which a session calls for deep massage
    double long_minutes = 90;  ///< a run this long or longer is a long run
    double long_km = 20;       ///< a run this far or farther is a long run
    double hard_avg_hr_pct = 85;  ///< average heart rate, % of the athlete's maximum, from which a run is hard
    double hard_peak_hr_pct = 92; ///< peak heart rate, % of maximum, from which a run with some effort is hard
    double hard_aerobic_te = 4.0; ///< Garmin Aerobic Training Effect from which a run is hard
    double hard_zone_minutes = 10; ///< minutes in heart-rate zone 4+ from which a run is hard
    // [athlete]
    std::optional<int> max_hr;     ///< the athlete's maximum heart rate; else the highest in the log
    std::optional<int> resting_hr; ///< the athlete's resting heart rate
    // [niggles]
    int niggle_gap_days = 3;   ///< a niggle not mentioned for more than this many days is over
    // [gentle]: after a long effort, only gentle work (flush, Swedish) for a while.
    double gentle_long_km = 21.0;      ///< a race or run this far or farther is a long effort (a half marathon)
    double gentle_long_minutes = 90;   ///< a run this long or longer is a long effort
    int gentle_days = 2;               ///< days after a long effort with gentle work only (the day itself too)
    double gentle_marathon_km = 40;    ///< a race or run this far or farther is a marathon-length effort
    int gentle_marathon_days = 7;      ///< days after a marathon-length effort with gentle work only
    // [load]
    LoadModel load_model = LoadModel::duration;
    Smoothing smoothing = Smoothing::rolling;
    int acute_days = 7;        ///< acute window (rolling days, or EWMA time constant)
    int chronic_days = 28;     ///< chronic window (rolling days, or EWMA time constant)
    int atl_days = 7;          ///< ATL ("fatigue") time constant in days
    int ctl_days = 42;         ///< CTL ("fitness") time constant in days
    double heavy_acwr = 1.3;   ///< a week above this acute:chronic ratio is heavy
    int heavy_hard_days = 3;   ///< a week with this many hard days is heavy
    double easy_acwr = 0.8;    ///< a week below this acute:chronic ratio is easy
    double trimp_k1 = 0.64;    ///< Banister TRIMP: minutes × HRr × k1 × e^(k2 × HRr)
    double trimp_k2 = 1.92;
    // [therapist]
    std::array<bool, 7> therapist_days{true, true, true, true, true, true, true}; ///< Sunday = 0
    int max_per_week = 2;      ///< appointments per ISO week, all rules together
    int max_per_month = 6;     ///< appointments per calendar month, all rules together

    friend bool operator==(const Settings&, const Settings&) = default;
};

/// One rule: what to book or forbid, when, and where the advice comes from.
struct Rule {
    std::string id;
    Treatment treatment = Treatment::deep_massage;
    Category category = Category::appointment;
    Trigger trigger = Trigger::very_hard_workout;
    bool enabled = true;

    // trigger = "very-hard-workout": the window after the workout, in hours; the planner books
    // whole days, ceil(min / 24) to floor(max / 24) after it, and load_rules checks one exists.
    std::array<int, 2> window_hours{48, 72};
    int max_per_week = 1;       ///< every_session: of this rule's appointments per ISO week
    bool every_session = false; ///< book deep work after every very hard session, not only where a due massage lands

    // trigger = "race": the days closed to deep work.
    int days_before = 3;         ///< before race day (race day is always closed)
    int days_before_long = 7;    ///< before a long race; never shorter than days_before
    double long_race_km = 30;    ///< a race this far or farther is a long race
    int days_after = 2;          ///< after race day (day 1 … days_after)
    int flush_until_days = 2;    ///< a light flush is still allowed up to this many days before

    // trigger = "schedule": days between massages.
    std::array<int, 2> every_days{14, 28}; ///< the allowed interval
    int aim_days = 21;                     ///< the interval aimed for in a normal week
    int heavy_every_days = 7;              ///< the interval in a heavy week
    bool easy_week_foam_roll = true;       ///< in an easy week, foam rolling stands in
    int min_gap_days = 4;                  ///< at least this many days between two massages (a flush excepted)

    // trigger = "after-race", "long-run", "easy-run", "run-day", "niggle-acute": the days after
    // the trigger's day on which the item belongs ([0, 0] is the same day).
    std::array<int, 2> days{0, 0};

    // trigger = "niggle-*", "red-flag". A trigger this rule does not have leaves these at the
    // defaults below (a rule that changes trigger starts from them again).
    std::vector<std::string> areas;   ///< niggle-*: words naming body areas (body_area() knows each); empty: any area
    int after_days = 3;               ///< days a niggle must have lasted (first report = day 1)
    int within_days = 4;              ///< niggle-persists: days after it is due to book the appointment
    int min_severity = 4;             ///< niggle-acute, red-flag: the 0–10 severity that sets it off
    std::vector<std::string> words;   ///< red-flag: words in a report that set it off at once
    int clear_days = 7;               ///< red-flag: without a physio visit, open until the area is unreported this long

    // Calendar text.
    std::string title;                 ///< never empty
    std::array<int, 2> minutes{0, 0};  ///< how long it takes; [0, 0]: not said
    std::vector<std::string> focus;    ///< body areas to work on; no empty strings
    std::string advice; ///< what goes with it (rehab, what to do at home); may be empty
    std::string source; ///< the article (file name) or study the rule comes from

    Location where; ///< where the rule was (last) defined

    friend bool operator==(const Rule&, const Rule&) = default;
};

/// Everything the planner needs to know besides the log: settings and rules in file order.
struct RuleSet {
    Settings settings;
    std::vector<Rule> rules;

    /// The enabled rule with this id, or nullptr.
    const Rule* find(std::string_view id) const;
    /// Enabled rules with this trigger, in file order.
    std::vector<const Rule*> with_trigger(Trigger trigger) const;
};

/// The text of rules/default.toml, compiled into the binary.
std::string_view default_rules_toml();

/// The display name of the built-in rules in locations and messages.
inline constexpr std::string_view built_in_rules_name = "<built-in rules>";

/// The keys every [[rule]] may hold, whatever its trigger, in the order `recover rules` prints them.
const std::vector<std::string_view>& common_rule_keys();
/// The keys a rule with this trigger reads besides the common ones, in the order `recover rules`
/// prints them; any other trigger's key is an error in it.
const std::vector<std::string_view>& trigger_keys(Trigger trigger);

/// A settings table and the keys it may hold: {"[load]", {"model", ...}}, in file order.
struct SettingsTable {
    std::string_view name;
    const std::vector<std::string_view>& keys;
};
/// Every settings table of a rules file, in the order `recover rules` prints them.
std::vector<SettingsTable> settings_tables();

/// The spelling of a weekday in [therapist] days: "sun" for 0 through "sat" for 6.
std::string_view weekday_name(int c_encoding);

/// Parses and validates a rules file. With a `base`, the file is laid over it: settings it names
/// replace the base's, a rule whose id the base has takes the base's keys for any it leaves out,
/// and a rule with a new id is added. Throws `Error` (ExitCode::config) at the first problem.
RuleSet load_rules(std::string_view text, std::string_view name, const RuleSet* base = nullptr);

/// The built-in rule set.
RuleSet default_rules();

} // namespace recover
