// The niggle ladder and its red flags.
//
// "Signs you need professional help: Address sudden sharp pain, persistent numbness, or pain that
// limits walking or sleep. If a niggle doesn't improve after a week of rest and gentle care, see a
// therapist or sports physio." (massage-types-and-timing.txt) "Before deciding to try Active
// Release Technique, make sure to consult with a professional regarding your needs and symptoms."
// (art-pain-management-mobility.txt)
//
// So: a red flag stops deep work until a physio has seen it; a niggle gets self-care first
// (niggle_care.cpp), "see a therapist or sports physio" once it has lasted a week without getting
// better, and ART only after that step or a logged visit for the area.

#include "planner/parts.hpp"

#include "recover/core/text.hpp"
#include "recover/core/memo.hpp"
#include "recover/log/wording.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace recover::planning {

namespace {

/// What sets off a red-flag rule in a report: the first of its words that the report says, read
/// once per wording (a log repeats its niggle phrases), or a severity at the rule's minimum.
class RedFlagWords {
public:
    explicit RedFlagWords(const Rule& rule) : rule_(rule) {}

    /// The words the report says, or the severity that sets it off, in words; empty when none.
    std::string in(const NiggleReport& report) {
        const std::optional<std::size_t>& word = said_(report.niggle.said, [&](std::string_view said) {
            auto found = std::find_if(rule_.words.begin(), rule_.words.end(), [&](const std::string& w) { return says(said, w); });
            return found == rule_.words.end() ? std::nullopt : std::optional(static_cast<std::size_t>(found - rule_.words.begin()));
        });
        if (word) return fmt::format("\"{}\"", rule_.words[*word]);
        if (report.niggle.severity && *report.niggle.severity >= rule_.min_severity)
            return fmt::format("severity {}/10", *report.niggle.severity);
        return "";
    }

private:
    const Rule& rule_;
    TextMemo<std::optional<std::size_t>> said_;
};

/// The first report on or after day `day_number` of the episode, or nullptr.
const NiggleReport* report_from_day(const NiggleEpisode& episode, int day_number) {
    for (const NiggleReport* r : episode.reports)
        if (episode.day_number(r->date) >= day_number) return r;
    return nullptr;
}

/// When a red flag raised on a day clears without a physio visit: `clear_days` after the last
/// mention of its area in a run of mentions each within `clear_days` of the one before. Every
/// later mention of the area, in the flag's episode or the next, keeps the flag open.
class ClearDays {
public:
    ClearDays(const std::vector<NiggleEpisode>& episodes, int clear_days) : clear_(clear_days) {
        for (const NiggleEpisode& episode : episodes) {
            std::vector<local_days>& days = mentions_[episode.area];
            for (const NiggleReport* r : episode.reports) days.push_back(r->date);
        }
        // Each area's mentions in date order; from the last back, where a run that reaches each clears.
        for (auto& [area, days] : mentions_) {
            std::sort(days.begin(), days.end());
            std::vector<local_days>& reach = reach_[area];
            reach.resize(days.size());
            for (std::size_t i = days.size(); i-- > 0;)
                reach[i] = i + 1 < days.size() && days[i + 1] <= days[i] + clear_ ? reach[i + 1] : days[i] + clear_;
        }
    }

    /// The day a flag raised on `day` for `area`, which the area's mentions include, clears.
    local_days after(const std::string& area, local_days day) const {
        const std::vector<local_days>& days = mentions_.at(area);
        const auto last_that_day = std::upper_bound(days.begin(), days.end(), day) - days.begin() - 1;
        return reach_.at(area)[static_cast<std::size_t>(last_that_day)];
    }

private:
    date::days clear_;
    std::map<std::string_view, std::vector<local_days>> mentions_, reach_; // keyed by the episodes' areas
};

/// True when a niggle-persists rule (ART) covers `area`.
bool art_covers(const RuleSet& rules, const std::string& area) {
    for (const Rule* rule : rules.with_trigger(Trigger::niggle_persists))
        if (rule->treatment == Treatment::art && area_matches(area, rule->areas)) return true;
    return false;
}

} // namespace

void plan_red_flags(Context& context, const Rule& rule) {
    RedFlagWords red_flag(rule);
    const ClearDays clear_days(context.episodes, rule.clear_days);
    for (const NiggleEpisode& episode : context.episodes) {
        if (!area_matches(episode.area, rule.areas)) continue;
        std::string flag;
        auto raised = std::find_if(episode.reports.begin(), episode.reports.end(),
                                   [&](const NiggleReport* r) { return !(flag = red_flag.in(*r)).empty(); });
        if (raised == episode.reports.end()) continue; // once per episode: the first report that raises it
        const NiggleReport* report = *raised;
        RedFlag open{episode.area, fmt::format("{} in {}", flag, episode.said), report->date, std::nullopt, std::nullopt};
        // Open until a physio has seen it, or until the area has gone unmentioned for clear_days.
        const local_days clear = clear_days.after(episode.area, report->date);
        open.visit = context.calendar.physio_visit(episode.area, report->date);
        open.last = open.visit && *open.visit < clear ? *open.visit : clear;
        if (context.calendar.touches(report->date, report->date)) {
            Item item = make_item(rule, report->date);
            item.focus = {episode.area};
            item.triggers.push_back(niggle_cause(episode, report->date));
            item.reason = fmt::format("{} on {} ({}): sudden sharp pain, numbness, or pain that limits walking or sleep needs a "
                                      "sports physio now, not massage",
                                      episode.said, day_name(report->date), flag);
            context.add(std::move(item));
            const std::string until = open.visit && *open.visit == *open.last
                                          ? fmt::format("until the physio visit on {}", day_name(*open.visit))
                                          : fmt::format("until a physio visit is logged (or {} days without a mention)", rule.clear_days);
            context.note(report->date, rule, fmt::format("red flag for the {}: no deep work at all and nothing on the {} {}", episode.area,
                                                         episode.area, until));
        }
        context.calendar.add_red_flag(std::move(open));
    }
}

