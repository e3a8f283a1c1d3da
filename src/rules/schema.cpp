#include "schema.hpp"

#include "recover/rules/rules.hpp"

#include "spelling.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace recover {

namespace rules {

/// Keys each part of the file may hold; a key outside them is an error with a suggestion.
const std::vector<std::string_view> top_keys{"classify", "athlete", "niggles", "gentle", "load", "therapist", "rule"};
const std::vector<std::string_view> classify_keys{"hard_rpe",        "very_hard_rpe",    "long_minutes",
                                                  "long_km",         "hard_avg_hr_pct",  "hard_peak_hr_pct",
                                                  "hard_aerobic_te", "hard_zone_minutes"};
const std::vector<std::string_view> athlete_keys{"max_hr", "resting_hr"};
const std::vector<std::string_view> niggles_keys{"gap_days"};
const std::vector<std::string_view> gentle_keys{"long_km", "long_minutes", "days", "marathon_km", "marathon_days"};
const std::vector<std::string_view> load_keys{"model",     "smoothing", "acute_days", "chronic_days",
                                              "atl_days",  "ctl_days",  "heavy_acwr", "heavy_hard_days",
                                              "easy_acwr", "trimp_k1",  "trimp_k2"};
const std::vector<std::string_view> therapist_keys{"days", "max_per_week", "max_per_month"};
const std::vector<std::string_view> rule_keys{"id",    "enabled", "treatment", "category", "trigger",
                                              "title", "minutes", "focus",     "advice",   "source"};
// In the order of enum Trigger.
const std::vector<std::string_view> keys_by_trigger[]{
    /* very-hard-workout */ {"window_hours", "every_session", "max_per_week"},
    /* race */ {"days_before", "days_before_long", "long_race_km", "days_after", "flush_until_days"},
    /* after-race */ {"days"},
    /* schedule */ {"every_days", "aim_days", "heavy_every_days", "min_gap_days", "easy_week_foam_roll"},
    /* long-run */ {"days"},
    /* easy-run */ {"days"},
    /* run-day */ {"days"},
    /* niggle-persists */ {"areas", "after_days", "within_days"},
    /* niggle-acute */ {"areas", "days", "min_severity"},
    /* niggle-chronic */ {"areas", "after_days"},
    /* niggle-not-improving */ {"areas", "after_days"},
    /* red-flag */ {"words", "min_severity", "clear_days"},
};
static_assert(std::size(keys_by_trigger) == std::size(triggers));

/// The settings tables, for "belongs in [load]" when a key is in the wrong place.
using Section = SettingsTable;
const Section sections[]{{"[classify]", classify_keys},
                         {"[athlete]", athlete_keys},
                         {"[niggles]", niggles_keys},
                         {"[gentle]", gentle_keys},
                         {"[load]", load_keys},
                         {"[therapist]", therapist_keys}};

bool contains(const std::vector<std::string_view>& keys, std::string_view key) {
    return std::find(keys.begin(), keys.end(), key) != keys.end();
}

/// The settings table that holds `key`, or empty.
std::string_view section_of(std::string_view key) {
    for (const Section& s : sections)
        if (contains(s.keys, key)) return s.name;
    return {};
}

/// Every key any rule may hold.
std::vector<std::string_view> all_rule_keys() {
    std::vector<std::string_view> out = rule_keys;
    for (const auto& keys : keys_by_trigger)
        for (std::string_view key : keys)
            if (!contains(out, key)) out.push_back(key);
    return out;
}

/// The triggers that read `key`, as "schedule" or "after-race, long-run, ...".
std::string triggers_reading(std::string_view key) {
    std::vector<std::string_view> out;
    for (std::size_t i = 0; i < std::size(triggers); ++i)
        if (contains(keys_by_trigger[i], key)) out.push_back(triggers[i].name);
    return fmt::format("{}", fmt::join(out, ", "));
}

} // namespace rules

std::vector<SettingsTable> settings_tables() {
    return {std::begin(rules::sections), std::end(rules::sections)};
}

const std::vector<std::string_view>& common_rule_keys() {
    return rules::rule_keys;
}
const std::vector<std::string_view>& trigger_keys(Trigger trigger) {
    return rules::keys_by_trigger[static_cast<std::size_t>(trigger)];
}
} // namespace recover
