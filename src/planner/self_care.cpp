// One line of self-care a day: the day's routines merged into one item, and no stand-in beside a
// massage on the same or the next day (the massage does the stand-in's work).

#include "planner/parts.hpp"

#include "recover/core/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

namespace recover::planning {

namespace {

std::string minutes_text(const std::array<int, 2>& m) {
    if (m[1] == 0) return "";
    return m[0] == m[1] ? fmt::format(" {} min", m[0]) : fmt::format(" {}–{} min", m[0], m[1]);
}

template <class T> void add_unique(std::vector<T>& to, const T& value) {
    if (std::find(to.begin(), to.end(), value) == to.end()) to.push_back(value);
}

/// The day's self-care items (in plan order) as one: "Fascia stretches 10 min, foam roll sore
/// spots 5–10 min", with the union of their focus areas, triggers, reasons and sources.
Item merged(std::vector<Item>& parts) {
    Item out = parts.front();
    if (parts.size() == 1) return out;
    std::vector<std::string> titles, rules, reasons, sources, advice;
    out.minutes = {0, 0};
    out.focus.clear();
    out.triggers.clear();
    for (const Item& part : parts) {
        std::string title = titles.empty() ? part.title : lowercase(part.title.substr(0, 1)) + part.title.substr(1);
        titles.push_back(title + minutes_text(part.minutes));
        out.minutes[0] += part.minutes[0];
        out.minutes[1] += part.minutes[1];
        for (const std::string& area : part.focus) add_unique(out.focus, area);
        for (const Cause& cause : part.triggers)
            if (std::none_of(out.triggers.begin(), out.triggers.end(),
                             [&](const Cause& c) { return c.what == cause.what && c.date == cause.date && c.label == cause.label; }))
                out.triggers.push_back(cause);
        add_unique(rules, part.rule);
        if (!part.reason.empty()) add_unique(reasons, part.reason);
        for (std::string_view source : split(part.source, ';'))
            if (!source.empty()) add_unique(sources, std::string(source));
        if (!part.advice.empty()) add_unique(advice, part.advice);
    }
    out.title = fmt::format("{}", fmt::join(titles, ", "));
    out.rule = fmt::format("{}", fmt::join(rules, "+"));
    out.reason = fmt::format("{}", fmt::join(reasons, "; "));
    out.source = fmt::format("{}", fmt::join(sources, "; "));
    out.advice = fmt::format("{}", fmt::join(advice, " "));
    out.stand_in = std::all_of(parts.begin(), parts.end(), [](const Item& i) { return i.stand_in; });
    std::stable_sort(out.triggers.begin(), out.triggers.end(), [](const Cause& a, const Cause& b) { return a.date < b.date; });
    return out;
}

} // namespace

void merge_self_care(Plan& plan, const TrainingLog& log) {
    std::set<local_days> massage_days;
    for (const Item& item : plan.items)
        if (item.category == Category::appointment && is_massage(item.treatment)) massage_days.insert(item.date);
    for (const Workout& w : log.workouts)
        if (w.received == Received::massage && w.date >= plan.from - date::days{1}) massage_days.insert(w.date);
    std::vector<Item> kept;
    std::vector<Item> day_parts;
    auto flush = [&] {
        if (!day_parts.empty()) kept.push_back(merged(day_parts));
        day_parts.clear();
    };
    sort_plan(plan);
    for (Item& item : plan.items) {
        if (item.category != Category::self_care) {
            kept.push_back(std::move(item));
            continue;
        }
        if (item.stand_in && (massage_days.count(item.date) || massage_days.count(item.date - date::days{1}))) continue;
        if (!day_parts.empty() && day_parts.front().date != item.date) flush();
        day_parts.push_back(std::move(item));
    }
    flush();
    plan.items = std::move(kept);
}

} // namespace recover::planning
