// What every rule books into: items made from rules, their causes, and stand-ins.

#include "planner/parts.hpp"

#include "recover/core/text.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace recover::planning {

void Context::add(Item item) {
    auto [at, added] = index_.try_emplace({item.rule, item.date, item.title, item.last_day()}, plan.items.size());
    if (!added) {
        take_triggers(plan.items[at->second], item);
        return;
    }
    calendar.book(item);
    plan.items.push_back(std::move(item));
}

bool Context::join(Item& item) {
    const auto at = index_.find({item.rule, item.date, item.title, item.last_day()});
    if (at == index_.end()) return false;
    take_triggers(plan.items[at->second], item);
    return true;
}

void Context::take_triggers(Item& same, Item& item) {
    for (Cause& cause : item.triggers) same.triggers.push_back(std::move(cause));
}

Item* Context::appointment_of(const Rule& rule, local_days first, local_days last) {
    for (auto at = index_.lower_bound({rule.id, first, "", local_days{}}); at != index_.end(); ++at) {
        const auto& [id, day, title, last_day] = at->first;
        if (id != rule.id || day > last) break;
        if (plan.items[at->second].category == Category::appointment) return &plan.items[at->second];
    }
    return nullptr;
}

void Context::note(local_days day, const Rule& rule, std::string text) { plan.notes.push_back(Note{day, rule.id, std::move(text)}); }

std::span<const Workout> workouts_dated(const TrainingLog& log, local_days first, local_days last) {
    const auto before = [](const Workout& w, local_days day) { return w.date < day; };
    const auto after = [](local_days day, const Workout& w) { return day < w.date; };
    const auto from = std::lower_bound(log.workouts.begin(), log.workouts.end(), first, before);
    const auto to = std::upper_bound(from, log.workouts.end(), last, after);
    return {from, to};
}

Item make_item(const Rule& rule, local_days day) {
    Item item;
    item.date = day;
    item.category = rule.category;
    item.treatment = rule.treatment;
    item.rule = rule.id;
    item.title = rule.title;
    item.minutes = rule.minutes;
    item.focus = rule.focus;
    item.source = rule.source;
    item.advice = rule.advice;
    return item;
}

Cause workout_cause(const Workout& w) { return Cause{Cause::What::workout, w.date, label(w)}; }

Cause niggle_cause(const NiggleEpisode& episode, local_days day) { return Cause{Cause::What::niggle, day, episode.said}; }

std::string describe(const Workout& w) {
    return fmt::format("{} on {} ({}{})", label(w), day_name(w.date), to_string(w.kind),
                       w.signals.rpe ? fmt::format(", rpe {:g}", *w.signals.rpe) : std::string());
}

std::string named_day(const Workout& w) { return fmt::format("{} on {}", label(w), day_name(w.date)); }

void stand_in(Context& context, const Rule& rule, local_days day, std::vector<Cause> triggers, const std::string& what,
              const std::vector<std::string>& refusals) {
    Item item = make_item(rule, day);
    item.category = Category::self_care;
    item.treatment = Treatment::foam_roll;
    item.stand_in = true;
    item.title = rule.treatment == Treatment::art ? "Rehab and self-massage instead of ART" : "Foam roll instead of massage";
    item.minutes = {10, 15};
    item.triggers = std::move(triggers);
    const std::string_view substitute = rule.treatment == Treatment::art ? "rehab and self-massage" : "foam rolling";
    const std::string why = refusal_text(refusals);
    // Titles keep their case: "ART: IT band", not "art: it band".
    item.reason = fmt::format("no appointment ({}) could be booked {}: {}; {} instead", rule.title, what, why, substitute);
    context.note(day, rule, fmt::format("{} {} not booked: {}; {} instead", rule.title, what, why, substitute));
    context.add(std::move(item));
}

void keep_off_red_flags(const Calendar& calendar, Item& item) {
    for (const RedFlag* flag : calendar.red_flags_on(item.date)) {
        std::erase_if(item.focus, [&](const std::string& area) { return area_matches(area, {flag->area}); });
        item.reason += fmt::format("; nothing on the {} while its red flag is open", flag->area);
    }
}

std::string severity_text(const NiggleReport& report) {
    return report.niggle.severity ? fmt::format(", {}/10", *report.niggle.severity) : std::string();
}

bool improving(const NiggleEpisode& episode, local_days day) {
    const NiggleReport* latest = nullptr;
    for (const NiggleReport* r : episode.reports) {
        if (r->date > day) break;
        latest = r;
    }
    if (!latest) return false;
    if (latest->improving) return true;
    // Severity falling: below where it started (3, 3, 4, 3 is not getting better).
    const NiggleReport& first = *episode.reports.front();
    return &first != latest && first.niggle.severity && latest->niggle.severity && *latest->niggle.severity < *first.niggle.severity;
}

} // namespace recover::planning
