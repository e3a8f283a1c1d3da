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
    date_range_options(o); // checked before any file is read
    ClassifiedLog in = read_classified_log(o, Explain::yes);
    std::vector<Workout>& workouts = in.log.workouts;
    if (!o.from.empty() || !o.until.empty() || o.weeks > 0) {
        const date::local_days first = workouts.empty() ? in.today : workouts.front().date;
        const date::local_days last = workouts.empty() ? in.today : workouts.back().date;
        const auto [from, until] = range_of(o, first, last, 0);
        // Captured by name: clang before 16 cannot capture a structured binding, and clang-tidy is clang.
        std::erase_if(workouts,
                      [from = from, until = until](const Workout& w) { return w.date < from || w.date > until; });
    }
    write_output(o.output, render_workouts(workouts, format));
}

} // namespace

void add_workouts_command(CLI::App& app, Options& o) {
    auto [workouts, format] =
        add_log_command(app, o,
                        {"workouts", "show the log as recover understands it: kind, effort, load and why",
                         "first day shown (default: the log's first day)", "last day shown (default: the log's last day)",
                         "text, csv or json (default: text)"});
    workouts->callback([&o] { run_workouts(o); });
}

} // namespace recover::cli
