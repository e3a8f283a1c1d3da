// recover(1): the command line. Only this file reads options, the clock and the environment,
// opens files (through io.hpp) and chooses exit codes; everything it calls is pure.

#include "recover/load/classify.hpp"
#include "recover/core/dates.hpp"
#include "recover/cli/io.hpp"
#include "recover/log/log.hpp"
#include "recover/planner/planner.hpp"
#include "recover/render/render.hpp"
#include "recover/rules/rules.hpp"
#include "recover/core/text.hpp"

#include <CLI/CLI.hpp>
#include <date/tz.h>
#include <fmt/format.h>

#include <unistd.h>

#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>

namespace {

using namespace recover;

struct Options {
    std::string log;
    std::string from, until, today;
    int weeks = 4;
    std::string rules;
    std::string input_format = "auto";
    std::string tz, units = "km";
    bool skip_bad_rows = false;
    std::vector<std::string> races;
    std::string output;
    bool explain = false;
    std::string format = "text";
    std::string color = "auto";
    std::string alarm;
    std::string check; ///< rules --check FILE
};

[[noreturn]] void usage_error(const std::string& what) { throw Error(ExitCode::usage, {}, what); }

/// The value `text` names among `choices`, or a usage error listing them.
template <class T> T choice(std::string_view option, const std::string& text, std::initializer_list<std::pair<std::string_view, T>> choices) {
    std::vector<std::string_view> names;
    for (const auto& [name, value] : choices) {
        if (name == text) return value;
        names.push_back(name);
    }
    std::string list = fmt::format("{}", fmt::join(names.begin(), names.end() - 1, ", "));
    usage_error(fmt::format("{} \"{}\" is not {} or {}", option, text, list, names.back()));
}

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

date::local_days date_option(const std::string& name, const std::string& value) {
    auto day = parse_iso_date(value);
    if (!day) usage_error(fmt::format("{} \"{}\" is not a date (expected YYYY-MM-DD)", name, value));
    return *day;
}

/// The rule set: the built-in rules, with the first user file found laid over them
/// (--rules, $RECOVER_RULES, $XDG_CONFIG_HOME/recover/rules.toml, ~/.config/recover/rules.toml).
RuleSet effective_rules(const std::string& option) {
    RuleSet defaults = default_rules();
    std::string path = option;
    if (path.empty()) {
        if (const char* env = std::getenv("RECOVER_RULES"); env && *env) path = env;
    }
    if (path.empty()) {
        std::filesystem::path config;
        if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg && *xdg)
            config = xdg;
        else if (const char* home = std::getenv("HOME"); home && *home)
            config = std::filesystem::path(home) / ".config";
        std::error_code ignored;
        if (!config.empty() && std::filesystem::exists(config / "recover" / "rules.toml", ignored))
            path = (config / "recover" / "rules.toml").string();
    }
    if (path.empty()) return defaults;
    return load_rules(read_input(path), display_name(path), &defaults);
}

/// The zone of "today" and --tz's default: $TZ when it names a zone (a leading ':' allowed, as
/// POSIX does), else the system's. date::current_zone() reads only /etc/localtime.
const date::time_zone* default_zone() {
    if (const char* tz = std::getenv("TZ"); tz && *tz) {
        std::string_view name = tz;
        if (name.front() == ':') name.remove_prefix(1);
        try {
            return date::locate_zone(name);
        } catch (const std::exception&) {
            // not a zone name the database knows (a POSIX rule such as "EST5EDT,M3.2.0"): the system's
        }
    }
    return date::current_zone();
}

const date::time_zone* zone_option(const std::string& name) {
    if (name.empty()) return default_zone();
    try {
        return date::locate_zone(name);
    } catch (const std::exception&) {
        usage_error(fmt::format("--tz \"{}\" is not a time zone (expected a name like Europe/London)", name));
    }
}

