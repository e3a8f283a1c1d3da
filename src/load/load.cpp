#include "recover/load/load.hpp"

#include "recover/load/history.hpp"

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

namespace {

/// The athlete's maximum heart rate for TRIMP: the rules' first, else the log's highest.
std::optional<double> athlete_max_hr(const Settings& s, std::optional<double> log_max_hr) {
    return s.max_hr ? std::optional<double>(*s.max_hr) : log_max_hr;
}

double athlete_resting_hr(const Settings& s) { return s.resting_hr ? *s.resting_hr : assumed_resting_hr; }

/// Treatments and planned workouts missed count for nothing under every model.
bool counts(const Workout& w) { return w.kind != Kind::treatment && !w.missed; }

} // namespace

bool load_from_heart_rate(const Workout& w, const Settings& s, std::optional<double> log_max_hr) {
    auto max_hr = athlete_max_hr(s, log_max_hr);
    return w.signals.avg_hr && max_hr && *max_hr > athlete_resting_hr(s);
}

std::optional<double> highest_hr(const std::vector<Workout>& workouts) {
    std::optional<double> highest;
    for (const Workout& w : workouts)
        if (w.signals.max_hr) highest = std::max(highest.value_or(0), *w.signals.max_hr);
    return highest;
}

double banister_trimp(double minutes, double avg_hr, double max_hr, double resting_hr, double k1, double k2) {
    double reserve = std::clamp((avg_hr - resting_hr) / (max_hr - resting_hr), 0.0, 1.0);
    return minutes * reserve * k1 * std::exp(k2 * reserve);
}

