// What every command does with the options it shares: dates, the environment (today, the
// runner's zone, the rules file) and the log read and classified.

#include "recover/cli/options.hpp"
#include "recover/core/terminal.hpp"

#include "recover/cli/io.hpp"
#include "recover/core/dates.hpp"
#include "recover/load/classify.hpp"
#include "recover/log/merge.hpp"

#include <CLI/CLI.hpp>
#include <date/tz.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>

namespace recover::cli {

namespace {

/// The zone of "today" and --tz's default: $TZ when it names a zone (a leading ':' allowed, as
/// POSIX does), else the system's. date::current_zone() reads only /etc/localtime. `how` says which.
const date::time_zone* default_zone(std::string* how) {
    if (const char* tz = std::getenv("TZ"); tz && *tz) {
        std::string_view name = tz;
        if (name.front() == ':') name.remove_prefix(1);
        try {
            const date::time_zone* zone = date::locate_zone(name);
            if (how) *how = fmt::format("{} (from TZ)", zone->name());
            return zone;
        } catch (const std::exception&) {
            // not a zone name the database knows (a POSIX rule such as "EST5EDT,M3.2.0"): the system's
        }
    }
    const date::time_zone* zone = date::current_zone();
    if (how) *how = fmt::format("{} (the system's zone)", zone->name());
    return zone;
}

/// The zone --tz names.
const date::time_zone* zone_named(const std::string& name) {
    try {
        return date::locate_zone(name);
    } catch (const std::exception&) {
        usage_error(fmt::format("--tz \"{}\" is not a time zone (expected a name like Europe/London)", escaped(name)));
    }
}

/// "Today": --today, else $RECOVER_TODAY (scripts and tests pin it), else the clock's date in the
/// runner's zone.
date::local_days local_today(const Options& o, const RunnerZone& zone) {
    if (!o.today.empty()) return date_option("--today", o.today);
    if (const char* pinned = std::getenv("RECOVER_TODAY"); pinned && *pinned) {
        auto day = parse_iso_date(pinned);
        if (!day) usage_error(fmt::format("RECOVER_TODAY \"{}\" is not a date (expected YYYY-MM-DD)", escaped(pinned)));
        if (!in_date_range(*day))
            usage_error(
                fmt::format("RECOVER_TODAY {} is out of range (expected a date from {})", escaped(pinned), date_range_said));
        return *day;
    }
    auto now = date::make_zoned(zone.get(), std::chrono::system_clock::now()).get_local_time();
    return date::floor<date::days>(now);
}

LogOptions log_options_from(const Options& o, date::local_days today, const RunnerZone& zone) {
    auto format = parse_input_format(o.input_format);
    if (!format) usage_error(fmt::format("--input-format \"{}\" is not a format recover reads", escaped(o.input_format)));
    std::optional<DistanceUnit> units;
    if (!o.units.empty()) units = choice<DistanceUnit>("--units", o.units, {{"km", DistanceUnit::km}, {"mi", DistanceUnit::mi}});
    LogOptions options{today, *format, &zone, units, o.skip_bad_rows};
    return options;
}

/// What reading the logs has to say: the readers' warnings, one per row skipped under
/// --skip-bad-rows, then the count: never a silent drop.
void warn_about(const Options& o, const TrainingLog& log) {
    for (const std::string& w : log.warnings) warn(o, w);
    for (const Error& e : log.skipped) warn(o, e.message() + " (row skipped)");
    if (!log.skipped.empty()) warn(o, fmt::format("skipped {} bad row{}", log.skipped.size(), log.skipped.size() == 1 ? "" : "s"));
}

} // namespace

void usage_error(const std::string& what) { throw Error(ExitCode::usage, {}, what); }

void warn(const Options& o, const std::string& text) {
    // One line of visible text, whatever input it quotes (see `escaped`).
    if (!o.quiet) std::cerr << "recover: warning: " << escaped(text) << '\n';
}

date::local_days date_option(const std::string& name, const std::string& value) {
    auto day = parse_iso_date(value);
    if (!day) usage_error(fmt::format("{} \"{}\" is not a date (expected YYYY-MM-DD)", name, escaped(value)));
    if (!in_date_range(*day))
        usage_error(fmt::format("{} {} is out of range (expected a date from {})", name, escaped(value), date_range_said));
    return *day;
}

std::pair<std::optional<date::local_days>, std::optional<date::local_days>> date_range_options(const Options& o) {
    std::optional<date::local_days> from, until;
    if (!o.from.empty()) from = date_option("--from", o.from);
    if (!o.until.empty()) until = date_option("--until", o.until);
    if (from && until && *until < *from)
        usage_error(fmt::format("--until {} is before --from {}", iso_date(*until), iso_date(*from)));
    return {from, until};
}

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
    return load_rules(read_input(path, ExitCode::config), display_name(path), &defaults);
}

