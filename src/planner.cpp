#include "recover/planner.hpp"

#include "recover/dates.hpp"
#include "recover/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace recover {

namespace {

using date::local_days;



/// The days closed to deep work around one race, and the last day before it a flush is allowed.
struct Blackout {
    const Race* race;
    local_days first;       ///< first day closed before the race
    local_days last;        ///< last day closed after the race
    local_days flush_until; ///< a light flush is still fine up to this day
};

/// What the planner knows about every day while it books: hard days, race blackouts, therapist
/// days and the appointments already booked, for the caps.
class Calendar {
public:
    Calendar(const TrainingLog& log, const RuleSet& rules, const std::vector<Race>& races, local_days from, local_days last)
        : settings_(rules.settings), from_(from), last_(last) {
        for (const Workout& w : log.workouts) {
            if (w.missed) continue;
            if (w.kind == Kind::hard || w.kind == Kind::race) hard_.emplace(w.date, &w);
            if (w.kind == Kind::treatment && w.received == Received::massage) {
                massages_.insert(w.date);
                received_.insert(w.date);
            }
            if (w.kind == Kind::treatment) count(w.date, "");
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

    const std::vector<Blackout>& blackouts() const { return blackouts_; }
    local_days from() const { return from_; }
    local_days last() const { return last_; }

    /// Why `rule` cannot book on `day`, or nothing when the day is open to it.
    std::optional<std::string> closed(local_days day, const Rule& rule) const {
        if (day < from_) return "before the plan starts";
        if (day > last_) return "after the plan ends";
        if (rule.category != Category::appointment) return std::nullopt;
        for (const Blackout& b : blackouts_) {
            const Race& race = *b.race;
            bool closed_deep = is_deep_work(rule.treatment) && day >= b.first && day <= b.last;
            bool closed_flush = rule.treatment == Treatment::flush_massage && day > b.flush_until && day <= race.date;
            if (closed_deep || closed_flush) {
                return day <= race.date ? fmt::format("race blackout before {} on {}", race.name, day_name(race.date))
                                        : fmt::format("too soon after {} on {}", race.name, day_name(race.date));
            }
        }
        if (auto hard = hard_.find(day); hard != hard_.end())
            return fmt::format("hard workout that day ({})", label(*hard->second));
        if (auto hard = hard_.find(day + date::days{1}); hard != hard_.end())
            return fmt::format("hard workout the next day ({})", label(*hard->second));
        if (!settings_.therapist_days[date::weekday{day}.c_encoding()])
            return fmt::format("therapist not available on {}s", date::format("%A", day));
        if (per_day_.count(day)) return std::string("another appointment that day");
        if (at(per_week_, monday_of(day)) >= settings_.max_per_week)
            return fmt::format("{} appointment{} already that week", settings_.max_per_week, settings_.max_per_week == 1 ? "" : "s");
        if (at(per_month_, month_of(day)) >= settings_.max_per_month)
            return fmt::format("{} appointment{} already that month", settings_.max_per_month, settings_.max_per_month == 1 ? "" : "s");
        if (rule.trigger == Trigger::very_hard_workout && at(per_rule_week_, {rule.id, monday_of(day)}) >= rule.max_per_week)
            return fmt::format("{} {} already that week", rule.max_per_week, rule.title);
        return std::nullopt;
    }

    void book(const Item& item) {
        if (item.category == Category::appointment) count(item.date, item.rule);
        if (is_massage(item.treatment) && item.category == Category::appointment) massages_.insert(item.date);
    }

    /// The first massage recorded in the log within [first, last].
    std::optional<local_days> received_massage(local_days first, local_days last) const {
        auto at = received_.lower_bound(first);
        return at != received_.end() && *at <= last ? std::optional(*at) : std::nullopt;
    }

    /// The last massage (received or booked) on or before `day`.
    std::optional<local_days> last_massage(local_days day) const {
        auto after = massages_.upper_bound(day);
        if (after == massages_.begin()) return std::nullopt;
        return *std::prev(after);
    }
    /// The first massage booked on or after `day`.
    std::optional<local_days> next_massage(local_days day) const {
        auto at = massages_.lower_bound(day);
        return at == massages_.end() ? std::nullopt : std::optional(*at);
    }

private:
    static local_days month_of(local_days day) {
        date::year_month_day ymd{day};
        return local_days{ymd.year() / ymd.month() / 1};
    }
    template <class Key> static int at(const std::map<Key, int>& counts, const Key& key) {
        auto found = counts.find(key);
        return found == counts.end() ? 0 : found->second;
    }
    void count(local_days day, const std::string& rule) {
        ++per_day_[day];
        ++per_week_[monday_of(day)];
        ++per_month_[month_of(day)];
        if (!rule.empty()) ++per_rule_week_[{rule, monday_of(day)}];
    }

    const Settings& settings_;
    local_days from_, last_;
    std::multimap<local_days, const Workout*> hard_;
    std::vector<Blackout> blackouts_;
    std::set<local_days> massages_; ///< received and booked
    std::set<local_days> received_; ///< received, from the log
    std::map<local_days, int> per_day_, per_week_, per_month_;
    std::map<std::pair<std::string, local_days>, int> per_rule_week_;
};

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
    return item;
}

Cause workout_cause(const Workout& w) {
    return Cause{Cause::What::workout, w.date, label(w)};
}

std::string describe(const Workout& w) {
    return fmt::format("{} on {} ({}{})", label(w), day_name(w.date),
                       to_string(w.kind), w.signals.rpe ? fmt::format(", rpe {:g}", *w.signals.rpe) : std::string());
}

/// Self-care that stands in for an appointment that could not be booked.
Item foam_roll_instead(const Rule& rule, local_days day) {
    Item item = make_item(rule, day);
    item.category = Category::self_care;
    item.treatment = Treatment::foam_roll;
    item.title = "Foam roll instead of massage";
    item.minutes = {10, 15};
    return item;
}

class Planner {
public:
    Planner(const TrainingLog& log, const RuleSet& rules, const PlanRequest& request)
        : log_(log), rules_(rules), request_(request) {
        plan_.from = request.from;
        plan_.until = request.until;
        collect_races();
        // Book a week past `until` so that an item's day does not depend on where the range ends.
        calendar_.emplace(log, rules, plan_.races, request.from, request.until + date::days{7});
        plan_.load = compute_load(log.workouts, rules.settings, request.from, request.until);
    }

