#pragma once
/// The spelling of each enum value of the rule set in TOML and in every output (private to
/// src/rules: the loader reads these names, to_string() writes them).

#include "recover/rules/rules.hpp"

#include <string_view>
#include <vector>

namespace recover::rules {

/// The spelling of each value of an enum in TOML (and in every output).
template <class E> struct Spelling {
    std::string_view name;
    E value;
};

inline constexpr Spelling<Category> categories[]{
    {"appointment", Category::appointment}, {"self-care", Category::self_care}, {"flag", Category::flag}, {"race", Category::race}};
// In the order of enum Trigger: the schema's keys_by_trigger is indexed by it.
inline constexpr Spelling<Trigger> triggers[]{{"very-hard-workout", Trigger::very_hard_workout},
                                       {"race", Trigger::race},
                                       {"after-race", Trigger::after_race},
                                       {"schedule", Trigger::schedule},
                                       {"long-run", Trigger::long_run},
                                       {"easy-run", Trigger::easy_run},
                                       {"run-day", Trigger::run_day},
                                       {"niggle-persists", Trigger::niggle_persists},
                                       {"niggle-acute", Trigger::niggle_acute},
                                       {"niggle-chronic", Trigger::niggle_chronic},
                                       {"niggle-not-improving", Trigger::niggle_not_improving},
                                       {"red-flag", Trigger::red_flag}};
inline constexpr Spelling<LoadModel> load_models[]{
    {"session-rpe", LoadModel::session_rpe}, {"duration", LoadModel::duration}, {"trimp", LoadModel::trimp}};
inline constexpr Spelling<Smoothing> smoothings[]{{"rolling", Smoothing::rolling}, {"ewma", Smoothing::ewma}};
inline constexpr Spelling<Treatment> treatments[]{
    {"deep-massage", Treatment::deep_massage},   {"flush-massage", Treatment::flush_massage},
    {"maintenance-massage", Treatment::maintenance_massage}, {"foam-roll", Treatment::foam_roll},
    {"stretch", Treatment::stretch},             {"art", Treatment::art},
    {"ice", Treatment::ice},                     {"heat", Treatment::heat},
    {"physio", Treatment::physio},               {"blackout", Treatment::blackout}};
inline constexpr std::string_view weekdays[]{"sun", "mon", "tue", "wed", "thu", "fri", "sat"};

template <class E, std::size_t N> std::string_view spell(const Spelling<E> (&table)[N], E value) {
    for (const auto& s : table)
        if (s.value == value) return s.name;
    return "?";
}

template <class E, std::size_t N> std::vector<std::string_view> names(const Spelling<E> (&table)[N]) {
    std::vector<std::string_view> out;
    for (const auto& s : table) out.push_back(s.name);
    return out;
}

} // namespace recover::rules