std::pair<CLI::App*, CLI::Option*> add_log_command(CLI::App& app, Options& o, const LogCommandHelp& help) {
    CLI::App* command = app.add_subcommand(help.name, help.description);
    add_log_options(*command, o);
    add_range_options(*command, o, help.from, help.until);
    CLI::Option* format = command->add_option("--format", o.format, help.formats)->type_name("FORMAT");
    return {command, format};
}

void add_range_options(CLI::App& command, Options& o, const std::string& from_help, const std::string& until_help) {
    command.add_option("--from", o.from, from_help)->type_name("DATE");
    auto* until = command.add_option("--until", o.until, until_help)->type_name("DATE");
    command.add_option("--weeks", o.weeks, "how many weeks from --from, 1 to 520 (instead of --until)")
        ->type_name("N")
        ->check(CLI::Range(1, 520).description(""))
        ->excludes(until);
}

std::pair<date::local_days, date::local_days> range_of(const Options& o, date::local_days first, date::local_days last, int default_weeks) {
    const auto [from, until] = date_range_options(o);
    const date::local_days start = from.value_or(first);
    const int weeks = o.weeks > 0 ? o.weeks : default_weeks;
    date::local_days end = until ? *until : weeks > 0 ? start + date::days{7 * weeks - 1} : std::max(last, start);
    if (end < start) usage_error(fmt::format("--until {} is before --from {}", iso_date(end), iso_date(start)));
    return {start, end};
}

ClassifiedLog read_classified_log(const Options& o, Explain explain, const LogFilter& filter) {
    // A zone named is looked up now, so that a wrong name is an error before anything is read;
    // the default only when a Strava export or today's date from the clock needs it.
    const RunnerZone zone = o.tz.empty() ? RunnerZone([](std::string& how) { return default_zone(&how); })
                                         : RunnerZone(zone_named(o.tz));
    date::local_days today = local_today(o, zone);
    LogOptions log_options = log_options_from(o, today, zone);
    RuleSet rules = effective_rules(o.rules);
    // One log streams into what the command needs; several are merged workout by workout (the
    // same run in two exports counts once), so each is kept whole.
    PastLoad past;
    WorkoutFilter keep;
    if (filter && o.logs.size() == 1) keep = filter(today, rules, past);
    std::vector<TrainingLog> logs;
    for (const std::string& path : o.logs) {
        InputFile input(path);
        logs.push_back(read_log(input, display_name(path), log_options, keep));
    }
    TrainingLog log = merge_logs(std::move(logs));
    warn_about(o, log);
    classify_workouts(log.workouts, rules.settings, past.highest_hr, explain);
    return ClassifiedLog{today, std::move(rules), std::move(log), std::move(past)};
}

void add_log_options(CLI::App& command, Options& o) {
    command.add_option("LOG", o.logs, "training logs (CSV), each in its own format, read as one history; - reads standard input")
        ->required()
        ->type_name("");
    command.add_option("--today", o.today, "the date taken as today: rows after it are planned workouts")->type_name("DATE");
    command.add_option("--rules", o.rules, "rules file laid over the built-in rules")->type_name("FILE");
    command.add_option("--input-format", o.input_format,
                       "format of the log: auto, native, strava, garmin, intervals, trainingpeaks (default: auto)")
        ->type_name("FORMAT");
    command.add_option("--tz", o.tz, "time zone of the runner, for exports dated in UTC (default: $TZ, else the system's)")->type_name("ZONE");
    command.add_option("--units", o.units, "distance unit of exports that do not name it (Garmin): km or mi (default: read off the data)")
        ->type_name("UNIT");
    command.add_flag("--skip-bad-rows", o.skip_bad_rows, "skip malformed rows with a warning each, instead of stopping");
    command.add_flag("-q,--quiet", o.quiet, "no warnings on standard error");
    command.add_option("-o,--output", o.output, "write to FILE (atomically) instead of standard output")->type_name("FILE");
}

} // namespace recover::cli