    Plan run() && {
        for (const Rule* rule : rules_.with_trigger(Trigger::race)) mark_blackouts(*rule);
        for (const Rule* rule : rules_.with_trigger(Trigger::very_hard_workout)) deep_work_after_hard(*rule);
        for (const Rule* rule : rules_.with_trigger(Trigger::schedule)) maintenance(*rule);
        std::erase_if(plan_.items, [&](const Item& i) { return i.date < plan_.from || i.date > plan_.until; });
        std::erase_if(plan_.notes, [&](const Note& n) { return n.date < plan_.from || n.date > plan_.until; });
        sort_plan(plan_);
        return std::move(plan_);
    }

private:
    void collect_races() {
        for (const Workout& w : log_.workouts)
            if (w.kind == Kind::race && !w.missed) plan_.races.push_back(Race{w.date, w.title.empty() ? "race" : w.title, w.distance_km});
        for (const Race& race : request_.extra_races) {
            bool known = std::any_of(plan_.races.begin(), plan_.races.end(), [&](const Race& r) { return r.date == race.date; });
            if (!known) plan_.races.push_back(race);
        }
        std::stable_sort(plan_.races.begin(), plan_.races.end(), [](const Race& a, const Race& b) { return a.date < b.date; });
    }

    Item& add(Item item) {
        calendar_->book(item);
        plan_.items.push_back(std::move(item));
        return plan_.items.back();
    }

