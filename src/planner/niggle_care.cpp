// Self-care for niggles, the ladder's first rung: ice while a niggle is fresh and sharp, heat before
// runs once it is chronic. "Apply ice for sharp inflammation and heat for chronic tightness before
// a session to loosen tissues" (massage-types-and-timing.txt).

#include "planner/parts.hpp"

#include "recover/core/memo.hpp"
#include "recover/core/text.hpp"
#include "recover/log/wording.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace recover::planning {

namespace {

constexpr std::array<std::string_view, 5> sharp_words{"sharp", "swollen", "swelling", "inflamed", "acute"};

bool sharp(const NiggleReport& report, int min_severity) {
    if (report.niggle.severity && *report.niggle.severity >= min_severity) return true;
    // Read once per wording: a log repeats its niggle phrases.
    thread_local TextMemo<bool> says_sharp;
    return says_sharp(report.niggle.said, [](std::string_view said) {
        return std::any_of(sharp_words.begin(), sharp_words.end(), [&](std::string_view word) { return says(said, word); });
    });
}

} // namespace

void plan_niggle_self_care(Context& context, const Rule& rule) {
    for (const NiggleEpisode& episode : context.episodes) {
        // The days are looked at first: most episodes of a long log are over long before the plan.
        if (rule.trigger == Trigger::niggle_acute) {
            const NiggleReport& first = *episode.reports.front();
            if (!context.calendar.touches(first.date + date::days{rule.days[0]}, first.date + date::days{rule.days[1]})) continue;
            if (!area_matches(episode.area, rule.areas) || !sharp(first, rule.min_severity)) continue;
            for (int d = rule.days[0]; d <= rule.days[1]; ++d) {
                const local_days day = first.date + date::days{d};
                if (!context.calendar.touches(day, day)) continue;
                Item item = make_item(rule, day);
                item.focus = {episode.area};
                item.triggers.push_back(niggle_cause(episode, first.date));
                item.reason = fmt::format("day {} of a sharp niggle ({}{}, {}): ice calms acute inflammation in the first 48 h", d + 1,
                                          first.niggle.said, severity_text(first), day_name(first.date));
                context.add(std::move(item));
            }
            continue;
        }
        // niggle-chronic: heat before each run once the niggle has lasted after_days, while the
        // runner still mentions it (up to the day after the last report).
        const local_days over = episode.last() + date::days{1};
        const local_days from = std::max(episode.first() + date::days{rule.after_days - 1}, context.plan.from);
        if (!context.calendar.touches(from, over) || !area_matches(episode.area, rule.areas)) continue;
        for (const Workout& w : workouts_dated(context.log, from, over)) { // only the episode's runs
            if (w.sport != Sport::run || w.missed || w.kind == Kind::race) continue;
            if (episode.day_number(w.date) < rule.after_days || !context.calendar.touches(w.date, w.date)) continue;
            Item item = make_item(rule, w.date);
            item.focus = {episode.area};
            item.triggers.push_back(niggle_cause(episode, episode.first()));
            item.triggers.push_back(workout_cause(w));
            item.reason = fmt::format("before {}: {} has lasted {} days; heat loosens chronic tightness before a session", describe(w),
                                      episode.said, episode.day_number(w.date));
            context.add(std::move(item));
        }
    }
}

} // namespace recover::planning
