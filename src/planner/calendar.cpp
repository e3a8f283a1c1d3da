// The planner's calendar: which days are open to which rule, and the caps.

#include "planner/parts.hpp"

#include "recover/core/text.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace recover::planning {

namespace {

local_days month_of(local_days day) {
    date::year_month_day ymd{day};
    return local_days{ymd.year() / ymd.month() / 1};
}

template <class Key> int count_at(const std::map<Key, int>& counts, const Key& key) {
    auto found = counts.find(key);
    return found == counts.end() ? 0 : found->second;
}

std::string plural(int n, std::string_view word) { return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s"); }

} // namespace

Calendar::Calendar(const TrainingLog& log, const RuleSet& rules, const std::vector<Race>& races, local_days from, local_days last)
    : settings_(rules.settings), from_(from), last_(last) {
    for (const Workout& w : log.workouts) {
        if (w.missed) continue;
        if (w.kind == Kind::hard || w.kind == Kind::race) hard_.emplace(w.date, &w);
        if (w.kind != Kind::treatment) continue;
        received_.emplace(w.received, w.date);
        if (w.received == Received::massage) massages_.insert(w.date);
        count(w.date, "");
    }
    for (const Rule* rule : rules.with_trigger(Trigger::race)) {
        for (const Race& race : races) {
            bool long_race = race.distance_km && *race.distance_km >= rule->long_race_km;
            int before = long_race ? rule->days_before_long : rule->days_before;
            blackouts_.push_back(Blackout{&race, race.date - date::days{before}, race.date + date::days{rule->days_after},
                                          race.date - date::days{rule->flush_until_days}});
        }
    }
}

const Blackout* Calendar::blackout_on(local_days day) const {
    for (const Blackout& b : blackouts_)
        if (day >= b.first && day <= b.last) return &b;
    return nullptr;
}

std::optional<std::string> Calendar::closed(local_days day, const Rule& rule) const {
    if (day < from_) return "before the plan starts";
    if (day > last_) return "after the plan ends";
    if (rule.category != Category::appointment) return std::nullopt;
    for (const Blackout& b : blackouts_) {
        const Race& race = *b.race;
        bool closed_deep = is_deep_work(rule.treatment) && day >= b.first && day <= b.last;
        bool closed_light = !is_deep_work(rule.treatment) && day > b.flush_until && day <= race.date;
        if (closed_deep || closed_light) {
            return day <= race.date ? fmt::format("race blackout before {} on {}", race.name, day_name(race.date))
                                    : fmt::format("too soon after {} on {}", race.name, day_name(race.date));
        }
    }
    if (auto hard = hard_.find(day); hard != hard_.end()) return fmt::format("hard workout that day ({})", label(*hard->second));
    if (auto hard = hard_.find(day + date::days{1}); hard != hard_.end())
        return fmt::format("hard workout the next day ({})", label(*hard->second));
    if (!settings_.therapist_days[date::weekday{day}.c_encoding()])
        return fmt::format("therapist not available on {}s", date::format("%A", day));
    if (per_day_.count(day)) return std::string("another appointment that day");
    if (count_at(per_week_, monday_of(day)) >= settings_.max_per_week)
        return fmt::format("{} already that week", plural(settings_.max_per_week, "appointment"));
    if (count_at(per_month_, month_of(day)) >= settings_.max_per_month)
        return fmt::format("{} already that month", plural(settings_.max_per_month, "appointment"));
    if (rule.trigger == Trigger::very_hard_workout && count_at(per_rule_week_, {rule.id, monday_of(day)}) >= rule.max_per_week)
        return fmt::format("{} already that week", plural(rule.max_per_week, lowercase(rule.title)));
    return std::nullopt;
}

void Calendar::book(const Item& item) {
    if (item.category != Category::appointment) return;
    count(item.date, item.rule);
    if (is_massage(item.treatment)) massages_.insert(item.date);
}

std::optional<local_days> Calendar::received(Received what, local_days first, local_days last) const {
    std::optional<local_days> found;
    auto [begin, end] = received_.equal_range(what);
    for (auto at = begin; at != end; ++at)
        if (at->second >= first && at->second <= last && (!found || at->second < *found)) found = at->second;
    return found;
}

std::optional<local_days> Calendar::last_massage(local_days day) const {
    auto after = massages_.upper_bound(day);
    if (after == massages_.begin()) return std::nullopt;
    return *std::prev(after);
}

std::optional<local_days> Calendar::next_massage(local_days day) const {
    auto at = massages_.lower_bound(day);
    return at == massages_.end() ? std::nullopt : std::optional(*at);
}

void Calendar::count(local_days day, const std::string& rule) {
    ++per_day_[day];
    ++per_week_[monday_of(day)];
    ++per_month_[month_of(day)];
    if (!rule.empty()) ++per_rule_week_[{rule, monday_of(day)}];
}

Booking find_day(const Calendar& calendar, const Rule& rule, local_days first, local_days last, bool latest) {
    Booking booking;
    std::vector<std::pair<local_days, std::string>> refused;
    for (int i = 0; i <= (last - first).count(); ++i) {
        local_days day = latest ? last - date::days{i} : first + date::days{i};
        auto why = calendar.closed(day, rule);
        if (!why) {
            booking.day = day;
            return booking;
        }
        if (std::none_of(refused.begin(), refused.end(), [&](const auto& r) { return r.second == *why; })) refused.emplace_back(day, *why);
    }
    std::stable_sort(refused.begin(), refused.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto& r : refused) booking.refusals.push_back(std::move(r.second));
    return booking;
}

void Context::add(Item item) {
    auto [at, added] = index_.try_emplace({item.rule, item.date, item.title}, plan.items.size());
    if (!added) {
        Item& same = plan.items[at->second];
        for (Cause& cause : item.triggers) same.triggers.push_back(std::move(cause));
        return;
    }
    calendar.book(item);
    plan.items.push_back(std::move(item));
}

Item* Context::appointment_of(const Rule& rule, local_days first, local_days last) {
    for (auto at = index_.lower_bound({rule.id, first, ""}); at != index_.end(); ++at) {
        const auto& [id, day, title] = at->first;
        if (id != rule.id || day > last) break;
        if (plan.items[at->second].category == Category::appointment) return &plan.items[at->second];
    }
    return nullptr;
}

void Context::note(local_days day, const Rule& rule, std::string text) { plan.notes.push_back(Note{day, rule.id, std::move(text)}); }

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

void stand_in(Context& context, const Rule& rule, local_days day, std::vector<Cause> triggers, const std::string& what,
              const std::vector<std::string>& refusals) {
    Item item = make_item(rule, day);
    item.category = Category::self_care;
    item.treatment = Treatment::foam_roll;
    item.title = rule.treatment == Treatment::art ? "Rehab and self-massage instead of ART" : "Foam roll instead of massage";
    item.minutes = {10, 15};
    item.triggers = std::move(triggers);
    const std::string_view substitute = rule.treatment == Treatment::art ? "rehab and self-massage" : "foam rolling";
    item.reason = fmt::format("no {} could be booked {}: {}; {} instead", lowercase(rule.title), what, fmt::join(refusals, "; "), substitute);
    context.note(day, rule, fmt::format("{} {} not booked: {}; {} instead", lowercase(rule.title), what, fmt::join(refusals, "; "), substitute));
    context.add(std::move(item));
}

} // namespace recover::planning
