#include "recover/load.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace recover {

std::string_view to_string(WeekStatus status) {
    switch (status) {
    case WeekStatus::easy: return "easy";
    case WeekStatus::normal: return "normal";
    case WeekStatus::heavy: return "heavy";
    }
    return "normal";
}

const WeekLoad* LoadSeries::week_of(date::local_days d) const {
    date::local_days monday = monday_of(d);
    auto at = std::lower_bound(weeks.begin(), weeks.end(), monday, [](const WeekLoad& w, date::local_days m) { return w.monday < m; });
    return at != weeks.end() && at->monday == monday ? &*at : nullptr;
}

const DayLoad* LoadSeries::day(date::local_days d) const {
    if (days.empty() || d < days.front().date || d > days.back().date) return nullptr;
    return &days[static_cast<std::size_t>((d - days.front().date).count())];
}

LoadSeries compute_load(const std::vector<Workout>& workouts, const Settings& s, date::local_days first, date::local_days last) {
    std::optional<date::local_days> first_workout, last_workout;
    for (const Workout& w : workouts) {
        if (w.kind == Kind::treatment) continue;
        first_workout = first_workout ? std::min(*first_workout, w.date) : w.date;
        last_workout = last_workout ? std::max(*last_workout, w.date) : w.date;
    }
    if (first_workout) first = std::min(first, *first_workout);
    if (last_workout) last = std::max(last, *last_workout);
    first = monday_of(first);
    last = monday_of(last) + date::days{6};

    LoadSeries series;
    const auto span = static_cast<std::size_t>((last - first).count() + 1);
    series.days.resize(span);
    std::vector<bool> hard(span, false);
    for (std::size_t i = 0; i < span; ++i) series.days[i].date = first + date::days{static_cast<int>(i)};
    for (const Workout& w : workouts) {
        auto i = static_cast<std::size_t>((w.date - first).count());
        series.days[i].load += w.load;
        hard[i] = hard[i] || (!w.missed && (w.kind == Kind::hard || w.kind == Kind::race));
    }

    // Acute and chronic load: rolling means (default) or EWMA with λ = 2 / (N + 1) (Williams 2017).
    const std::size_t history_from = first_workout ? static_cast<std::size_t>((*first_workout - first).count()) : span;
    auto window_mean = [&](std::size_t i, int n) {
        double sum = 0;
        for (std::size_t k = i + 1 - std::min<std::size_t>(i + 1, static_cast<std::size_t>(n)); k <= i; ++k) sum += series.days[k].load;
        return sum / n;
    };
    const double acute_lambda = 2.0 / (s.acute_days + 1), chronic_lambda = 2.0 / (s.chronic_days + 1);
    double atl = 0, ctl = 0, acute_ewma = 0, chronic_ewma = 0;
    for (std::size_t i = 0; i < span; ++i) {
        DayLoad& d = series.days[i];
        d.tsb = ctl - atl;
        atl += (d.load - atl) / s.atl_days;
        ctl += (d.load - ctl) / s.ctl_days;
        d.atl = atl;
        d.ctl = ctl;
        acute_ewma = acute_lambda * d.load + (1 - acute_lambda) * acute_ewma;
        chronic_ewma = chronic_lambda * d.load + (1 - chronic_lambda) * chronic_ewma;
        d.acute = s.smoothing == Smoothing::ewma ? acute_ewma : window_mean(i, s.acute_days);
        d.chronic = s.smoothing == Smoothing::ewma ? chronic_ewma : window_mean(i, s.chronic_days);
        bool full_history = i >= history_from && i + 1 - history_from >= static_cast<std::size_t>(s.chronic_days);
        if (full_history && d.chronic > 0) d.acwr = d.acute / d.chronic;
    }

    for (std::size_t start = 0; start < span; start += 7) {
        WeekLoad week;
        week.monday = series.days[start].date;
        double sum_squares = 0;
        for (std::size_t i = start; i < start + 7; ++i) {
            week.load += series.days[i].load;
            sum_squares += series.days[i].load * series.days[i].load;
            week.hard_days += hard[i] ? 1 : 0;
        }
        double mean = week.load / 7, sd = std::sqrt(std::max(0.0, sum_squares / 7 - mean * mean));
        if (sd > 1e-9) week.monotony = mean / sd;
        week.acwr = series.days[start + 6].acwr;

        if (!last_workout || week.monday > *last_workout) {
            week.reason = "no workouts logged";
        } else if (week.acwr && *week.acwr > s.heavy_acwr) {
            week.status = WeekStatus::heavy;
            week.reason = fmt::format("acwr {:.2f} above {:g}", *week.acwr, s.heavy_acwr);
        } else if (week.hard_days >= s.heavy_hard_days) {
            week.status = WeekStatus::heavy;
            week.reason = fmt::format("{} hard days", week.hard_days);
        } else if (week.acwr && *week.acwr < s.easy_acwr) {
            week.status = WeekStatus::easy;
            week.reason = fmt::format("acwr {:.2f} below {:g}", *week.acwr, s.easy_acwr);
        } else {
            week.reason = week.acwr ? fmt::format("acwr {:.2f}", *week.acwr) : std::string("too little history for acwr");
        }
        series.weeks.push_back(std::move(week));
    }
    return series;
}

} // namespace recover