    void note(local_days day, const Rule& rule, std::string text) { plan_.notes.push_back(Note{day, rule.id, std::move(text)}); }

    /// race-blackout: a flag on the first day closed to deep work before each race.
    void mark_blackouts(const Rule& rule) {
        for (const Blackout& b : calendar_->blackouts()) {
            Item item = make_item(rule, b.first);
            item.triggers.push_back(Cause{Cause::What::race, b.race->date, b.race->name});
            item.reason = fmt::format("{} is on {}: no deep massage or ART from {} until {}; a light flush is still fine until {}",
                                      b.race->name, day_name(b.race->date), day_name(b.first), day_name(b.last),
                                      day_name(b.flush_until));
            plan_.items.push_back(std::move(item));
        }
    }

    /// deep-massage-after-hard: one appointment in the window after each very hard workout; one
    /// appointment covers every workout whose window it falls in.
    void deep_work_after_hard(const Rule& rule) {
        const int first = (rule.window_hours[0] + 23) / 24, last = rule.window_hours[1] / 24;
        for (const Workout& w : log_.workouts) {
            if (!w.very_hard) continue;
            const local_days open = w.date + date::days{first}, close = w.date + date::days{last};
            if (close < plan_.from || open > calendar_->last()) continue;

            auto covering = std::find_if(plan_.items.begin(), plan_.items.end(), [&](const Item& i) {
                return i.rule == rule.id && i.category == Category::appointment && i.date >= open && i.date <= close;
            });
            if (covering != plan_.items.end()) {
                covering->triggers.push_back(workout_cause(w));
                covering->reason += fmt::format("; it also follows {}", describe(w));
                continue;
            }
            if (auto received = calendar_->received_massage(open, close)) {
                note(*received, rule, fmt::format("the massage you had on {} covers {}", day_name(*received), describe(w)));
                continue;
            }
            // The latest open day leaves the most room to cover the workouts that follow.
            std::vector<std::string> refusals;
            std::optional<local_days> chosen;
            for (local_days day = close; day >= open; day -= date::days{1}) {
                auto why = calendar_->closed(day, rule);
                if (!why) {
                    chosen = day;
                    break;
                }
                if (std::find(refusals.begin(), refusals.end(), *why) == refusals.end()) refusals.insert(refusals.begin(), *why);
            }
            if (chosen) {
                Item item = make_item(rule, *chosen);
                item.triggers.push_back(workout_cause(w));
                item.reason = fmt::format("{} h after {}: deep work 48–72 h after a very hard session", (*chosen - w.date).count() * 24,
                                          describe(w));
                add(std::move(item));
                continue;
            }
            local_days day = std::max(open, plan_.from);
            Item item = foam_roll_instead(rule, day);
            item.triggers.push_back(workout_cause(w));
            item.reason = fmt::format("no deep massage could be booked after {}: {}", describe(w), fmt::join(refusals, "; "));
            note(day, rule, fmt::format("deep massage after {} not booked: {}; foam rolling instead", describe(w), fmt::join(refusals, "; ")));
            add(std::move(item));
        }
    }