void plan_niggle_flags(Context& context, const Rule& rule) {
    for (const NiggleEpisode& episode : context.episodes) {
        if (!area_matches(episode.area, rule.areas)) continue;
        const NiggleReport* now = report_from_day(episode, rule.after_days);
        if (!now) continue;
        if (context.calendar.red_flag_raised(episode.area, now->date)) continue; // the red flag has sent the runner to a physio already
        const NiggleReport& first = *episode.reports.front();
        if (improving(episode, now->date)) {
            if (context.calendar.touches(now->date, now->date))
                context.note(now->date, rule, fmt::format("{} is getting better after {} days{}: self-care only, keep an eye on it",
                                                          episode.said, episode.day_number(now->date), severity_text(*now)));
            continue;
        }
        if (auto seen = context.calendar.assessed(episode.area, episode.first(), now->date)) {
            // A physio or ART visit the log records has assessed it already: no step to take.
            if (context.calendar.touches(now->date, now->date))
                context.note(now->date, rule, fmt::format("{} is still there after {} days; assessed on {}: follow that advice",
                                                          episode.said, episode.day_number(now->date), day_name(*seen)));
            continue;
        }
        context.calendar.add_assessment(episode.area, now->date); // the ladder's step: ART may follow it
        if (!context.calendar.touches(now->date, now->date)) continue;
        Item item = make_item(rule, now->date);
        item.focus = {episode.area};
        item.triggers.push_back(niggle_cause(episode, first.date));
        item.triggers.push_back(niggle_cause(episode, now->date));
        item.reason = fmt::format("{} since {}{}, still there on {}{} (day {}): a niggle not improving after a week needs a therapist "
                                  "or sports physio",
                                  episode.said, day_name(first.date), severity_text(first), day_name(now->date), severity_text(*now),
                                  episode.day_number(now->date));
        if (art_covers(context.rules, episode.area))
            item.advice += fmt::format("{}Ask about Active Release Technique for the {}.", item.advice.empty() ? "" : " ", episode.area);
        context.add(std::move(item));
    }
}

void plan_niggle_appointments(Context& context, const Rule& rule) {
    const auto gap = date::days{context.rules.settings.niggle_gap_days};
    for (const NiggleEpisode& episode : context.episodes) {
        // An appointment opens after an assessment by the end of the episode's gap at the latest,
        // and closes within_days later: an episode whose latest close comes before the calendar
        // opens books nothing (a lifetime of log holds thousands of them).
        const local_days latest_close = std::max(episode.last() + gap + date::days{1}, episode.first() + date::days{rule.after_days - 1}) +
                                        date::days{rule.within_days};
        if (!context.calendar.touches(episode.first(), latest_close)) continue;
        if (!area_matches(episode.area, rule.areas)) continue;
        // ART only once a professional has assessed it: a logged physio or ART visit for the area,
        // or the ladder's "see a therapist or sports physio" step.
        auto assessed = context.calendar.assessed(episode.area, episode.first(), episode.last() + gap);
        if (!assessed || improving(episode, *assessed)) continue;
        const local_days open = std::max(*assessed + date::days{1}, episode.first() + date::days{rule.after_days - 1});
        const local_days close = open + date::days{rule.within_days};
        if (!context.calendar.touches(open, close)) continue;
        const std::string what = fmt::format("{} since {}", episode.said, day_name(episode.first()));
        std::vector<Cause> causes{niggle_cause(episode, episode.first()), niggle_cause(episode, *assessed)};
        if (auto had = context.calendar.received(Received::art, *assessed + date::days{1}, close)) {
            context.note(*had, rule, fmt::format("the ART you had on {} covers {}", day_name(*had), what));
            continue;
        }
        // Not on a day the runner says it is getting better: ART is for a niggle that persists.
        Booking booking;
        for (local_days d = open; d <= close && !booking.day; d += date::days{1}) {
            std::optional<std::string> why = context.calendar.closed(d, rule);
            if (!why && improving(episode, d)) why = fmt::format("{} getting better", episode.said);
            if (!why) booking.day = d;
            else if (std::find(booking.refusals.begin(), booking.refusals.end(), *why) == booking.refusals.end()) booking.refusals.push_back(*why);
        }
        if (!booking.day) {
            stand_in(context, rule, std::max(open, context.plan.from), std::move(causes), "for " + what, booking.refusals);
            continue;
        }
        Item item = make_item(rule, *booking.day);
        item.triggers = std::move(causes);
        item.reason = fmt::format("{}{}, assessed on {}: a niggle that persists and is not improving; ART with a certified provider", what,
                                  severity_text(*episode.reports.front()), day_name(*assessed));
        context.add(std::move(item));
    }
}

} // namespace recover::planning
