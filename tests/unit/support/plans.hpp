#pragma once
// Plans of hand-written logs, for the planner's tests: the log as native CSV rows written in the
// test (no files), the built-in rules with a rules text laid over them, and the plan's items and
// notes as short strings, so that a failing CHECK prints what the plan has.

#include "recover/core/dates.hpp"
#include "recover/core/text.hpp"
#include "recover/load/classify.hpp"
#include "recover/log/log.hpp"
#include "recover/planner/planner.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace recover::testing {

inline date::local_days day(std::string_view iso) {
    const auto parsed = parse_iso_date(iso);
    REQUIRE_MESSAGE(parsed, "not a date: ", iso);
    return *parsed;
}

/// The built-in rules, parsed once: every test plans with them.
inline const RuleSet& built_in() {
    static const RuleSet rules = default_rules();
    return rules;
}

/// The built-in rules with `text` laid over them, as `--rules FILE` lays a file.
inline RuleSet rules_over(std::string_view text) {
    return text.empty() ? built_in() : load_rules(text, "test.toml", &built_in());
}

/// The columns of every test log.
inline constexpr std::string_view log_header = "date,type,title,duration,distance,rpe,niggle,notes\n";

/// `rows` (native CSV under log_header) read with `today` and classified with `rules`' settings.
inline TrainingLog log_of(std::string_view rows, std::string_view today, const RuleSet& rules = built_in()) {
    TrainingLog log = read_log(std::string(log_header) + std::string(rows), "test.csv",
                               LogOptions{day(today), InputFormat::automatic});
    classify_workouts(log.workouts, rules.settings);
    return log;
}

/// The plan of `rows` for [from, until].
inline Plan plan_of(std::string_view rows, std::string_view today, std::string_view from, std::string_view until,
                    const RuleSet& rules = built_in(), std::vector<Race> races = {}) {
    return plan_recovery(log_of(rows, today, rules), rules, PlanRequest{day(from), day(until), std::move(races)});
}

/// `count` weeks of the same training from the Monday `monday`: each entry of `week` is a day of
/// the week (0 = Monday) and the rest of a row ("intervals,6x1K,60,12,8,,").
inline std::string weeks_of(std::string_view monday, int count,
                            const std::vector<std::pair<int, std::string_view>>& week) {
    std::string rows;
    for (int w = 0; w < count; ++w)
        for (const auto& [offset, row] : week)
            rows += fmt::format("{},{}\n", iso_date(day(monday) + date::days{7 * w + offset}), row);
    return rows;
}

/// `rows` without the rows of the days `dates` (to put other training in their place).
inline std::string without(std::string_view rows, const std::vector<std::string_view>& dates) {
    std::string out;
    for (std::string_view line : split(rows, '\n')) {
        const bool dropped =
            std::any_of(dates.begin(), dates.end(), [&](std::string_view d) { return line.starts_with(d); });
        if (!line.empty() && !dropped) out += std::string(line) + "\n";
    }
    return out;
}

/// Weeks of training for weeks_of(), each 4-6 hours of running. The load model counts minutes, so
/// that a block of the same weeks has an acute:chronic ratio of 1 (a normal week).
using Week = std::vector<std::pair<int, std::string_view>>;
/// One very hard session (Tuesday intervals, RPE 8); nothing long.
inline const Week normal_week{{0, "easy,Easy run,40,7,3,,"},
                              {1, "intervals,6x1K,60,12,8,,"},
                              {3, "easy,Easy run,45,8,3,,"},
                              {5, "easy,Easy run,40,7,3,,"},
                              {6, "run,Sunday run,75,13,4,,"}};
/// The same minutes without a hard session.
inline const Week steady_week{{0, "easy,Easy run,40,7,3,,"},
                              {1, "easy,Steady run,60,11,4,,"},
                              {3, "easy,Easy run,45,8,3,,"},
                              {5, "easy,Easy run,40,7,3,,"},
                              {6, "run,Sunday run,75,13,4,,"}};