    /// maintenance-massage: a massage every every_days (aiming for aim_days), weekly in heavy
    /// weeks; any massage resets the clock; foam rolling stands in during an easy week.
    void maintenance(const Rule& rule) {
        std::optional<local_days> overdue_noted, foam_rolled_week;
        for (local_days day = plan_.from; day <= calendar_->last(); day += date::days{1}) {
            const WeekLoad* week = plan_.load.week_of(day);
            const WeekStatus status = week ? week->status : WeekStatus::normal;
            std::optional<local_days> last = calendar_->last_massage(day);
            const int interval = status == WeekStatus::heavy ? rule.heavy_every_days : rule.aim_days;
            const int since = last ? static_cast<int>((day - *last).count()) : -1;
            if (last && since < interval) continue;
            if (auto next = calendar_->next_massage(day); next && (*next - day).count() < 7 &&
                                                         (!last || (*next - *last).count() <= rule.every_days[1]))
                continue; // a massage already booked in the coming days resets the clock

            const bool overdue = !last || since >= rule.every_days[1];
            if (status == WeekStatus::easy && rule.easy_week_foam_roll && !overdue) {
                if (foam_rolled_week != monday_of(day)) {
                    foam_rolled_week = monday_of(day);
                    Item item = foam_roll_instead(rule, day);
                    item.title = "Foam roll (stands in for maintenance massage)";
                    item.triggers.push_back(Cause{Cause::What::clock, *last, "last massage"});
                    item.reason = fmt::format("{} days since the last massage on {}, but this is an easy week ({}): foam rolling is enough",
                                              since, day_name(*last), week ? week->reason : "");
                    add(std::move(item));
                }
                continue;
            }
            if (auto why = calendar_->closed(day, rule)) {
                if (overdue && last && overdue_noted != last) {
                    overdue_noted = last;
                    note(day, rule, fmt::format("maintenance massage overdue ({} days since {}) but not bookable: {}", since,
                                                day_name(*last), *why));
                }
                continue;
            }
            Item item = make_item(rule, day);
            if (last) {
                item.triggers.push_back(Cause{Cause::What::clock, *last, "last massage"});
                item.reason = status == WeekStatus::heavy
                                  ? fmt::format("{} days since the last massage on {}, in a heavy week ({}): weekly massage during heavy blocks",
                                                since, day_name(*last), week->reason)
                                  : fmt::format("{} days since the last massage on {}: maintenance every {}–{} weeks", since,
                                                day_name(*last), rule.every_days[0] / 7, rule.every_days[1] / 7);
            } else {
                item.triggers.push_back(Cause{Cause::What::clock, day, "no massage on record"});
                item.reason = fmt::format("no massage on record: maintenance every {}–{} weeks keeps tissues responsive",
                                          rule.every_days[0] / 7, rule.every_days[1] / 7);
            }
            add(std::move(item));
        }
    }

    const TrainingLog& log_;
    const RuleSet& rules_;
    const PlanRequest& request_;
    Plan plan_;
    std::optional<Calendar> calendar_;
};

} // namespace

std::optional<Race> parse_race_option(std::string_view spec) {
    auto day = parse_iso_date(spec.substr(0, 10));
    if (!day || (spec.size() > 10 && spec[10] != ':')) return std::nullopt;
    Race race{*day, spec.size() > 11 ? std::string(trim(spec.substr(11))) : std::string(), std::nullopt};
    if (race.name.empty()) race.name = "race";
    std::string name = lowercase(race.name);
    if (name.find("half") != std::string::npos)
        race.distance_km = 21.0975;
    else if (name.find("marathon") != std::string::npos)
        race.distance_km = 42.195;
    for (std::size_t i = 0; i < name.size() && !race.distance_km; ++i) {
        if (!std::isdigit(static_cast<unsigned char>(name[i])) || (i > 0 && std::isalnum(static_cast<unsigned char>(name[i - 1]))))
            continue;
        std::size_t end = i;
        while (end < name.size() && (std::isdigit(static_cast<unsigned char>(name[end])) || name[end] == '.')) ++end;
        std::string_view unit = trim(std::string_view(name).substr(end));
        if (unit.starts_with("k")) race.distance_km = parse_number(std::string_view(name).substr(i, end - i));
        if (unit.starts_with("mi")) {
            if (auto miles = parse_number(std::string_view(name).substr(i, end - i))) race.distance_km = *miles * 1.609344;
        }
        i = end;
    }
    return race;
}

Plan plan_recovery(const TrainingLog& log, const RuleSet& rules, const PlanRequest& request) {
    return Planner(log, rules, request).run();
}

} // namespace recover
