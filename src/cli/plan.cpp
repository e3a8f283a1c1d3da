// recover plan: the recovery calendar.

#include "recover/cli/commands.hpp"
#include "recover/core/terminal.hpp"

#include "recover/cli/io.hpp"
#include "recover/core/dates.hpp"
#include "recover/core/text.hpp"
#include "recover/planner/planner.hpp"
#include "recover/render/render.hpp"

#include <CLI/CLI.hpp>

#include <unistd.h>

#include <algorithm>
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
            usage_error(fmt::format("SOURCE_DATE_EPOCH \"{}\" is not a number of seconds", escaped(epoch)));
        // Compared as a double before any conversion: 1e300 seconds fits no integer.
        const auto last = date::sys_days{(last_date + date::days{1}).time_since_epoch()} - std::chrono::seconds{1};
        if (*seconds > static_cast<double>(last.time_since_epoch().count()))
            usage_error(
                fmt::format("SOURCE_DATE_EPOCH \"{}\" is out of range (expected at most {} seconds, {} 23:59:59 UTC)",
                            escaped(epoch), last.time_since_epoch().count(), iso_date(last_date)));
        return date::sys_seconds{std::chrono::seconds{static_cast<long long>(*seconds)}};
    }
    return date::floor<std::chrono::seconds>(std::chrono::system_clock::now());
}

/// HH:MM as minutes after midnight.
std::optional<std::chrono::minutes> parse_time_of_day(const std::string& text) {
    // Exactly two digits, a colon, two digits: no sign, space or single digit ("+7:30", " 7:30").
    auto digit = [&](std::size_t i) { return text[i] >= '0' && text[i] <= '9'; };
    if (text.size() != 5 || !digit(0) || !digit(1) || text[2] != ':' || !digit(3) || !digit(4)) return std::nullopt;
    int h = (text[0] - '0') * 10 + (text[1] - '0'), m = (text[3] - '0') * 10 + (text[4] - '0');
    if (h > 23 || m > 59) return std::nullopt;
    return std::chrono::minutes{h * 60 + m};
}

/// Categories named in a comma-separated list ("appointment,flag"), or a usage error.
std::vector<Category> categories_option(std::string_view option, const std::string& text) {
    std::vector<Category> out;
    if (text.empty()) return out;
    for (std::string_view name : split(text, ',')) {
        auto category = parse_category(name);
        if (!category)
            usage_error(fmt::format("{} \"{}\" is not a category ({})", option, escaped(name), fmt::join(category_names(), ", ")));
        out.push_back(*category);
    }
    return out;
}

/// A plan made from a log that stops long before it, or starts after the plan does, assumes no
/// training where the log is silent: say so.
void warn_about_gaps(const Options& o, const ClassifiedLog& in, date::local_days from) {
    std::optional<date::local_days> first = in.past.first_done, last = in.past.last_done;
    for (const Workout& w : in.log.workouts) {
        if (w.kind == Kind::treatment || w.planned || w.missed) continue;
        widen(first, last, w.date);
    }
    if (!last) return;
    constexpr int stale_days = 14;
    if (const auto old = (from - *last).count(); old > stale_days)
        warn(o, fmt::format("the log's last workout is on {}, {} days before the plan starts on {}: the plan assumes no training since",
                            iso_date(*last), old, iso_date(from)));
    constexpr int early_days = 7; // a plan that starts on the Monday before the log's first run is fine
    if ((*first - from).count() > early_days)
        warn(o, fmt::format("the plan starts on {}, {} days before the log's first workout on {}: the days before it are planned as if "
                            "there was no training",
                            iso_date(from), (*first - from).count(), iso_date(*first)));
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
        if (!alarm) usage_error(fmt::format("--alarm \"{}\" is not a time of day (expected HH:MM)", escaped(o.alarm)));
    }
    std::vector<Race> races;
    for (const std::string& spec : o.races) {
        auto race = parse_race_option(spec);
        if (!race) usage_error(fmt::format("--race \"{}\" is not DATE[:NAME] (expected e.g. 2026-06-14:City Half)", escaped(spec)));
        if (!in_date_range(race->date))
            usage_error(fmt::format("--race date {} is out of range (expected a date from {})", iso_date(race->date),
                                    date_range_said));
        races.push_back(*race);
    }
    date_range_options(o); // checked before any file is read
    if (!o.only.empty() && !o.skip.empty()) usage_error("--only and --skip cannot be used together");
    if (o.book && o.format_given) usage_error("--book prints log rows: it takes no --format");
    const std::vector<Category> only = categories_option("--only", o.only);
    const std::vector<Category> skip = categories_option("--skip", o.skip);
    const std::vector<Category> alarm_for =
        o.alarm_for.empty() ? std::vector<Category>{Category::appointment, Category::flag} : categories_option("--alarm-for", o.alarm_for);
    // Only a calendar carries a stamp: a bad SOURCE_DATE_EPOCH does not stop the other formats.
    const date::sys_seconds stamp = format == PlanFormat::ics ? stamp_now() : date::sys_seconds{};

    auto plan_range = [&](date::local_days today) { return range_of(o, today, today, 4); };
    ClassifiedLog in = read_classified_log(o, Explain::no, [&](date::local_days today, const RuleSet& rules, PastLoad& past) {
        const auto [from, until] = plan_range(today);
        return keep_for_plan(from, until, rules.settings, past);
    });
    const auto [first, last] = plan_range(in.today);
    PlanRequest request{first, last, std::move(races), &in.past};
    warn_about_gaps(o, in, request.from);
    Plan plan = plan_recovery(in.log, in.rules, request);
    // What this calendar shows: --only keeps the categories it names, --skip drops them.
    auto named = [](const std::vector<Category>& list, Category c) { return std::find(list.begin(), list.end(), c) != list.end(); };
    std::erase_if(plan.items, [&](const Item& item) { return (!only.empty() && !named(only, item.category)) || named(skip, item.category); });
    if (o.book) return write_output(o.output, render_bookings(plan));
    PlanOptions render{o.explain, colour_wanted(o), in.today, stamp, alarm, alarm_for};
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
    auto [plan, format] = add_log_command(app, o,
                                          {"plan", "print the recovery calendar for a training log",
                                           "first day of the calendar (default: today)",
                                           "last day of the calendar (default: 4 weeks from --from)",
                                           "text, month, ics, json or csv (default: text)"});
    plan->add_option("--race", o.races, "a race not in the log; repeatable")->type_name("DATE[:NAME]");
    plan->add_flag("--explain", o.explain, "add the reason, the triggers and the source under each item");
    plan->add_option("--color", o.color, "colour the text and month views: auto, always or never (default: auto)")->type_name("WHEN");
    plan->add_flag("--book", o.book, "print a treatments.csv row (date,type,title) for each appointment proposed, instead of the plan");
    plan->add_option("--only", o.only, "show only these categories: appointment, self-care, flag, race (comma-separated)")
        ->type_name("CATEGORIES");
    plan->add_option("--skip", o.skip, "leave out these categories (comma-separated)")->type_name("CATEGORIES");
    plan->add_option("--alarm", o.alarm, "ics: add a reminder at this time on the item's day")->type_name("HH:MM");
    plan->add_option("--alarm-for", o.alarm_for, "ics: the categories that get the reminder (default: appointment,flag)")
        ->type_name("CATEGORIES");
    plan->callback([&o, format = format] {
        o.format_given = format->count() > 0;
        run_plan(o);
    });
}

} // namespace recover::cli
