// Fuzzes the whole pipeline: logs and rules → read_log (format detected) → merge_logs →
// classify_workouts → plan_recovery and compute_load → every renderer. The input is the logs,
// separated by a line `%%log%%`, then optionally `%%rules%%` and a rules file laid over the built-in
// rules. A located Error from a reader is the clean failure; after that nothing may fail, and every
// output must be well formed (tests/fuzz/outputs.hpp).

#include "mapper.hpp"
#include "outputs.hpp"

#include "recover/load/load.hpp"
#include "recover/log/merge.hpp"
#include "recover/planner/planner.hpp"
#include "recover/render/render.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace recover;

namespace {

constexpr std::string_view log_marker = "%%log%%";
constexpr std::string_view rules_marker = "%%rules%%";

/// `text` cut at every `marker`.
std::vector<std::string_view> cut(std::string_view text, std::string_view marker) {
    std::vector<std::string_view> parts;
    for (std::size_t at; (at = text.find(marker)) != std::string_view::npos;) {
        parts.push_back(text.substr(0, at));
        text.remove_prefix(at + marker.size());
    }
    parts.push_back(text);
    return parts;
}

date::local_days clamp_date(date::local_days day) { return std::clamp(day, first_date, last_date); }

void render_everything(const TrainingLog& log, const RuleSet& rules) {
    const date::local_days anchor = log.workouts.empty() ? fuzz::today : log.workouts.back().date;
    const PlanRequest request{clamp_date(anchor - date::days{21}), clamp_date(anchor + date::days{20}), {}};
    const Plan plan = plan_recovery(log, rules, request);

    PlanOptions options;
    options.explain = true;
    options.today = fuzz::today;
    options.stamp = date::sys_days{date::year{2026} / 7 / 1} + std::chrono::hours{6};
    options.alarm = std::chrono::minutes{7 * 60 + 30};
    fuzz::check_terminal_text(render_text(plan, options));
    options.explain = false;
    fuzz::check_terminal_text(render_text(plan, options));
    fuzz::check_terminal_text(render_month(plan, options));
    fuzz::check_ics(render_ics(plan, options));
    fuzz::check_json(render_plan_json(plan));
    fuzz::check_csv(render_plan_csv(plan), true);
    fuzz::check_csv(render_bookings(plan), false);

    fuzz::check_terminal_text(render_workouts(log.workouts, WorkoutsFormat::text));
    fuzz::check_csv(render_workouts(log.workouts, WorkoutsFormat::csv), true);
    fuzz::check_json(render_workouts(log.workouts, WorkoutsFormat::json));

    const LoadSeries load = compute_load(log.workouts, rules.settings, request.from, request.until);
    for (const DayLoad& day : load.days)
        FUZZ_CHECK(fuzz::finite(day.load) && fuzz::finite(day.acute) && fuzz::finite(day.chronic) &&
                   fuzz::finite(day.acwr) && fuzz::finite(day.atl) && fuzz::finite(day.ctl) && fuzz::finite(day.tsb));
    fuzz::check_terminal_text(render_load(load, rules.settings, request.from, request.until, LoadFormat::text));
    fuzz::check_json(render_load(load, rules.settings, request.from, request.until, LoadFormat::json));
    fuzz::check_csv(render_load(load, rules.settings, request.from, request.until, LoadFormat::csv), true);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input = fuzz::as_text(data, size);
    const std::size_t rules_at = input.find(rules_marker);
    const std::string_view logs_text = input.substr(0, rules_at);

    RuleSet rules = fuzz::built_in_rules();
    if (rules_at != std::string_view::npos) {
        try {
            rules = load_rules(input.substr(rules_at + rules_marker.size()), "fuzz.toml", &fuzz::built_in_rules());
        } catch (const Error& e) {
            FUZZ_CHECK(e.code() == ExitCode::config);
            return 0;
        }
    }
    std::vector<TrainingLog> logs;
    const LogOptions options{fuzz::today, InputFormat::automatic, fuzz::runner_zone()};
    for (std::string_view text : cut(logs_text, log_marker)) {
        try {
            logs.push_back(read_log(text, "fuzz.csv", options));
        } catch (const Error& e) {
            FUZZ_CHECK(e.code() == ExitCode::data);
            return 0;
        }
        fuzz::check_workouts(logs.back());
    }
    TrainingLog log = merge_logs(std::move(logs));
    fuzz::check_workouts(log);
    classify_workouts(log.workouts, rules.settings);
    fuzz::check_classified(log.workouts);
    render_everything(log, rules);
    return 0;
}