LogOptions log_options_from(const Options& o, date::local_days today, const date::time_zone* zone) {
    auto format = parse_input_format(o.input_format);
    if (!format) usage_error(fmt::format("--input-format \"{}\" is not a format recover reads", o.input_format));
    if (o.units != "km" && o.units != "mi") usage_error(fmt::format("--units \"{}\" is not km or mi", o.units));
    return LogOptions{today, *format, zone, o.units == "mi" ? DistanceUnit::mi : DistanceUnit::km, o.skip_bad_rows};
}

/// One warning per row skipped under --skip-bad-rows, then the count: never a silent drop.
void warn_skipped(const TrainingLog& log) {
    for (const Error& e : log.skipped) std::cerr << "recover: warning: " << e.message() << " (row skipped)\n";
    if (!log.skipped.empty())
        std::cerr << fmt::format("recover: warning: skipped {} bad row{}\n", log.skipped.size(), log.skipped.size() == 1 ? "" : "s");
}

/// "Today": --today, else $RECOVER_TODAY (scripts and tests pin it), else the clock's date in the
/// runner's zone.
date::local_days local_today(const Options& o, const date::time_zone* zone) {
    if (!o.today.empty()) return date_option("--today", o.today);
    if (const char* pinned = std::getenv("RECOVER_TODAY"); pinned && *pinned) {
        auto day = parse_iso_date(pinned);
        if (!day) usage_error(fmt::format("RECOVER_TODAY \"{}\" is not a date (expected YYYY-MM-DD)", pinned));
        return *day;
    }
    auto now = date::make_zoned(zone, std::chrono::system_clock::now()).get_local_time();
    return date::floor<date::days>(now);
}

/// The log read and classified with the options every command shares; `today` as they say.
struct ClassifiedLog {
    date::local_days today;
    RuleSet rules;
    TrainingLog log;
};

ClassifiedLog read_classified_log(const Options& o) {
    const date::time_zone* zone = zone_option(o.tz);
    date::local_days today = local_today(o, zone);
    LogOptions log_options = log_options_from(o, today, zone);
    RuleSet rules = effective_rules(o.rules);
    TrainingLog log = read_log(read_input(o.log), display_name(o.log), log_options);
    warn_skipped(log);
    classify_workouts(log.workouts, rules.settings);
    return ClassifiedLog{today, std::move(rules), std::move(log)};
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
    std::optional<date::local_days> from, until;
    if (!o.from.empty()) from = date_option("--from", o.from);
    if (!o.until.empty()) until = date_option("--until", o.until);
    if (from && until && *until < *from)
        usage_error(fmt::format("--until {} is before --from {}", iso_date(*until), iso_date(*from)));
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

void run_workouts(const Options& o) {
    const WorkoutsFormat format = choice<WorkoutsFormat>(
        "--format", o.format, {{"text", WorkoutsFormat::text}, {"csv", WorkoutsFormat::csv}, {"json", WorkoutsFormat::json}});
    ClassifiedLog in = read_classified_log(o);
    write_output(o.output, render_workouts(in.log.workouts, format));
}

void run_load(const Options& o) {
    const LoadFormat format = choice<LoadFormat>("--format", o.format, {{"text", LoadFormat::text}, {"json", LoadFormat::json}});
    std::optional<date::local_days> from, until;
    if (!o.from.empty()) from = date_option("--from", o.from);
    if (!o.until.empty()) until = date_option("--until", o.until);
    if (from && until && *until < *from)
        usage_error(fmt::format("--until {} is before --from {}", iso_date(*until), iso_date(*from)));
    ClassifiedLog in = read_classified_log(o);
    // By default the whole log: from its first workout to its last (planned ones included).
    date::local_days first = in.today, last = in.today;
    if (!in.log.workouts.empty()) {
        first = in.log.workouts.front().date;
        last = in.log.workouts.back().date;
    }
    first = from.value_or(first);
    last = until.value_or(std::max(last, first));
    first = std::min(first, last); // --until alone, before the log starts: that one day
    LoadSeries load = compute_load(in.log.workouts, in.rules.settings, first, last);
    write_output(o.output, render_load(load, in.rules.settings, first, last, format));
}

void run_rules(const Options& o) {
    if (!o.check.empty()) {
        // The file alone, as a rules file is read: over the built-in rules.
        RuleSet defaults = default_rules();
        load_rules(read_input(o.check), display_name(o.check), &defaults);
        return;
    }
    write_output(o.output, render_rules(effective_rules(o.rules)));
}

/// The options of every command that reads a log.
void add_log_options(CLI::App& command, Options& o) {
    command.add_option("LOG", o.log, "training log (CSV); - reads standard input")->required()->type_name("");
    command.add_option("--today", o.today, "the date taken as today: rows after it are planned workouts")->type_name("DATE");
    command.add_option("--rules", o.rules, "rules file laid over the built-in rules")->type_name("FILE");
    command.add_option("--input-format", o.input_format,
                       "format of the log: auto, native, strava, garmin, intervals, trainingpeaks (default: auto)")
        ->type_name("FORMAT");
    command.add_option("--tz", o.tz, "time zone of the runner, for exports dated in UTC (default: the system's)")->type_name("ZONE");
    command.add_option("--units", o.units, "distance unit of exports that do not name it (Garmin): km or mi (default: km)")
        ->type_name("UNIT");
    command.add_flag("--skip-bad-rows", o.skip_bad_rows, "skip malformed rows with a warning each, instead of stopping");
    command.add_option("-o,--output", o.output, "write to FILE (atomically) instead of standard output")->type_name("FILE");
}

} // namespace

