#include "recover/classify.hpp"

#include <fmt/format.h>

namespace recover {

namespace {

/// The CR-10 effort assumed for a kind when the log gives no RPE (Foster's scale: 3 moderate,
/// 5 hard, 7 very hard, 9 near maximal).
double inferred_effort(Kind kind) {
    switch (kind) {
    case Kind::race: return 9;
    case Kind::hard: return 7;
    case Kind::long_run: return 5;
    case Kind::easy: return 3;
    case Kind::cross: return 3;
    case Kind::treatment: return 0;
    }
    return 3;
}

void classify(Workout& w, const Settings& s) {
    const Signals& in = w.signals;
    const bool running = w.sport == Sport::run;
    std::vector<std::string> why;

    w.long_run = running && ((w.minutes >= s.long_minutes) || (w.distance_km && *w.distance_km >= s.long_km) ||
                             in.stated_kind == Kind::long_run);
    if (in.stated_kind) {
        w.kind = *in.stated_kind;
        why.push_back(in.stated_by);
    } else {
        w.kind = running ? Kind::easy : Kind::cross;
    }
    if (in.rpe && *in.rpe >= s.hard_rpe && (w.kind == Kind::easy || w.kind == Kind::long_run)) {
        w.kind = Kind::hard;
        why.push_back(fmt::format("rpe {:g} (hard from {:g})", *in.rpe, s.hard_rpe));
    }
    if (w.kind == Kind::easy && w.long_run) {
        w.kind = Kind::long_run;
        why.push_back(w.distance_km && *w.distance_km >= s.long_km
                          ? fmt::format("{:.1f} km (long from {:g})", *w.distance_km, s.long_km)
                          : fmt::format("{:.0f} min (long from {:g})", w.minutes, s.long_minutes));
    }
    if (why.empty()) why.push_back(running ? "no sign of hard effort" : "not a run");

    w.effort = in.rpe ? *in.rpe : inferred_effort(w.kind);
    w.very_hard = w.kind == Kind::race || (w.kind == Kind::hard && (w.effort >= s.very_hard_rpe || w.long_run));
    w.load = w.kind == Kind::treatment ? 0 : s.load_model == LoadModel::duration ? w.minutes : w.effort * w.minutes;
    w.why.clear();
    for (const std::string& reason : why) w.why += (w.why.empty() ? "" : "; ") + reason;
}

} // namespace

void classify_workouts(std::vector<Workout>& workouts, const Settings& settings) {
    for (Workout& w : workouts) classify(w, settings);
}

} // namespace recover
