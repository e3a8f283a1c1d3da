// The planner's calendar: which days are open to which appointment, and the caps.

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

/// The gentle days after a long effort of `km` and `minutes` (either may be unknown), or nothing
/// when it is not a long effort.
std::optional<int> gentle_days(const Settings& s, std::optional<double> km, double minutes) {
    if (km && *km >= s.gentle_marathon_km) return s.gentle_marathon_days;
    if ((km && *km >= s.gentle_long_km) || minutes >= s.gentle_long_minutes) return s.gentle_days;
    return std::nullopt;
}

/// The area a treatment received was for, from its title and notes; empty: it names none.
std::string treated_area(const Workout& w) {
    const std::string_view area = body_area(w.title);
    return std::string(area.empty() ? body_area(w.notes) : area);
}

} // namespace

Calendar::Calendar(const TrainingLog& log, const RuleSet& rules, const std::vector<Race>& races, local_days from, local_days last)
    : settings_(rules.settings), from_(from), last_(last) {
    for (const Rule* rule : rules.with_trigger(Trigger::schedule)) min_gap_days_ = std::max(min_gap_days_, rule->min_gap_days);
    for (const Workout& w : log.workouts) {
        if (w.received == Received::physio) physio_visits_.emplace(treated_area(w), w.date); // every physio row, a missed one too
        if (w.missed) continue;
        if (w.kind == Kind::hard || w.kind == Kind::race) hard_[w.date] = &w;
        if (w.sport == Sport::run && w.long_run && w.kind != Kind::race) long_[w.date] = &w;
        if (w.sport == Sport::run && w.kind != Kind::race && w.kind != Kind::treatment) {
            if (auto days = gentle_days(settings_, w.distance_km, w.minutes))
                gentle_.push_back(GentleWindow{w.date, w.date + date::days{*days}, named_day(w)});
        }
        if (w.kind != Kind::treatment) continue;
        received_.emplace(w.received, w.date);
        if (w.received == Received::massage) massages_.emplace(w.date, Treatment::maintenance_massage);
        if (w.received == Received::physio || w.received == Received::art) assessments_.emplace(treated_area(w), w.date);
        count(w.date, "");
    }
    for (const Race& race : races) {
        // A race of unknown distance is treated as a long effort only when a workout of the log says so.
        if (auto days = gentle_days(settings_, race.distance_km, 0))
            gentle_.push_back(GentleWindow{race.date, race.date + date::days{*days}, fmt::format("{} on {}", race.name, day_name(race.date))});
    }
    std::stable_sort(gentle_.begin(), gentle_.end(), [](const GentleWindow& a, const GentleWindow& b) { return a.first < b.first; });
    for (const Rule* rule : rules.with_trigger(Trigger::race)) {
        for (const Race& race : races) {
            bool long_race = race.distance_km && *race.distance_km >= rule->long_race_km;
            int before = long_race ? rule->days_before_long : rule->days_before;
            blackouts_.push_back(Blackout{&race, race.date - date::days{before}, race.date + date::days{rule->days_after},
                                          race.date - date::days{rule->flush_until_days}});
        }
    }
}

const GentleWindow* Calendar::gentle_on(local_days day) const {
    const GentleWindow* found = nullptr;
    // Sorted by first day; windows last a week at most, so few are looked at.
    for (auto at = gentle_.rbegin(); at != gentle_.rend() && at->first + date::days{28} >= day; ++at)
        if (day >= at->first && day <= at->last && (!found || at->last > found->last)) found = &*at;
    return found;
}

void Calendar::add_red_flag(RedFlag flag) {
    if (!flag.last || *flag.last >= from_ - date::days{1}) late_flags_.push_back(red_flags_.size());
    auto [first, added] = first_flag_.emplace(flag.area, flag.first);
    if (!added) first->second = std::min(first->second, flag.first);
    red_flags_.push_back(std::move(flag));
}

std::vector<const RedFlag*> Calendar::red_flags_on(local_days day) const {
    std::vector<const RedFlag*> out;
    auto add_open = [&](const RedFlag& flag) {
        if (day >= flag.first && (!flag.last || day <= *flag.last)) out.push_back(&flag);
    };
    if (day >= from_) {
        for (std::size_t i : late_flags_) add_open(red_flags_[i]);
    } else {
        for (const RedFlag& flag : red_flags_) add_open(flag);
    }
    return out;
}

bool Calendar::red_flag_raised(const std::string& area, local_days day) const {
    auto at = first_flag_.find(area);
    return at != first_flag_.end() && at->second <= day;
}

const Workout* Calendar::hard_on(local_days day) const {
    auto at = hard_.find(day);
    return at == hard_.end() ? nullptr : at->second;
}

const Workout* Calendar::hard_before(local_days day, int first, int last) const {
    for (int d = first; d <= last; ++d)
        if (const Workout* w = hard_on(day - date::days{d})) return w;
    return nullptr;
}

