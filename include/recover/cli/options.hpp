#pragma once
/// The command line's options, shared by every command, and what several commands do with them:
/// dates, choices, the environment (today, the runner's zone, the rules file) and the log read
/// and classified. Only src/cli reads options, the clock and the environment.

#include "recover/core/diagnostics.hpp"
#include "recover/log/log.hpp"
#include "recover/load/classify.hpp"
#include "recover/load/history.hpp"
#include "recover/rules/rules.hpp"

#include <date/date.h>
#include <fmt/format.h>

#include <chrono>
#include <initializer_list>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace CLI {
class App;
class Option;
}

namespace date {
class time_zone;
}

namespace recover::cli {

/// Every option of every command, as given.
struct Options {
    std::vector<std::string> logs; ///< LOG...: each read in its own format, merged into one history
    bool quiet = false;            ///< no warnings on standard error
    std::string from, until, today;
    int weeks = 0; ///< --weeks; 0: not given
    std::string rules;
    std::string input_format = "auto";
    std::string tz, units; ///< --units; empty: not given
    bool skip_bad_rows = false;
    std::vector<std::string> races;
    std::string output;
    bool explain = false;
    std::string format = "text";
    std::string color = "auto";
    std::string alarm;
    std::string alarm_for;   ///< plan --alarm-for CATEGORIES
    std::string only, skip;  ///< plan --only / --skip CATEGORIES
    bool book = false;       ///< plan --book
    bool format_given = false; ///< --format was on the command line (not the default)
    std::string check; ///< rules --check FILE
};

[[noreturn]] void usage_error(const std::string& what);

/// The value `text` names among `choices`, or a usage error listing them.
template <class T>
T choice(std::string_view option, const std::string& text, std::initializer_list<std::pair<std::string_view, T>> choices) {
    std::vector<std::string_view> names;
    for (const auto& [name, value] : choices) {
        if (name == text) return value;
        names.push_back(name);
    }
    std::string list = fmt::format("{}", fmt::join(names.begin(), names.end() - 1, ", "));
    usage_error(fmt::format("{} \"{}\" is not {} or {}", option, text, list, names.back()));
}

/// The date an option names, or a usage error.
date::local_days date_option(const std::string& name, const std::string& value);

/// --from and --until as given (each optional), or a usage error when --until comes first.
std::pair<std::optional<date::local_days>, std::optional<date::local_days>> date_range_options(const Options& o);

/// The rule set: the built-in rules, with the first user file found laid over them
/// (--rules, $RECOVER_RULES, $XDG_CONFIG_HOME/recover/rules.toml, ~/.config/recover/rules.toml).
RuleSet effective_rules(const std::string& option);

/// The log read and classified with the options every command shares; `today` as they say.
struct ClassifiedLog {
    date::local_days today;
    RuleSet rules;
    TrainingLog log;
    PastLoad past; ///< the workouts not kept, summed (load/history.hpp)
};

/// What a command needs of a single log's workouts, as a filter that keeps those and sums the
/// others into the given PastLoad (load/history.hpp), made once today and the rules are known.
using LogFilter = std::function<WorkoutFilter(date::local_days today, const RuleSet& rules, PastLoad& past)>;

/// Reads and classifies the logs, each workout's reasons put into words when `explain` (a command
/// that shows them). With `filter` and a single log, only the workouts the command needs are kept
/// whole; the others are summed into `past` as the log streams. Several logs are merged workout by
/// workout (the same run in two exports counts once), so each is kept whole.
ClassifiedLog read_classified_log(const Options& o, Explain explain, const LogFilter& filter = {});

/// What a command that reads logs says of itself in --help.
struct LogCommandHelp {
    std::string name, description;
    std::string from, until; ///< what --from and --until mean for it
    std::string formats;     ///< "text, csv or json (default: text)"
};
/// A command that reads logs: its log options, --from/--until/--weeks and --format, added once here.
/// Returns the command and its --format option.
std::pair<CLI::App*, CLI::Option*> add_log_command(CLI::App& app, Options& o, const LogCommandHelp& help);

/// Adds --from, --until and --weeks (which excludes --until) with what they mean for the command.
void add_range_options(CLI::App& command, Options& o, const std::string& from_help, const std::string& until_help);

/// The range the options give, [from, until], with defaults for what they leave out: `first` for
/// --from, and for --until `weeks` whole weeks from --from when `default_weeks` > 0, else `last`.
std::pair<date::local_days, date::local_days> range_of(const Options& o, date::local_days first, date::local_days last, int default_weeks);

/// "recover: warning: TEXT" on standard error, unless --quiet.
void warn(const Options& o, const std::string& text);

/// Adds the options of every command that reads a log (LOG..., --today, --rules, --input-format,
/// --tz, --units, --skip-bad-rows, --quiet, -o).
void add_log_options(CLI::App& command, Options& o);

} // namespace recover::cli