/// Three hard days (Tuesday RPE 8, Thursday and Saturday RPE 7): a heavy week.
inline const Week heavy_week{{0, "easy,Easy run,40,7,3,,"},
                             {1, "intervals,6x1K,60,12,8,,"},
                             {3, "tempo,Tempo,50,10,7,,"},
                             {5, "hills,Hills,50,9,7,,"},
                             {6, "run,Sunday run,75,13,4,,"}};
/// 100 minutes of easy running after a normal block: an easy week (acute:chronic below 0.8).
inline const Week easy_week{
    {1, "easy,Easy run,30,5,3,,"}, {4, "easy,Easy run,30,5,3,,"}, {6, "easy,Easy run,40,7,3,,"}};

/// True when `rule` made the item, alone or merged with others ("fascia-stretch+foam-roll-after-easy").
inline bool made_by(const Item& item, std::string_view rule) {
    for (std::string_view part : split(item.rule, '+'))
        if (part == rule) return true;
    return false;
}

/// "2026-03-06 appointment deep-massage".
inline std::string short_text(const Item& item) {
    return fmt::format("{} {} {}", iso_date(item.date), to_string(item.category), to_string(item.treatment));
}

/// The items `rule` made (of `category` when given), as short_text, separated by ", ".
inline std::string items_of(const Plan& plan, std::string_view rule, std::optional<Category> category = std::nullopt) {
    std::vector<std::string> out;
    for (const Item& item : plan.items)
        if (made_by(item, rule) && (!category || item.category == *category)) out.push_back(short_text(item));
    return fmt::format("{}", fmt::join(out, ", "));
}

/// Every appointment, as "YYYY-MM-DD treatment (rule)", separated by ", ".
inline std::string appointments_of(const Plan& plan) {
    std::vector<std::string> out;
    for (const Item& item : plan.items)
        if (item.category == Category::appointment)
            out.push_back(fmt::format("{} {} ({})", iso_date(item.date), to_string(item.treatment), item.rule));
    return fmt::format("{}", fmt::join(out, ", "));
}

/// The days of the appointments that are massages, in order.
inline std::vector<date::local_days> massage_days(const Plan& plan) {
    std::vector<date::local_days> out;
    for (const Item& item : plan.items)
        if (item.category == Category::appointment && is_massage(item.treatment)) out.push_back(item.date);
    return out;
}

/// The item of `rule` on `iso` (of `category` when given), or nullptr.
inline const Item* find_item(const Plan& plan, std::string_view rule, std::string_view iso,
                             std::optional<Category> category = std::nullopt) {
    for (const Item& item : plan.items)
        if (made_by(item, rule) && item.date == day(iso) && (!category || item.category == *category)) return &item;
    return nullptr;
}

/// The self-care item of a day, or nullptr.
inline const Item* self_care_on(const Plan& plan, std::string_view iso) {
    for (const Item& item : plan.items)
        if (item.category == Category::self_care && item.date == day(iso)) return &item;
    return nullptr;
}

/// True when one of the item's triggers is a `what` on `iso`.
inline bool names(const Item& item, Cause::What what, std::string_view iso) {
    return std::any_of(item.triggers.begin(), item.triggers.end(),
                       [&](const Cause& c) { return c.what == what && c.date == day(iso); });
}

/// The notes (of `rule` when given), as "YYYY-MM-DD text", separated by " | ".
inline std::string notes_of(const Plan& plan, std::string_view rule = {}) {
    std::vector<std::string> out;
    for (const Note& note : plan.notes)
        if (rule.empty() || note.rule == rule) out.push_back(iso_date(note.date) + " " + note.text);
    return fmt::format("{}", fmt::join(out, " | "));
}

/// Deep work (deep or maintenance massage, ART) booked in [first, last], as "YYYY-MM-DD rule".
inline std::string deep_work_in(const Plan& plan, std::string_view first, std::string_view last) {
    std::vector<std::string> out;
    for (const Item& item : plan.items)
        if (item.category == Category::appointment && !item.booked && is_deep_work(item.treatment) && item.date >= day(first) &&
            item.date <= day(last))
            out.push_back(fmt::format("{} {}", iso_date(item.date), item.rule));
    return fmt::format("{}", fmt::join(out, ", "));
}

} // namespace recover::testing