int main(int argc, char** argv) {
    CLI::App app{"recover: a dated recovery calendar (massage, ART, self-care) from a runner's training log", "recover"};
    app.set_version_flag("--version", std::string("recover ") + RECOVER_VERSION);
    app.require_subcommand(1);
    app.get_formatter()->column_width(28);
    Options o;

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
    plan->callback([&] { run_plan(o); });

    CLI::App* workouts = app.add_subcommand("workouts", "show the log as recover understands it: kind, effort, load and why");
    add_log_options(*workouts, o);
    workouts->add_option("--format", o.format, "text, csv or json (default: text)")->type_name("FORMAT");
    workouts->callback([&] { run_workouts(o); });

    CLI::App* load = app.add_subcommand("load", "show the load model: daily and weekly load, ACWR, CTL/ATL/TSB, heavy and easy weeks");
    add_log_options(*load, o);
    load->add_option("--from", o.from, "first day shown (default: the log's first day)")->type_name("DATE");
    load->add_option("--until", o.until, "last day shown (default: the log's last day)")->type_name("DATE");
    load->add_option("--format", o.format, "text or json (default: text)")->type_name("FORMAT");
    load->callback([&] { run_load(o); });

    CLI::App* rules = app.add_subcommand("rules", "print the rule set in effect as TOML, or check a rules file");
    rules->add_option("--rules", o.rules, "rules file laid over the built-in rules")->type_name("FILE");
    rules->add_option("--check", o.check, "validate FILE (- reads standard input) and print nothing on success")->type_name("FILE");
    rules->add_option("-o,--output", o.output, "write to FILE (atomically) instead of standard output")->type_name("FILE");
    rules->callback([&] { run_rules(o); });

    try {
        try {
            app.parse(argc, argv);
        } catch (const CLI::CallForHelp& e) {
            return app.exit(e);
        } catch (const CLI::CallForVersion& e) {
            return app.exit(e);
        } catch (const CLI::ParseError& e) {
            std::string what = e.what();
            if (!what.empty()) what[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(what[0])));
            throw Error(ExitCode::usage, {}, fmt::format("{} (see recover --help)", what));
        }
    } catch (const Error& e) {
        std::cerr << "recover: " << e.message() << '\n';
        return static_cast<int>(e.code());
    } catch (const std::exception& e) {
        std::cerr << "recover: internal error: " << e.what() << " (recover " RECOVER_VERSION "; please report it)\n";
        return static_cast<int>(ExitCode::software);
    }
    return 0;
}
