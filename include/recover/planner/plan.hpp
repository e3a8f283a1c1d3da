#pragma once
/// `Plan`: the dated recovery calendar the planner produces and the renderers print.

#include "recover/load/load.hpp"
#include "recover/rules/rules.hpp"

#include <date/date.h>

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace recover {

/// Something that caused an item: a workout, a race or a niggle, on a date.
struct Cause {
    enum class What { workout, race, niggle, clock };
    What what = What::workout;
    date::local_days date;
    std::string label; ///< the workout's title, the race's name, the niggle's area; may be empty
};

/// One dated entry of the calendar; a flag such as a race blackout may span several days.
struct Item {
    date::local_days date;           ///< the (first) day
    std::optional<date::local_days> until; ///< the last day of an item that spans days; nothing: one day
    Category category = Category::appointment;
    Treatment treatment = Treatment::deep_massage;
    std::string rule;                ///< id of the rule that made it
    std::string title;
    std::array<int, 2> minutes{0, 0}; ///< duration range in minutes; {0, 0} when it has none
    std::vector<std::string> focus;  ///< body areas to work on
    std::vector<Cause> triggers;     ///< what caused it, oldest first
    std::string reason;              ///< one sentence: why this item, why this day
    std::string source;              ///< where the advice comes from
    std::string advice;              ///< what goes with it (rehab, home work); may be empty
    std::string tell_therapist;      ///< appointments: what to tell the therapist; empty otherwise
    bool stand_in = false;           ///< self-care standing in for an appointment that could not be booked
    bool booked = false;             ///< an appointment the log books (a treatment row dated after today), not proposed

    /// The last day the item covers: `until`, or its day.
    date::local_days last_day() const { return until.value_or(date); }
};

/// Something the planner did instead of what a rule asked, and why; or a fact worth knowing.
struct Note {
    date::local_days date;
    std::string rule;
    std::string text;
};

/// A race the plan works around: from the log (done or planned) or from `--race`.
struct Race {
    date::local_days date;
    std::string name;
    std::optional<double> distance_km;
};

/// The calendar for [from, until].
struct Plan {
    date::local_days from;
    date::local_days until;
    std::vector<Item> items;  ///< sorted by date, then category, then rule
    std::vector<Note> notes;  ///< sorted by date, then rule
    std::vector<Race> races;  ///< every race known, by date
    LoadSeries load;          ///< the load model the plan was made with
};

/// Orders items by date, category, rule id (then title) and notes by date and rule: the order in
/// which every renderer prints them.
void sort_plan(Plan& plan);

} // namespace recover
