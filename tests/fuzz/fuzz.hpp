#pragma once
// What the fuzz harnesses share: the input as text, the pinned "today", the built-in rules, and
// the check that turns a broken property into a crash libFuzzer (or the replay main) reports.

#include "recover/core/dates.hpp"
#include "recover/log/log.hpp"
#include "recover/rules/rules.hpp"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

// Plain C linkage, as libFuzzer and replay_main.cpp call it.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace recover::fuzz {

/// A property that must hold for every input: its failure is a finding, reported as a crash.
#define FUZZ_CHECK(condition)                                                                             \
    do {                                                                                                  \
        if (!(condition)) {                                                                               \
            std::fprintf(stderr, "fuzz: %s:%d: check failed: %s\n", __FILE__, __LINE__, #condition);      \
            std::abort();                                                                                 \
        }                                                                                                 \
    } while (false)

/// A finding that no condition spells: `what` names it.
#define FUZZ_FAIL(what)                                                                                   \
    do {                                                                                                  \
        std::fprintf(stderr, "fuzz: %s:%d: %s\n", __FILE__, __LINE__, what);                              \
        std::abort();                                                                                     \
    } while (false)

/// The fuzz input as the text a reader takes.
inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

/// "Today" for every harness, as the test suite pins it (RECOVER_TODAY=2026-07-01).
inline constexpr date::local_days today{date::year{2026} / 7 / 1};

/// The built-in rule set, loaded once.
inline const RuleSet& built_in_rules() {
    static const RuleSet rules = default_rules();
    return rules;
}

/// True when `value` is a finite number (no inf, no nan).
inline bool finite(double value) { return std::isfinite(value); }
inline bool finite(const std::optional<double>& value) { return !value || std::isfinite(*value); }

} // namespace recover::fuzz
