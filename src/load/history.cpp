#include "recover/load/history.hpp"

#include "recover/load/classify.hpp"
#include "recover/load/load.hpp"

#include <algorithm>
#include <utility>

namespace recover {

namespace {

std::size_t index_of(date::local_days day) { return static_cast<std::size_t>((day - first_date).count()); }

} // namespace

void PastLoad::add(const Workout& w, const Settings& settings, std::optional<double> max_hr) {
    widen(first_added, last_added, w.date);
    if (w.signals.max_hr) highest_hr = std::max(highest_hr.value_or(0), *w.signals.max_hr);
    // Treatments and missed workouts count for nothing (load.cpp): no load, no hard day.
    if (w.kind == Kind::treatment || w.missed) return;
    if (load.empty()) {
        load.assign(index_of(last_date) + 1, 0.0);
        hard.assign(load.size(), false);
    }
    const std::size_t i = index_of(w.date);
    load[i] += w.load;
    hard[i] = hard[i] || w.kind == Kind::hard || w.kind == Kind::race;
    widen(first_counted, last_counted, w.date);
    if (!w.planned) widen(first_done, last_done, w.date);
    if (settings.load_model == LoadModel::trimp) (load_from_heart_rate(w, settings, max_hr) ? from_heart_rate : without_heart_rate) += 1;
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
    return [=, &settings, &past](Workout& w) {
        if (keep && w.date >= keep->first && w.date <= keep->second) return true;
        if (keep_treatments && w.received != Received::none) return true;
        if (!settings.max_hr && w.signals.avg_hr) return true;
        classify_workout(w, settings, max_hr, Explain::no); // summed and forgotten: no one reads why
        past.add(w, settings, max_hr);
        return false;
    };
}

} // namespace

WorkoutFilter keep_for_plan(date::local_days from, date::local_days until, const Settings& settings, PastLoad& past) {
    return summing(std::pair(from - date::days{plan_look_days}, until + date::days{plan_look_days}), true, settings, past);
}

WorkoutFilter keep_for_load(const Settings& settings, PastLoad& past) { return summing(std::nullopt, false, settings, past); }

} // namespace recover
