// The niggle rules: see a physio at once for red flags, or when a niggle is no better after a
// week; ART when it persists; ice while it is fresh and sharp; heat before runs once it is chronic.

#include "planner/parts.hpp"

#include "recover/core/text.hpp"
#include "recover/log/wording.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace recover::planning {

namespace {

/// The words of `rule` the report says, or the severity that sets it off, in words; empty when none.
std::string red_flag_in(const Rule& rule, const NiggleReport& report) {
    std::string said = lowercase(report.niggle.said);
    for (const std::string& word : rule.words)
        if (says(said, word)) return fmt::format("\"{}\"", word);
    if (report.niggle.severity && *report.niggle.severity >= rule.min_severity)
        return fmt::format("severity {}/10", *report.niggle.severity);
    return "";
}

bool sharp(const NiggleReport& report, int min_severity) {
    if (report.niggle.severity && *report.niggle.severity >= min_severity) return true;
    std::string said = lowercase(report.niggle.said);
    for (std::string_view word : {"sharp", "swollen", "swelling", "inflamed", "acute"})
        if (says(said, word)) return true;
    return false;
}

std::string severity_text(const NiggleReport& report) {
    return report.niggle.severity ? fmt::format(", {}/10", *report.niggle.severity) : std::string();
}

/// The first report on or after day `day_number` of the episode, or nullptr.
const NiggleReport* report_from_day(const NiggleEpisode& episode, int day_number) {
    for (const NiggleReport& r : episode.reports)
        if (episode.day_number(r.date) >= day_number) return &r;
    return nullptr;
}

} // namespace

void plan_red_flags(Context& context, const Rule& rule) {
    for (const NiggleEpisode& episode : context.episodes) {
        if (!area_matches(episode.area, rule.areas)) continue;
        for (const NiggleReport& report : episode.reports) {
            std::string flag = red_flag_in(rule, report);
            if (flag.empty()) continue;
            if (context.calendar.touches(report.date, report.date)) {
                Item item = make_item(rule, report.date);
                item.focus = {episode.area};
                item.triggers.push_back(niggle_cause(episode, report.date));
                item.reason = fmt::format("\"{}\" ({}, {}): sudden sharp pain, numbness, or pain that limits walking or sleep needs a "
                                          "sports physio now, not massage",
                                          report.niggle.said, flag, day_name(report.date));
                context.add(std::move(item));
            }
            break; // once per episode
        }
    }
}

void plan_niggle_flags(Context& context, const Rule& rule) {
    for (const NiggleEpisode& episode : context.episodes) {
        if (!area_matches(episode.area, rule.areas)) continue;
        const NiggleReport* now = report_from_day(episode, rule.after_days);
        if (!now || !context.calendar.touches(now->date, now->date)) continue;
        const NiggleReport& first = episode.reports.front();
        const bool improving = first.niggle.severity && now->niggle.severity && *now->niggle.severity < *first.niggle.severity;
        if (improving) {
            context.note(now->date, rule,
                         fmt::format("{} is better after {} days ({}/10 → {}/10): keep an eye on it", episode.said,
                                     episode.day_number(now->date), *first.niggle.severity, *now->niggle.severity));
            continue;
        }
        Item item = make_item(rule, now->date);
        item.focus = {episode.area};
        item.triggers.push_back(niggle_cause(episode, first.date));
        item.triggers.push_back(niggle_cause(episode, now->date));
        item.reason = fmt::format("{} since {}{}, still there on {}{} (day {}): a niggle not improving after a week needs a therapist "
                                  "or sports physio",
                                  episode.said, day_name(first.date), severity_text(first), day_name(now->date), severity_text(*now),
                                  episode.day_number(now->date));
        context.add(std::move(item));
    }
}

void plan_niggle_appointments(Context& context, const Rule& rule) {
    for (const NiggleEpisode& episode : context.episodes) {
        if (!area_matches(episode.area, rule.areas)) continue;
        const NiggleReport* due = report_from_day(episode, rule.after_days);
        if (!due) continue;
        const local_days close = due->date + date::days{rule.within_days};
        if (!context.calendar.touches(due->date, close)) continue;
        const std::string what = fmt::format("{} since {}", episode.said, day_name(episode.first()));
        std::vector<Cause> causes{niggle_cause(episode, episode.first()), niggle_cause(episode, due->date)};
        if (auto had = context.calendar.received(Received::art, episode.first(), close)) {
            context.note(*had, rule, fmt::format("the ART you had on {} covers {}", day_name(*had), what));
            continue;
        }
        Booking booking = find_day(context.calendar, rule, due->date, close);
        if (!booking.day) {
            stand_in(context, rule, std::max(due->date, context.plan.from), std::move(causes), "for " + what, booking.refusals);
            continue;
        }
        Item item = make_item(rule, *booking.day);
        item.triggers = std::move(causes);
        item.reason = fmt::format("{}{}, still there on {} (day {}): a niggle that persists {} days calls for Active Release Technique",
                                  what, severity_text(episode.reports.front()), day_name(due->date), episode.day_number(due->date),
                                  rule.after_days);
        context.add(std::move(item));
    }
}

void plan_niggle_self_care(Context& context, const Rule& rule) {
    for (const NiggleEpisode& episode : context.episodes) {
        if (!area_matches(episode.area, rule.areas)) continue;
        if (rule.trigger == Trigger::niggle_acute) {
            const NiggleReport& first = episode.reports.front();
            if (!sharp(first, rule.min_severity)) continue;
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
        for (const Workout& w : context.log.workouts) {
            if (w.sport != Sport::run || w.missed || w.kind == Kind::race || w.date < episode.first() || w.date > over) continue;
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
