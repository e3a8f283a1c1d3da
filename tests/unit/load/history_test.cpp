// keep_for_plan and PastLoad: a plan made from a log streamed through the filter is the plan made
// from the whole log, byte for byte, however much older history the filter sums and forgets.

#include "recover/load/history.hpp"

#include "recover/core/text.hpp"
#include "recover/load/classify.hpp"
#include "recover/load/load.hpp"
#include "recover/log/csv.hpp"
#include "recover/planner/planner.hpp"
#include "recover/render/render.hpp"
#include "support/log_generator.hpp"

#include <doctest/doctest.h>


using namespace recover;

namespace {

/// `csv` with every data row repeated `shift` days earlier (and again twice as far back): years of
/// history before the generated weeks, all of it outside the plan's look-back.
std::string with_old_history(const std::string& csv, int shift) {
    const std::vector<CsvRecord> records = parse_csv(csv, "log.csv");
    std::size_t date_column = 0;
    for (std::size_t i = 0; i < records.front().fields.size(); ++i)
        if (lowercase(records.front().fields[i].text) == "date") date_column = i;
    auto row = [&](const CsvRecord& record, int back) {
        std::string line;
        for (std::size_t i = 0; i < record.fields.size(); ++i) {
            std::string text(record.fields[i].text);
            if (i == date_column && back > 0) {
                if (auto day = parse_iso_date(text.substr(0, 10))) text = iso_date(*day - date::days{back}) + text.substr(10);
            }
            line += (i ? "," : "") + csv_field(text);
        }
        return line + "\n";
    };
    std::string out;
    for (const CsvRecord& record : records) out += row(record, 0);
    for (std::size_t r = 1; r < records.size(); ++r)
        for (int times : {1, 2}) out += row(records[r], shift * times);
    return out;
}

std::string plan_json(const std::string& csv, const testing::GeneratedLog& g, bool filtered, std::size_t& kept) {
    LogOptions options{g.today};
    PastLoad past;
    WorkoutFilter keep;
    if (filtered) keep = keep_for_plan(g.request.from, g.request.until, g.rules.settings, past);
    TextInMemory source(csv);
    TrainingLog log = read_log(source, "log.csv", options, keep);
    kept = log.workouts.size();
    classify_workouts(log.workouts, g.rules.settings, past.highest_hr);
    PlanRequest request = g.request;
    request.past = filtered ? &past : nullptr;
    return render_plan_json(plan_recovery(log, g.rules, request));
}

/// `recover load`'s JSON of the whole log: its days from the first workout read to the last.
std::string load_json(const std::string& csv, const testing::GeneratedLog& g, bool filtered, std::size_t& kept) {
    LogOptions options{g.today};
    PastLoad past;
    WorkoutFilter keep;
    if (filtered) keep = keep_for_load(g.rules.settings, past);
    TextInMemory source(csv);
    TrainingLog log = read_log(source, "log.csv", options, keep);
    kept = log.workouts.size();
    classify_workouts(log.workouts, g.rules.settings, past.highest_hr);
    std::optional<date::local_days> first = past.first_added, last = past.last_added;
    if (!log.workouts.empty()) {
        widen(first, last, log.workouts.front().date);
        widen(first, last, log.workouts.back().date);
    }
    const date::local_days from = first.value_or(g.today), until = last.value_or(g.today);
    const LoadSeries load = compute_load(log.workouts, g.rules.settings, from, until, filtered ? &past : nullptr);
    return render_load(load, g.rules.settings, from, until, LoadFormat::json);
}

} // namespace

TEST_CASE("the load model of a log streamed through keep_for_load is that of the whole log") {
    int dropped = 0;
    for (std::uint32_t seed = 1; seed <= 40; ++seed) {
        const testing::GeneratedLog g = testing::generate_log(seed);
        CAPTURE(g.summary);
        const std::string csv = with_old_history(g.csv, 3 * 365);
        std::size_t all = 0, kept = 0;
        const std::string whole = load_json(csv, g, false, all), streamed = load_json(csv, g, true, kept);
        CHECK(streamed == whole);
        dropped += kept * 2 < all; // most of the log summed, not kept
    }
    CHECK(dropped > 30);
}

TEST_CASE("a plan of a log streamed through keep_for_plan is the plan of the whole log") {
    int compared = 0, dropped = 0; // logs the filter took workouts from
    for (std::uint32_t seed = 1; seed <= 60; ++seed) {
        const testing::GeneratedLog g = testing::generate_log(seed);
        CAPTURE(g.summary);
        const std::string csv = with_old_history(g.csv, 2 * plan_look_days + 400);
        std::size_t all = 0, kept = 0;
        const std::string whole = plan_json(csv, g, false, all), streamed = plan_json(csv, g, true, kept);
        CHECK(streamed == whole);
        ++compared;
        dropped += kept < all;
    }
    CHECK(compared == 60);
    CHECK(dropped > 50); // a log of only treatments or heart-rate runs keeps all
}

TEST_CASE("PastLoad sums a day's counted workouts and marks its hard days") {
    Settings settings;
    PastLoad past;
    Workout hard;
    hard.date = date::local_days{date::year{2001} / 3 / 4};
    hard.kind = Kind::hard;
    hard.load = 60;
    past.add(hard, settings, std::nullopt);
    Workout missed = hard;
    missed.missed = true;
    past.add(missed, settings, std::nullopt);
    Workout easy = hard;
    easy.kind = Kind::easy;
    easy.load = 30;
    easy.planned = true;
    past.add(easy, settings, std::nullopt);
    CHECK(past.load_on(hard.date) == 90);
    CHECK(past.hard_on(hard.date));
    CHECK_FALSE(past.hard_on(hard.date + date::days{1}));
    CHECK(past.first_counted == hard.date);
    CHECK(past.last_done == hard.date);
}
