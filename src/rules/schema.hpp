#pragma once
/// The schema of a rules file (private to src/rules): which keys the top level, each settings
/// table, every rule and each trigger may hold, and where a misplaced key belongs.

#include <string>
#include <string_view>
#include <vector>

namespace recover::rules {

extern const std::vector<std::string_view> top_keys, classify_keys, athlete_keys, niggles_keys, gentle_keys, load_keys, therapist_keys, rule_keys;

bool contains(const std::vector<std::string_view>& keys, std::string_view key);
/// The settings table ("[load]") that holds `key`, or empty.
std::string_view section_of(std::string_view key);
/// Every key any rule may hold.
std::vector<std::string_view> all_rule_keys();
/// The triggers that read `key`, as "schedule" or "after-race, long-run, ...".
std::string triggers_reading(std::string_view key);

} // namespace recover::rules
