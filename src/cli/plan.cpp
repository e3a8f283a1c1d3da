// recover plan: the recovery calendar.

#include "recover/cli/commands.hpp"

#include "recover/cli/io.hpp"
#include "recover/core/dates.hpp"
#include "recover/core/text.hpp"
#include "recover/planner/planner.hpp"
#include "recover/render/render.hpp"

#include <CLI/CLI.hpp>

#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace recover::cli {

namespace {

/// Colour on standard output: --color always, or auto on a terminal without NO_COLOR.
bool colour_wanted(const Options& o) {
    if (o.color == "always") return true;
    if (o.color == "never" || !o.output.empty()) return false;
    const char* no_color = std::getenv("NO_COLOR");
    return (no_color == nullptr || *no_color == '\0') && isatty(STDOUT_FILENO) == 1;
}

/// DTSTAMP for calendars: $SOURCE_DATE_EPOCH when set (reproducible builds), else now.
date::sys_seconds stamp_now() {
    if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch) {
        auto seconds = parse_number(epoch);
        if (!seconds || *seconds < 0 || *seconds != std::floor(*seconds))
            usage_error(fmt::format("SOURCE_DATE_EPOCH \"{}\" is not a number of seconds", epoch));
        return date::sys_seconds{std::chrono::seconds{static_cast<long long>(*seconds)}};
    }
    return date::floor<std::chrono::seconds>(std::chrono::system_clock::now());
}

/// HH:MM as minutes after midnight.
std::optional<std::chrono::minutes> parse_time_of_day(const std::string& text) {
    unsigned h = 0, m = 0;
    char colon = 0, extra = 0;
    if (text.size() != 5 || std::sscanf(text.c_str(), "%2u%c%2u%c", &h, &colon, &m, &extra) != 3 || colon != ':' || h > 23 || m > 59)
        return std::nullopt;
    return std::chrono::minutes{h * 60 + m};
}

void run_plan(const Options& o) {
    // Options are checked before any file is read, so a usage error never waits on input.
    const PlanFormat format = choice<PlanFormat>("--format", o.format,
                                                 {{"text", PlanFormat::text}, {"month", PlanFormat::month}, {"ics", PlanFormat::ics},
                                                  {"json", PlanFormat::json}, {"csv", PlanFormat::csv}});
    choice<bool>("--color", o.color, {{"auto", true}, {"always", true}, {"never", false}});
    std::optional<std::chrono::minutes> alarm;
    if (!o.alarm.empty()) {
        alarm = parse_time_of_day(o.alarm);
        if (!alarm) usage_error(fmt::format("--alarm \"{}\" is not a time of day (expected HH:MM)", o.alarm));
    }
    std::vector<Race> races;
    for (const std::string& spec : o.races) {
        auto race = parse_race_option(spec);
        if (!race) usage_error(fmt::format("--race \"{}\" is not DATE[:NAME] (expected e.g. 2026-06-14:City Half)", spec));
        races.push_back(*race);
    }
    const auto [from, until] = date_range_options(o);
    // Only a calendar carries a stamp: a bad SOURCE_DATE_EPOCH does not stop the other formats.
    const date::sys_seconds stamp = format == PlanFormat::ics ? stamp_now() : date::sys_seconds{};

    ClassifiedLog in = read_classified_log(o);
    PlanRequest request{from.value_or(in.today), {}, std::move(races)};
    request.until = until.value_or(request.from + date::days{7 * o.weeks - 1});
    if (request.until < request.from)
        usage_error(fmt::format("--until {} is before --from {}", iso_date(request.until), iso_date(request.from)));
    Plan plan = plan_recovery(in.log, in.rules, request);
    PlanOptions render{o.explain, colour_wanted(o), in.today, stamp, alarm};
    switch (format) {
    case PlanFormat::text: write_output(o.output, render_text(plan, render)); break;
    case PlanFormat::month: write_output(o.output, render_month(plan, render)); break;
    case PlanFormat::ics: write_output(o.output, render_ics(plan, render)); break;
    case PlanFormat::json: write_output(o.output, render_plan_json(plan)); break;
    case PlanFormat::csv: write_output(o.output, render_plan_csv(plan)); break;
    }
}

} // namespace

void add_plan_command(CLI::App& app, Options& o) {
    CLI::App* plan = app.add_subcommand("plan", "print the recovery calendar for a training log");
    add_log_options(*plan, o);
    plan->add_option("--from", o.from, "first day of the calendar (default: today)")->type_name("DATE");
    auto* until = plan->add_option("--until", o.until, "last day of the calendar")->type_name("DATE");
    plan->add_option("--weeks", o.weeks, "length of the calendar in weeks, 1 to 520 (default: 4)")
        ->type_name("N")
        ->check(CLI::Range(1, 520).description(""))
        ->excludes(until);
    plan->add_option("--race", o.races, "a race not in the log; repeatable")->type_name("DATE[:NAME]");
    plan->add_option("--format", o.format, "text, month, ics, json or csv (default: text)")->type_name("FORMAT");
    plan->add_flag("--explain", o.explain, "add the reason, the triggers and the source under each item");
    plan->add_option("--color", o.color, "colour the text and month views: auto, always or never (default: auto)")->type_name("WHEN");
    plan->add_option("--alarm", o.alarm, "ics: add a reminder at this time on the item's day")->type_name("HH:MM");
    plan->callback([&o] { run_plan(o); });
}

} // namespace recover::cli
