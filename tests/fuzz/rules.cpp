// Fuzzes the rules loader: load_rules over the built-in rules either gives a rule set or throws a
// located Error (exit 78); a rule set it gives renders (recover rules) to TOML that loads back to
// the same rule set.

#include "fuzz.hpp"

#include "recover/core/diagnostics.hpp"
#include "recover/render/render.hpp"

#include <string>

using namespace recover;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = fuzz::as_text(data, size);
    RuleSet rules;
    try {
        rules = load_rules(text, "fuzz.toml", &fuzz::built_in_rules());
    } catch (const Error& e) {
        FUZZ_CHECK(e.code() == ExitCode::config);
        FUZZ_CHECK(e.message().find('\n') == std::string::npos);
        return 0;
    }
    for (const Rule& rule : rules.rules) FUZZ_CHECK(!rule.id.empty() && !rule.title.empty());
    const Settings& s = rules.settings;
    FUZZ_CHECK(fuzz::finite(s.hard_rpe) && fuzz::finite(s.long_minutes) && fuzz::finite(s.long_km) &&
               fuzz::finite(s.heavy_acwr) && fuzz::finite(s.easy_acwr) && fuzz::finite(s.trimp_k1) &&
               fuzz::finite(s.trimp_k2));
    // What `recover rules` prints is a rules file that gives the same rule set.
    const std::string printed = render_rules(rules);
    try {
        RuleSet again = load_rules(printed, "printed.toml", nullptr);
        FUZZ_CHECK(again.settings == rules.settings);
        FUZZ_CHECK(again.rules.size() == rules.rules.size());
        for (std::size_t i = 0; i < rules.rules.size(); ++i) {
            Rule a = again.rules[i], b = rules.rules[i];
            a.where = b.where = Location{}; // where each was defined differs, by design
            FUZZ_CHECK(a == b);
        }
    } catch (const Error& e) {
        std::fprintf(stderr, "fuzz: printed rules do not load back: %s\n", e.message().c_str());
        FUZZ_FAIL("printed rules do not load back");
    }
    return 0;
}