double workout_load(const Workout& w, const Settings& s, std::optional<double> log_max_hr) {
    if (!counts(w)) return 0;
    switch (s.load_model) {
    case LoadModel::duration: return w.minutes;
    case LoadModel::trimp:
        if (load_from_heart_rate(w, s, log_max_hr))
            return banister_trimp(w.minutes, *w.signals.avg_hr, *athlete_max_hr(s, log_max_hr), athlete_resting_hr(s),
                                  s.trimp_k1, s.trimp_k2);
        // No heart rate: session RPE × minutes stands in, as recover load and recover(1) say.
        return w.effort * w.minutes;
    case LoadModel::session_rpe: break;
    }
    return w.effort * w.minutes;
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

// Both in time proportional to what they return, not to the whole series: the text report asks
// for the days of every week, which over two centuries of log would otherwise take minutes.
std::vector<const WeekLoad*> LoadSeries::weeks_between(date::local_days from, date::local_days until) const {
    std::vector<const WeekLoad*> out;
    auto at = std::lower_bound(weeks.begin(), weeks.end(), from - date::days{6},
                               [](const WeekLoad& w, date::local_days d) { return w.monday < d; });
    for (; at != weeks.end() && at->monday <= until; ++at)
        out.push_back(&*at);
    return out;
}

std::vector<const DayLoad*> LoadSeries::days_between(date::local_days from, date::local_days until) const {
    std::vector<const DayLoad*> out;
    if (days.empty() || until < from) return out;
    from = std::max(from, days.front().date);
    until = std::min(until, days.back().date);
    for (date::local_days d = from; d <= until; d += date::days{1})
        out.push_back(day(d));
    return out;
}

LoadSeries compute_load(const std::vector<Workout>& workouts, const Settings& s, date::local_days first, date::local_days last,
                        const PastLoad* past) {
    std::optional<date::local_days> first_workout, last_workout;
    if (past) {
        first_workout = past->first_counted;
        last_workout = past->last_counted;
    }
    for (const Workout& w : workouts) {
        if (!counts(w)) continue; // a treatment, or a planned workout missed: no training
        widen(first_workout, last_workout, w.date);
    }
    if (first_workout) first = std::min(first, *first_workout);
    if (last_workout) last = std::max(last, *last_workout);
    first = monday_of(first);
    last = monday_of(last) + date::days{6};

    LoadSeries series;
    if (s.load_model == LoadModel::trimp) {
        TrimpBasis basis;
        std::optional<double> log_max_hr = highest_hr(workouts);
        if (past && past->highest_hr) log_max_hr = std::max(log_max_hr.value_or(0), *past->highest_hr);
        basis.max_hr = athlete_max_hr(s, log_max_hr);
        basis.max_hr_from_log = !s.max_hr && basis.max_hr;
        basis.resting_hr = athlete_resting_hr(s);
        basis.resting_hr_assumed = !s.resting_hr;
        for (const Workout& w : workouts) {
            if (!counts(w)) continue;
            (load_from_heart_rate(w, s, log_max_hr) ? basis.from_heart_rate : basis.without_heart_rate) += 1;
        }
        if (past) {
            basis.from_heart_rate += past->from_heart_rate;
            basis.without_heart_rate += past->without_heart_rate;
        }
        series.trimp = basis;
    }

    const auto span = static_cast<std::size_t>((last - first).count() + 1);
    series.days.resize(span);
    std::vector<bool> hard(span, false);
    for (std::size_t i = 0; i < span; ++i) series.days[i].date = first + date::days{static_cast<int>(i)};
    if (past) {
        for (std::size_t i = 0; i < span; ++i) {
            series.days[i].load += past->load_on(series.days[i].date);
            hard[i] = past->hard_on(series.days[i].date);
        }
    }
    for (const Workout& w : workouts) {
        // Treatments carry no load, and the span above leaves them out: one dated outside it
        // must not be indexed.
        if (w.kind == Kind::treatment) continue;
        auto i = static_cast<std::size_t>((w.date - first).count());
        series.days[i].load += w.load;
        hard[i] = hard[i] || (!w.missed && (w.kind == Kind::hard || w.kind == Kind::race));
    }

    // Acute and chronic load: rolling means (default) or EWMA with λ = 2 / (N + 1) (Williams 2017).
    // A rolling mean divides by the whole window: days before the series had no workouts, so 0.
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
        // Banister / Coggan: X += (load − X) / N; form is yesterday's fitness minus yesterday's fatigue.
        d.tsb = ctl - atl;
        atl += (d.load - atl) / s.atl_days;
        ctl += (d.load - ctl) / s.ctl_days;
        d.atl = atl;
        d.ctl = ctl;
        acute_ewma = acute_lambda * d.load + (1 - acute_lambda) * acute_ewma;
        chronic_ewma = chronic_lambda * d.load + (1 - chronic_lambda) * chronic_ewma;
        d.acute = s.smoothing == Smoothing::ewma ? acute_ewma : window_mean(i, s.acute_days);
        d.chronic = s.smoothing == Smoothing::ewma ? chronic_ewma : window_mean(i, s.chronic_days);
        // A ratio only once a whole chronic window of the log lies behind the day (this day included).
        bool full_history = i >= history_from && i + 1 - history_from >= static_cast<std::size_t>(s.chronic_days);
        if (full_history && d.chronic > 0) d.acwr = d.acute / d.chronic;
    }

    for (std::size_t start = 0; start < span; start += 7) {
        WeekLoad week;
        week.monday = series.days[start].date;
        for (std::size_t i = start; i < start + 7; ++i) {
            week.load += series.days[i].load;
            week.hard_days += hard[i] ? 1 : 0;
        }
        // Population standard deviation, in two passes: Σx²/7 − mean² cancels badly when the
        // week is flat and leaves a tiny sd, hence a huge monotony.
        const double mean = week.load / 7;
        double variance = 0;
        for (std::size_t i = start; i < start + 7; ++i)
            variance += (series.days[i].load - mean) * (series.days[i].load - mean) / 7;
        const double sd = std::sqrt(variance);
        if (sd > 1e-9 * std::max(1.0, mean)) week.monotony = mean / sd;
        week.acwr = series.days[start + 6].acwr;
        // A whole chronic window of history on Sunday without a unit of load in it: no ratio (0 / 0),
        // but the week is as easy as a week gets.
        const DayLoad& sunday = series.days[start + 6];
        const bool chronic_window_empty = start + 7 > history_from &&
                                          start + 7 - history_from >= static_cast<std::size_t>(s.chronic_days) &&
                                          !week.acwr && sunday.chronic <= 0;

        std::vector<std::string> heavy;
        if (week.acwr && *week.acwr > s.heavy_acwr)
            heavy.push_back(fmt::format("acwr {:.2f} above {:g}", *week.acwr, s.heavy_acwr));
        if (week.hard_days >= s.heavy_hard_days) heavy.push_back(fmt::format("{} hard days", week.hard_days));
        if (!last_workout || week.monday > *last_workout) {
            week.reason = "no workouts logged";
        } else if (!heavy.empty()) {
            week.status = WeekStatus::heavy;
            week.reason = fmt::format("{}", fmt::join(heavy, "; "));
        } else if (week.acwr && *week.acwr < s.easy_acwr) {
            week.status = WeekStatus::easy;
            week.reason = fmt::format("acwr {:.2f} below {:g}", *week.acwr, s.easy_acwr);
        } else if (chronic_window_empty) {
            week.status = WeekStatus::easy;
            week.reason = fmt::format("no load in the last {} days", s.chronic_days);
        } else {
            week.reason = week.acwr ? fmt::format("acwr {:.2f}", *week.acwr) : std::string("too little history for acwr");
        }
        series.weeks.push_back(std::move(week));
    }
    return series;
}

} // namespace recover
