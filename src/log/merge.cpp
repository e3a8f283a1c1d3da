#include "recover/log/merge.hpp"

#include "recover/core/order.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>

namespace recover {

bool same_workout(const Workout& a, const Workout& b) {
    if (a.date != b.date || a.sport != b.sport) return false;
    if (a.kind == Kind::treatment || b.kind == Kind::treatment || a.received != Received::none || b.received != Received::none)
        return false;
    if (a.start && b.start) return std::abs((*a.start - *b.start).count()) <= same_start_minutes;
    if (a.minutes > 0 && b.minutes > 0) return std::abs(a.minutes - b.minutes) <= 0.1 * std::max(a.minutes, b.minutes);
    return false;
}

int richness(const Workout& w) {
    const Signals& s = w.signals;
    return int{w.start.has_value()} + int{w.minutes > 0} + int{w.distance_km.has_value()} + int{!w.title.empty()} +
           int{!w.notes.empty()} + int{s.stated_kind.has_value()} + int{s.rpe.has_value()} + int{s.avg_hr.has_value()} +
           int{s.max_hr.has_value()} + int{s.aerobic_te.has_value()} + int{s.hard_zone_minutes.has_value()} +
           int{s.service_load.has_value()};
}

TrainingLog merge_logs(std::vector<TrainingLog> logs) {
    if (logs.size() == 1) return std::move(logs.front());
    TrainingLog out;
    // Index into out.workouts by day and sport: a workout is looked for among its own only.
    std::multimap<std::pair<date::local_days, Sport>, std::size_t> by_day;
    std::set<std::pair<date::local_days, std::string>> reported; // the niggles kept, by day and words
    for (TrainingLog& log : logs) {
        for (Workout& w : log.workouts) {
            auto [begin, end] = by_day.equal_range({w.date, w.sport});
            auto same = std::find_if(begin, end, [&](const auto& at) { return same_workout(out.workouts[at.second], w); });
            if (same == end) {
                by_day.emplace(std::pair(w.date, w.sport), out.workouts.size());
                out.workouts.push_back(std::move(w));
            } else if (richness(w) > richness(out.workouts[same->second])) {
                out.workouts[same->second] = std::move(w);
            }
        }
        for (NiggleReport& report : log.niggles)
            if (reported.emplace(report.date, report.niggle.area).second) out.niggles.push_back(std::move(report));
        for (Error& e : log.skipped) out.skipped.push_back(std::move(e));
        for (std::string& w : log.warnings) out.warnings.push_back(std::move(w));
    }
    stable_sort_unsorted(out.workouts, [](const Workout& a, const Workout& b) { return std::tie(a.date, a.start) < std::tie(b.date, b.start); });
    stable_sort_unsorted(out.niggles, [](const NiggleReport& a, const NiggleReport& b) { return a.date < b.date; });
    return out;
}

} // namespace recover
