#include "recover/load/history.hpp"

#include "recover/load/classify.hpp"
#include "recover/load/load.hpp"

#include <algorithm>
#include <utility>

namespace recover {

namespace {

std::size_t index_of(date::local_days day) { return static_cast<std::size_t>((day - first_date).count()); }

/// What `SummedWorkout::flags` says of a workout.
enum SummedFlag : unsigned {
    counted = 1,             ///< it counts for load: not a treatment, not missed (load.cpp)
    hard_day = 2,            ///< a hard workout or a race
    done = 4,                ///< not planned
    trimp_heart_rate = 8,    ///< TRIMP model: its load is TRIMP
    trimp_without_heart_rate = 16, ///< TRIMP model: its load fell back to session RPE × minutes
};

} // namespace

SummedWorkout PastLoad::summed(const Workout& w, const Settings& settings, std::optional<double> max_hr) {
    SummedWorkout out{w.date, w.load, w.signals.max_hr};
    // Treatments and missed workouts count for nothing (load.cpp): no load, no hard day.
    if (w.kind == Kind::treatment || w.missed) return out;
    out.flags |= counted;
    if (w.kind == Kind::hard || w.kind == Kind::race) out.flags |= hard_day;
    if (!w.planned) out.flags |= done;
    if (settings.load_model == LoadModel::trimp) out.flags |= load_from_heart_rate(w, settings, max_hr) ? trimp_heart_rate : trimp_without_heart_rate;
    return out;
}

void PastLoad::add(const SummedWorkout& w) {
    widen(first_added, last_added, w.date);
    if (w.max_hr) highest_hr = std::max(highest_hr.value_or(0), *w.max_hr);
    if ((w.flags & counted) == 0) return;
    if (load.empty()) {
        load.assign(index_of(last_date) + 1, 0.0);
        hard.assign(load.size(), false);
    }
    const std::size_t i = index_of(w.date);
    load[i] += w.load;
    hard[i] = hard[i] || (w.flags & hard_day) != 0;
    widen(first_counted, last_counted, w.date);
    if ((w.flags & done) != 0) widen(first_done, last_done, w.date);
    if ((w.flags & trimp_heart_rate) != 0) ++from_heart_rate;
    if ((w.flags & trimp_without_heart_rate) != 0) ++without_heart_rate;
}

double PastLoad::load_on(date::local_days day) const { return load.empty() ? 0 : load[index_of(day)]; }

bool PastLoad::hard_on(date::local_days day) const { return !hard.empty() && hard[index_of(day)]; }

namespace {

/// Keeps the workouts dated within `keep` (when given), the treatments received when
/// `keep_treatments`, and those whose effort waits for the log's highest heart rate; classifies and
/// adds the others to `past`.
WorkoutFilter summing(std::optional<std::pair<date::local_days, date::local_days>> keep, bool keep_treatments,
                      const Settings& settings, PastLoad& past) {
    // Nothing of a summed workout's classification depends on the rest of the log: without an
    // average heart rate no maximum is asked for, and with the rules' own maximum it is known.
    const std::optional<double> max_hr = settings.max_hr ? std::optional<double>(*settings.max_hr) : std::nullopt;
    return WorkoutFilter{
        // On the thread that mapped the workout: classified there, summed and forgotten.
        [=, &settings](Workout& w, SummedWorkout& summed) {
            if (keep && w.date >= keep->first && w.date <= keep->second) return false;
            if (keep_treatments && w.received != Received::none) return false;
            if (!settings.max_hr && w.signals.avg_hr) return false;
            classify_workout(w, settings, max_hr, Explain::no); // no one reads why
            summed = PastLoad::summed(w, settings, max_hr);
            return true;
        },
        [&past](const SummedWorkout& summed) { past.add(summed); }};
}

} // namespace

WorkoutFilter keep_for_plan(date::local_days from, date::local_days until, const Settings& settings, PastLoad& past) {
    return summing(std::pair(from - date::days{plan_look_days}, until + date::days{plan_look_days}), true, settings, past);
}

WorkoutFilter keep_for_load(const Settings& settings, PastLoad& past) { return summing(std::nullopt, false, settings, past); }

} // namespace recover
