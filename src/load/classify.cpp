#include "recover/load/classify.hpp"

#include "recover/load/load.hpp"
#include "recover/core/memo.hpp"
#include "recover/core/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

namespace recover {

namespace {

/// The CR-10 effort assumed for a kind when the log gives no RPE (Foster's scale: 3 moderate,
/// 5 hard, 7 very hard, 9 near maximal).
double inferred_effort(Kind kind) {
    switch (kind) {
    case Kind::race: return 9;
    case Kind::hard: return 7;
    case Kind::long_run: return 5;
    case Kind::easy:
    case Kind::cross: return 3;
    case Kind::treatment: return 0;
    }
    return 3;
}

/// A session held at an average this many points under `hard_avg_hr_pct`, for `sustained_minutes`
/// or more, was threshold work with a warm-up, not an easy run (see hard_signal).
constexpr double sustained_margin_pct = 5;
constexpr double sustained_minutes = 40;

/// The lowercase words of `text` (letters and digits; everything else separates).
std::vector<std::string> words(std::string_view text) {
    std::vector<std::string> out(1);
    for (char c : lowercase(text)) {
        if (std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80)
            out.back() += c;
        else if (!out.back().empty())
            out.emplace_back();
    }
    if (out.back().empty()) out.pop_back();
    return out;
}

/// An interval pattern such as `6x800`, `5 x 1 km`, `3x10 min` or `2×15`, as written.
std::optional<std::string> interval_pattern(std::string_view title) {
    auto digit = [&](std::size_t i) { return i < title.size() && std::isdigit(static_cast<unsigned char>(title[i])); };
    for (std::size_t i = 0; i < title.size(); ++i) {
        if (!digit(i) || (i > 0 && std::isalnum(static_cast<unsigned char>(title[i - 1])))) continue;
        std::size_t j = i;
        while (digit(j)) ++j;
        std::size_t k = j;
        while (k < title.size() && title[k] == ' ') ++k;
        std::size_t times = 0;
        if (k < title.size() && (title[k] == 'x' || title[k] == 'X')) times = 1;
        else if (title.substr(k).starts_with("×")) times = std::string_view("×").size();
        if (times == 0) continue;
        std::size_t m = k + times;
        while (m < title.size() && title[m] == ' ') ++m;
        if (!digit(m)) continue;
        std::size_t end = m;
        while (digit(end) || (end < title.size() && title[end] == '.')) ++end;
        return std::string(title.substr(i, end - i));
    }
    return std::nullopt;
}

/// Words that name a quality session; `mp` and `hmp` are marathon and half-marathon pace.
constexpr std::string_view hard_words[]{"interval", "intervals", "tempo", "threshold", "hill", "hills", "track",
                                        "fartlek", "vo2", "vo2max", "repeats", "reps", "cruise", "mp", "hmp"};

/// Words that, before "pace", make it a quality pace: "race pace", "goal pace", "10k pace".
constexpr std::string_view quality_paces[]{"race", "goal", "marathon", "half", "threshold", "5k", "10k"};

/// Words that name a race by its event or distance ("NYC Half", "Bay 10K", "Parkrun #212").
constexpr std::string_view event_words[]{"marathon", "half", "halbmarathon", "parkrun", "5k",
                                         "8k",       "10k",  "15k",          "ultra"};

/// Words near an event word that make it a pace, a practice or a part of a run, not a race:
/// "half marathon pace", "tempo 8K", "last 8K at HM pace", "long run with 10k at goal pace".
constexpr std::string_view practice_words[]{"pace", "effort", "sim", "simulation", "tempo", "rehearsal", "at",
                                            "last", "first", "final", "with", "w", "x"};

template <std::size_t N>
bool is_one_of(const std::string& word, const std::string_view (&list)[N]) {
    return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

/// True when `title` calls the session a race ("RACE: City 10K", "Club race"), not race pace.
bool says_race(const std::vector<std::string>& title) {
    for (std::size_t i = 0; i < title.size(); ++i) {
        if (title[i] != "race" && title[i] != "wettkampf") continue;
        bool pace = i + 1 < title.size() && (title[i + 1] == "pace" || title[i + 1] == "sim" || title[i + 1] == "simulation");
        if (!pace) return true;
    }
    return false;
}

/// The event word of a title that names a race ("NYC Half", "Bay 10K"), when no word next to it
/// makes it a pace, a practice or a part of a run ("half marathon pace", "last 8K at HM pace") and
/// the title is no interval session ("6x800 @ 5K").
std::optional<std::string> event_named(const std::vector<std::string>& title, std::string_view written) {
    if (interval_pattern(written)) return std::nullopt;
    for (std::size_t i = 0; i < title.size(); ++i) {
        if (!is_one_of(title[i], event_words)) continue;
        bool practice = false;
        for (std::size_t j = i < 2 ? 0 : i - 2; j < title.size() && j <= i + 3; ++j)
            practice = practice || (j != i && is_one_of(title[j], practice_words));
        if (!practice) return title[i];
    }
    return std::nullopt;
}

/// "race pace", "goal pace", "10k pace" in a title.
std::optional<std::string> quality_pace(const std::vector<std::string>& title) {
    for (std::size_t i = 1; i < title.size(); ++i)
        if (title[i] == "pace" && is_one_of(title[i - 1], quality_paces)) return title[i - 1] + " pace";
    return std::nullopt;
}

/// What a run's title says, read once per title: a log repeats a few titles thousands of times.
struct TitleSense {
    bool long_run = false;                  ///< "long run"
    bool race = false;                      ///< says_race
    std::optional<std::string> hard;        ///< an interval pattern, a hard word or a quality pace, as said
    std::optional<std::string> event;       ///< event_named
};

TitleSense read_title(std::string_view written) {
    const std::vector<std::string> title = words(written);
    TitleSense sense;
    for (std::size_t i = 0; i + 1 < title.size(); ++i) sense.long_run = sense.long_run || (title[i] == "long" && title[i + 1] == "run");
    sense.race = says_race(title);
    if (auto pattern = interval_pattern(written)) {
        sense.hard = std::move(pattern);
    } else {
        auto word = std::find_if(title.begin(), title.end(), [](const std::string& w) { return is_one_of(w, hard_words); });
        sense.hard = word != title.end() ? std::optional<std::string>(*word) : quality_pace(title);
    }
    sense.event = event_named(title, written);
    return sense;
}

/// The signals that can say a run was hard, in the order of DESIGN.md §2.2 after explicit tags.
enum class HardSignal { none, rpe, average_hr, peak_hr, sustained_hr, aerobic_te, hard_zones, title };

// A tempo or a race-pace long run keeps the heart near threshold for the best part of an hour or
// more, but its warm-up and cool-down pull the average under the threshold average. Held that
// long, an average within a few points of it is no easy run: easy running stays under about
// 80 % of maximum (the first ventilatory threshold), however long.
double sustained_pct(const Settings& s) { return s.hard_avg_hr_pct - sustained_margin_pct; }

/// The first signal that says a run was hard.
HardSignal hard_signal(const Workout& w, const TitleSense& title, const Settings& s, std::optional<double> max_hr) {
    const Signals& in = w.signals;
    // The runner's own rating outranks every sensor: a low RPE keeps the run easy.
    if (in.rpe) return *in.rpe >= s.hard_rpe ? HardSignal::rpe : HardSignal::none;
    if (max_hr && in.avg_hr && *in.avg_hr * 100 >= s.hard_avg_hr_pct * *max_hr) return HardSignal::average_hr;
    if (max_hr && in.max_hr && *in.max_hr * 100 >= s.hard_peak_hr_pct * *max_hr && in.avg_hr && *in.avg_hr * 100 >= 75 * *max_hr)
        return HardSignal::peak_hr;
    if (max_hr && in.avg_hr && w.minutes >= sustained_minutes && *in.avg_hr * 100 >= sustained_pct(s) * *max_hr)
        return HardSignal::sustained_hr;
    // Training Effect measures EPOC, which builds with duration as well as intensity: a long easy
    // run reaches 4 on duration alone, so on a long run it says nothing about how hard it was.
    if (in.aerobic_te && *in.aerobic_te >= s.hard_aerobic_te && !w.long_run) return HardSignal::aerobic_te;
    if (in.hard_zone_minutes && *in.hard_zone_minutes >= s.hard_zone_minutes) return HardSignal::hard_zones;
    if (title.hard) return HardSignal::title;
    return HardSignal::none;
}

/// `signal` in words, for `why`: "rpe 8 (hard from 7)".
std::string said(HardSignal signal, const Workout& w, const TitleSense& title, const Settings& s, std::optional<double> max_hr) {
    const Signals& in = w.signals;
    const double max = max_hr.value_or(0);
    switch (signal) {
    case HardSignal::none: break;
    case HardSignal::rpe: return fmt::format("rpe {:g} (hard from {:g})", *in.rpe, s.hard_rpe);
    case HardSignal::average_hr:
        return fmt::format("average HR {:.0f} is {:.0f}% of max {:.0f} (hard from {:g}%)", *in.avg_hr, *in.avg_hr * 100 / max, max,
                           s.hard_avg_hr_pct);
    case HardSignal::peak_hr:
        return fmt::format("peak HR {:.0f} is {:.0f}% of max {:.0f} (hard from {:g}%)", *in.max_hr, *in.max_hr * 100 / max, max,
                           s.hard_peak_hr_pct);
    case HardSignal::sustained_hr:
        return fmt::format("average HR {:.0f} is {:.0f}% of max {:.0f} over {:.0f} min (hard from {:g}% held {:g} min)",
                           *in.avg_hr, *in.avg_hr * 100 / max, max, w.minutes, sustained_pct(s), sustained_minutes);
    case HardSignal::aerobic_te: return fmt::format("Aerobic TE {:.1f} (hard from {:.1f})", *in.aerobic_te, s.hard_aerobic_te);
    case HardSignal::hard_zones: return fmt::format("{:.0f} min in HR zone 4+ (hard from {:g})", *in.hard_zone_minutes, s.hard_zone_minutes);
    case HardSignal::title: return fmt::format("title says \"{}\"", *title.hard);
    }
    return {};
}

/// The reasons of a classification, joined by "; ": each put into words only when they are wanted.
/// A workout summed into the history and forgotten needs none (load/history.cpp).
class Reasons {
public:
    explicit Reasons(bool wanted) : wanted_(wanted) {}
    /// Adds the reason `say()` gives.
    template <class Say>
    void add(Say&& say) {
        ++given_;
        if (!wanted_) return;
        if (!text_.empty()) text_ += "; ";
        text_ += say();
    }
    bool empty() const { return given_ == 0; }
    std::string take() { return std::move(text_); }

private:
    bool wanted_;
    int given_ = 0;
    std::string text_;
};

/// Effort on the CR-10 scale when the log gives no RPE: from heart rate where there is one
/// (the % of maximum bands of the usual five-zone model), else from the kind.
double effort_without_rpe(const Workout& w, std::optional<double> max_hr) {
    double from_kind = inferred_effort(w.kind);
    if (!max_hr || !w.signals.avg_hr || w.kind == Kind::treatment) return from_kind;
    double pct = *w.signals.avg_hr * 100 / *max_hr;
    double from_hr = pct >= 95 ? 9 : pct >= 90 ? 8 : pct >= 85 ? 7 : pct >= 80 ? 5 : pct >= 70 ? 3 : 2;
    return w.kind == Kind::race ? std::max(from_hr, from_kind) : from_hr;
}

} // namespace

void classify_workout(Workout& w, const Settings& s, std::optional<double> max_hr, Explain explain) {
    const Signals& in = w.signals;
    const bool running = w.sport == Sport::run;
    Reasons why(explain == Explain::yes);
    // The title is read only for a run (a ride's title says nothing here).
    thread_local TextMemo<TitleSense> titles;
    static const TitleSense untitled;
    const TitleSense& title = running ? titles(w.title, read_title) : untitled;
    w.long_run = running && ((w.minutes >= s.long_minutes) || (w.distance_km && *w.distance_km >= s.long_km) ||
                             in.stated_kind == Kind::long_run || title.long_run);
    if (in.stated_kind) {
        w.kind = *in.stated_kind;
        why.add([&] { return in.stated_by; });
    } else if (title.race) {
        w.kind = Kind::race;
        why.add([] { return "title says race"; });
    } else {
        w.kind = running ? Kind::easy : Kind::cross;
    }
    if (running && (w.kind == Kind::easy || w.kind == Kind::long_run) && !(in.stated_kind == Kind::easy && !in.rpe)) {
        if (const HardSignal signal = hard_signal(w, title, s, max_hr); signal != HardSignal::none) {
            w.kind = Kind::hard;
            why.add([&] { return said(signal, w, title, s, max_hr); });
            // Garmin and TrainingPeaks' runs carry no race flag: a race shows as a run named after its
            // event, run at race effort (an average at threshold or above, or an RPE of "very hard").
            const std::optional<std::string>& event = title.event;
            const bool race_effort = in.rpe ? *in.rpe >= s.very_hard_rpe
                                            : max_hr && in.avg_hr && *in.avg_hr * 100 >= s.hard_avg_hr_pct * *max_hr;
            if (event && race_effort) {
                w.kind = Kind::race;
                why.add([&] { return fmt::format("title names a race (\"{}\") run at race effort", *event); });
            }
        }
    }
    if (w.kind == Kind::easy && w.long_run) {
        w.kind = Kind::long_run;
        why.add([&] {
            return w.distance_km && *w.distance_km >= s.long_km ? fmt::format("{:.1f} km (long from {:g})", *w.distance_km, s.long_km)
                   : w.minutes >= s.long_minutes                ? fmt::format("{:.0f} min (long from {:g})", w.minutes, s.long_minutes)
                                                                : std::string("title says long run");
        });
    }
    if (why.empty()) why.add([&] { return running ? "no sign of hard effort" : "not a run"; });

    if (w.missed) why.add([] { return "planned but not done"; });

    w.effort = in.rpe ? *in.rpe : effort_without_rpe(w, max_hr);
    w.very_hard = !w.missed && (w.kind == Kind::race || (w.kind == Kind::hard && (w.effort >= s.very_hard_rpe || w.long_run)));
    w.load = workout_load(w, s, max_hr);
    w.why = why.take();
}

void classify_workouts(std::vector<Workout>& workouts, const Settings& settings, std::optional<double> also_seen, Explain explain) {
    // The athlete's maximum heart rate: from the rules, else the highest seen in the log.
    std::optional<double> max_hr;
    if (settings.max_hr) {
        max_hr = *settings.max_hr;
    } else {
        max_hr = also_seen;
        for (const Workout& w : workouts)
            if (w.signals.max_hr) max_hr = std::max(max_hr.value_or(0), *w.signals.max_hr);
    }
    for (Workout& w : workouts) classify_workout(w, settings, max_hr, explain);
}

} // namespace recover
