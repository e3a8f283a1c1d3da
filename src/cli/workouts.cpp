// recover workouts: the log as recover reads and classifies it.

#include "recover/cli/commands.hpp"

#include "recover/cli/io.hpp"
#include "recover/render/render.hpp"

#include <CLI/CLI.hpp>

namespace recover::cli {

namespace {

void run_workouts(const Options& o) {
    const WorkoutsFormat format = choice<WorkoutsFormat>(
        "--format", o.format, {{"text", WorkoutsFormat::text}, {"csv", WorkoutsFormat::csv}, {"json", WorkoutsFormat::json}});
    ClassifiedLog in = read_classified_log(o);
    write_output(o.output, render_workouts(in.log.workouts, format));
}

} // namespace

void add_workouts_command(CLI::App& app, Options& o) {
    CLI::App* workouts = app.add_subcommand("workouts", "show the log as recover understands it: kind, effort, load and why");
    add_log_options(*workouts, o);
    workouts->add_option("--format", o.format, "text, csv or json (default: text)")->type_name("FORMAT");
    workouts->callback([&o] { run_workouts(o); });
}

} // namespace recover::cli
