// recover load: the load model, day by day and week by week.

#include "recover/cli/commands.hpp"

#include "recover/cli/io.hpp"
#include "recover/load/history.hpp"
#include "recover/load/load.hpp"
#include "recover/render/render.hpp"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <optional>
#include <tuple>

namespace recover::cli {

namespace {

void run_load(const Options& o) {
    const LoadFormat format = choice<LoadFormat>("--format", o.format, {{"text", LoadFormat::text}, {"json", LoadFormat::json}, {"csv", LoadFormat::csv}});
    const auto [from, until] = date_range_options(o);
    // The load model needs a workout only as a number on its day: a log streams into the sums.
    ClassifiedLog in = read_classified_log(o, Explain::no, [](date::local_days, const RuleSet& rules, PastLoad& past) {
        return keep_for_load(rules.settings, past);
    });
    // By default the whole log: from its first workout to its last (planned ones included).
    std::optional<date::local_days> first_read = in.past.first_added, last_read = in.past.last_added;
    if (!in.log.workouts.empty()) {
        widen(first_read, last_read, in.log.workouts.front().date);
        widen(first_read, last_read, in.log.workouts.back().date);
    }
    date::local_days first = first_read.value_or(in.today), last = last_read.value_or(in.today);
    if (until && !from) first = std::min(first, *until); // --until alone, before the log starts: that one day
    std::tie(first, last) = range_of(o, first, last, 0);
    LoadSeries load = compute_load(in.log.workouts, in.rules.settings, first, last, &in.past);
    write_output(o.output, render_load(load, in.rules.settings, first, last, format));
}

} // namespace

void add_load_command(CLI::App& app, Options& o) {
    auto [load, format] = add_log_command(app, o,
                                          {"load", "show the load model: daily and weekly load, ACWR, CTL/ATL/TSB, heavy and easy weeks",
                                           "first day shown (default: the log's first day)", "last day shown (default: the log's last day)",
                                           "text, json or csv (default: text)"});
    load->callback([&o] { run_load(o); });
}

} // namespace recover::cli
