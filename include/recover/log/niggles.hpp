#pragma once
/// Niggles: sore spots the runner wrote down, in the `niggle` column or in the words of titles and
/// notes ("calves cramped", "achilles sore"), and their tracking per body area into episodes.

#include "recover/log/workout.hpp"

#include <date/date.h>

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace recover {

/// The body area a phrase names, in the words the rules use ("achilles", "calf", "plantar fascia",
/// "IT band", "hamstring", "low back", "knee", "shin", "hip", "glute", "quad", "ankle", "foot"),
/// or an empty string when it names none. The name is a constant: the view stays valid.
std::string_view body_area(std::string_view phrase);

/// Every body area body_area() can name, most specific first.
const std::vector<std::string_view>& body_areas();

/// The niggles a free text mentions: each clause (split at . , ; ! ? and line breaks) that names a
/// body area and a complaint ("sore", "tight", "cramped", "pain", "twinge", ...) and is not negated
/// ("no pain", "achilles fine"). Severity from "3/10" when the clause gives one.
std::vector<Niggle> niggles_in_text(std::string_view text);

/// What a workout's title and notes say of niggles (`TextNiggles::sense`).
struct TextReading {
    std::vector<Niggle> niggles; ///< those of the title, then those of the notes
    bool improving = false;      ///< a niggle is getting better ("much better today")
    bool empty() const { return niggles.empty() && !improving; }
};

/// The niggles that titles and notes mention, gathered workout by workout as a log is read (its
/// workouts need not be kept), then joined to the reports of the log's `niggle` column.
class TextNiggles {
public:
    /// What the title and notes of `workout` say (nothing for a treatment received: those notes
    /// are the therapist's findings). Safe to call from several threads at once.
    static TextReading sense(const Workout& workout);
    /// Adds `reading`, what `sense` found in the `order`-th workout of the log `name`, written at
    /// `where` for `date` (at `start`).
    void add(const Location& where, date::local_days date, std::optional<std::chrono::minutes> start, std::size_t order,
             std::string_view name, TextReading reading);
    /// Reads the title and notes of `workout`, the `order`-th of its log `name`: `add` of `sense`.
    void read(const Workout& workout, std::size_t order, std::string_view name = {}) {
        add(workout.where, workout.date, workout.start, order, name, sense(workout));
    }
    /// Adds the niggles read to `reports` (the column's, in log order), then sorts all by date. A
    /// niggle the column already reports for that day and area is not added twice: its words join
    /// that report. A report is improving when a workout of its day says so ("much better today").
    void add_to(std::vector<NiggleReport>& reports);

private:
    struct Found {
        date::local_days date;
        std::optional<std::chrono::minutes> start;
        std::size_t order; ///< of the workout in its log: workouts on one day and time keep log order
        NiggleReport report;
    };
    std::vector<Found> found_;
    std::vector<date::local_days> improving_days_; ///< days a workout's words say a niggle is getting better
};

/// Adds to `log.niggles` what the titles and notes of its workouts say (`TextNiggles`).
void add_niggles_from_text(TrainingLog& log);

/// One niggle in one body area, from its first report until it is no longer mentioned.
struct NiggleEpisode {
    std::string area;                         ///< the body area (body_area), or the words as written when none is known
    std::string said;                         ///< how the runner named it first: "left achilles"
    std::vector<const NiggleReport*> reports; ///< in date order: the reports given to `track_niggles`, not copies
    date::local_days first() const { return reports.front()->date; }
    date::local_days last() const { return reports.back()->date; }
    /// Days from the first report to `day`, counting both: the first report's day is day 1.
    int day_number(date::local_days day) const { return static_cast<int>((day - first()).count()) + 1; }
};

/// Groups the reports into episodes per body area: a report more than `gap_days` days after the
/// area's last one starts a new episode. Episodes are ordered by first report, then area. They
/// point into `reports`, which must outlive them.
std::vector<NiggleEpisode> track_niggles(const std::vector<NiggleReport>& reports, int gap_days);

/// True when `area` (a body_area, or words) is one of `areas`; an empty list matches any area.
bool area_matches(std::string_view area, const std::vector<std::string>& areas);

} // namespace recover
