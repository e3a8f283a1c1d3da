#pragma once
/// The commands of recover(1), one file each under src/cli: each adds its subcommand, options and
/// callback to the application.

#include "recover/cli/options.hpp"

namespace recover::cli {

void add_plan_command(CLI::App& app, Options& o);     ///< recover plan: the calendar
void add_workouts_command(CLI::App& app, Options& o); ///< recover workouts: the log as read
void add_load_command(CLI::App& app, Options& o);     ///< recover load: the load model
void add_rules_command(CLI::App& app, Options& o);    ///< recover rules: the rule set, or a check

} // namespace recover::cli