std::optional<std::string> Calendar::closed(local_days day, const Rule& rule, Treatment treatment) const {
    if (day < from_) return "before the plan starts";
    if (day > last_) return "after the plan ends";
    if (rule.category != Category::appointment) return std::nullopt;
    const bool deep = is_deep_work(treatment);
    for (const Blackout& b : blackouts_) {
        const Race& race = *b.race;
        bool closed_deep = deep && day >= b.first && day <= b.last;
        bool closed_light = !deep && day > b.flush_until && day <= race.date;
        if (closed_deep || closed_light) {
            return day <= race.date ? fmt::format("race blackout before {} on {}", race.name, day_name(race.date))
                                    : fmt::format("too soon after {} on {}", race.name, day_name(race.date));
        }
    }
    for (std::size_t i : late_flags_) { // a flag raised on the day before or on `day` is open on it
        const RedFlag& flag = red_flags_[i];
        if (treatment != Treatment::physio && day >= flag.first && day <= flag.first + date::days{1})
            return fmt::format("red flag on {}: the physio first", day_name(flag.first));
    }
    if (deep) {
        if (const GentleWindow* gentle = gentle_on(day))
            return fmt::format("gentle work only until {} ({})", day_name(gentle->last), gentle->what);
        if (auto flags = red_flags_on(day); !flags.empty())
            return fmt::format("red flag open since {} ({})", day_name(flags.front()->first), flags.front()->said);
    }
    for (local_days d : {day, day + date::days{1}}) {
        if (const Workout* hard = hard_on(d)) return fmt::format("hard workout on {} ({})", day_name(d), label(*hard));
        if (auto run = long_.find(d); deep && run != long_.end()) return fmt::format("long run on {} ({})", day_name(d), label(*run->second));
    }
    if (!settings_.therapist_days[date::weekday{day}.c_encoding()])
        return fmt::format("therapist not available on {}s", weekday_name(day));
    if (per_day_.count(day)) return std::string("another appointment that day");
    if (count_at(per_week_, monday_of(day)) >= settings_.max_per_week)
        return fmt::format("{} already that week", plural(settings_.max_per_week, "appointment"));
    if (count_at(per_month_, month_of(day)) >= settings_.max_per_month)
        return fmt::format("{} already that month", plural(settings_.max_per_month, "appointment"));
    if (is_massage(treatment) && treatment != Treatment::flush_massage && min_gap_days_ > 0) {
        // The nearest massage either side, against the spacing a flush alone may break.
        auto after = massages_.lower_bound(day - date::days{min_gap_days_ - 1});
        if (after != massages_.end() && after->first < day + date::days{min_gap_days_})
            return fmt::format("massage on {} (at least {} days apart)", day_name(after->first), min_gap_days_);
    }
    if (rule.trigger == Trigger::very_hard_workout && count_at(per_rule_week_, {rule.id, monday_of(day)}) >= rule.max_per_week)
        return fmt::format("{} already that week", plural(rule.max_per_week, lowercase(rule.title)));
    return std::nullopt;
}

void Calendar::book(const Item& item) {
    if (item.category != Category::appointment) return;
    count(item.date, item.rule);
    if (is_massage(item.treatment)) massages_.emplace(item.date, item.treatment);
}

namespace {

/// The first day in [first, last] that `days` (ordered by key, then day) holds for `key`.
template <class Key>
std::optional<local_days> first_within(const std::set<std::pair<Key, local_days>>& days, const Key& key, local_days first,
                                       local_days last) {
    auto at = days.lower_bound(std::pair(key, first));
    if (at == days.end() || at->first != key || at->second > last) return std::nullopt;
    return at->second;
}

/// The first day in [first, last] of a visit (`visits`: area treated and day) for `area`, or for
/// no area named (""), which counts for every area.
std::optional<local_days> first_visit(const std::set<std::pair<std::string, local_days>>& visits, const std::string& area,
                                      local_days first, local_days last) {
    std::optional<local_days> found = first_within(visits, area, first, last);
    if (auto unnamed = first_within(visits, std::string(), first, last); unnamed && (!found || *unnamed < *found)) found = unnamed;
    return found;
}

} // namespace

std::optional<local_days> Calendar::assessed(const std::string& area, local_days first, local_days last) const {
    return first_visit(assessments_, area, first, last);
}

std::optional<local_days> Calendar::physio_visit(const std::string& area, local_days day) const {
    return first_visit(physio_visits_, area, day, local_days::max());
}

std::optional<local_days> Calendar::received(Received what, local_days first, local_days last) const {
    return first_within(received_, what, first, last);
}

std::optional<local_days> Calendar::last_massage(local_days day) const {
    auto after = massages_.upper_bound(day);
    if (after == massages_.begin()) return std::nullopt;
    return std::prev(after)->first;
}

std::optional<local_days> Calendar::next_massage(local_days day) const {
    auto at = massages_.lower_bound(day);
    return at == massages_.end() ? std::nullopt : std::optional(at->first);
}

void Calendar::count(local_days day, const std::string& rule) {
    ++per_day_[day];
    ++per_week_[monday_of(day)];
    ++per_month_[month_of(day)];
    if (!rule.empty()) ++per_rule_week_[{rule, monday_of(day)}];
}

Booking find_day(const Calendar& calendar, const Rule& rule, Treatment treatment, local_days first, local_days last, bool latest) {
    Booking booking;
    std::vector<std::pair<local_days, std::string>> refused;
    for (int i = 0; i <= (last - first).count(); ++i) {
        local_days day = latest ? last - date::days{i} : first + date::days{i};
        auto why = calendar.closed(day, rule, treatment);
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

Booking find_day(const Calendar& calendar, const Rule& rule, local_days first, local_days last, bool latest) {
    return find_day(calendar, rule, rule.treatment, first, last, latest);
}

std::string refusal_text(const std::vector<std::string>& refusals) {
    constexpr std::size_t shown = 2; // notes stay short: the first constraints say most
    if (refusals.size() <= shown) return fmt::format("{}", fmt::join(refusals, "; "));
    return fmt::format("{}; and {} more", fmt::join(refusals.begin(), refusals.begin() + shown, "; "), refusals.size() - shown);
}

} // namespace recover::planning
