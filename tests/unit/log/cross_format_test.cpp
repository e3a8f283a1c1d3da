// The same 17 weeks of training exported by five services (tests/fixtures/same17, written by its
// make_fixtures.py from one list of sessions) must read as the same training: the same workouts on
// the same local days, the same sports, races, cross-training and long runs, the same running
// kilometres. Whether a run was hard is a judgement from the signals each export carries; the
// second test measures it against the runner's own word, export by export.

#include "support/same17.hpp"
#include "log/test_support.hpp"
#include "recover/load/classify.hpp"
#include "recover/log/csv.hpp"
#include "recover/core/dates.hpp"
#include "recover/log/log.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <vector>

using namespace recover;
using namespace date::literals;

namespace {

/// The day the exports were taken: the goal marathon was two days before, and TrainingPeaks holds
/// the plan for the days after.
const date::local_days today{2026_y / 4 / 28};

using testing::Export;

std::vector<Export> exports() { return testing::same17_exports(today); }

/// The workouts done (not planned, not missed), classified with the default settings.
std::vector<Workout> training_done(const Export& e) {
    TrainingLog log = read_log(testing::fixture(e.path), e.path, e.options);
    classify_workouts(log.workouts, Settings{});
    std::erase_if(log.workouts, [](const Workout& w) { return w.planned; });
    return log.workouts;
}

/// What a day's training is, in words that do not depend on the export (in a fixed order:
/// TrainingPeaks has no times of day), and its running kilometres.
struct Day {
    /// Each workout as read: its sport, whether it is a race, cross-training or a treatment, and
    /// whether it is long. Reading must agree exactly, whatever the export.
    std::vector<std::string> read;
    /// Each workout's sport, kind and long flag: `read` plus whether a run was hard, which is the
    /// classifier's judgement from the signals each export carries (an RPE here, zone times there,
    /// only heart rate in Garmin's): measured against the runner's own word in the next test.
    std::vector<std::string> judged;
    double running_km = 0;
};

std::string_view kind_read(Kind kind) {
    switch (kind) {
    case Kind::race: return "race";
    case Kind::cross: return "cross";
    case Kind::treatment: return "treatment";
    case Kind::hard:
    case Kind::long_run:
    case Kind::easy: return "training";
    }
    return "?";
}

std::map<date::local_days, Day> by_day(const std::vector<Workout>& workouts) {
    std::map<date::local_days, Day> days;
    for (const Workout& w : workouts) {
        Day& day = days[w.date];
        const std::string_view long_run = w.long_run ? " (long)" : "";
        day.read.push_back(fmt::format("{} {}{}", to_string(w.sport), kind_read(w.kind), long_run));
        day.judged.push_back(fmt::format("{} {}{}", to_string(w.sport), to_string(w.kind), long_run));
        if (w.sport == Sport::run) day.running_km += w.distance_km.value_or(0);
    }
    for (auto& [date, day] : days) {
        std::sort(day.read.begin(), day.read.end());
        std::sort(day.judged.begin(), day.judged.end());
    }
    return days;
}

std::string joined(const std::vector<std::string>& parts) {
    return fmt::format("{}", fmt::join(parts, ", "));
}

bool is_hard(const Workout& w) {
    return w.kind == Kind::hard || w.kind == Kind::race;
}

} // namespace

TEST_CASE("same 17 weeks: every export reads as the same workouts on the same local days") {
    const std::vector<Export> all = exports();
    const auto native = by_day(training_done(all.front()));
    REQUIRE(native.size() > 100); // 17 weeks less the rest days

    for (const Export& e : all) {
        CAPTURE(e.name);
        const auto days = by_day(training_done(e));
        CHECK(days.size() == native.size());
        for (const auto& [date, expected] : native) {
            // CAPTURE keeps a lambda of its expression, and clang 14 cannot capture a structured binding.
            const std::string on = iso_date(date);
            CAPTURE(on);
            auto found = days.find(date);
            if (found == days.end()) {
                FAIL_CHECK("no workout on this day");
                continue;
            }
            CHECK(joined(found->second.read) == joined(expected.read));
            CHECK(std::abs(found->second.running_km - expected.running_km) < 0.1);
            if (found->second.read == expected.read && found->second.judged != expected.judged) {
                MESSAGE(fmt::format("{} {}: {} where the native log has {} (a judgement: see precision and recall)",
                                    e.name, iso_date(date), joined(found->second.judged), joined(expected.judged)));
            }
        }
        for (const auto& [date, day] : days)
            if (!native.contains(date))
                FAIL_CHECK(fmt::format("{}: {} on a day without training", iso_date(date), joined(day.judged)));
    }
}

TEST_CASE("same 17 weeks: TrainingPeaks' plan beside the training is no training") {
    const Export trainingpeaks = exports().back();
    TrainingLog log = read_log(testing::fixture(trainingpeaks.path), trainingpeaks.path, trainingpeaks.options);
    std::vector<std::string> planned;
    for (const Workout& w : log.workouts)
        if (w.planned)
            planned.push_back(fmt::format("{} {}{}", iso_date(w.date), w.title, w.missed ? " (missed)" : ""));
    CHECK(joined(planned) ==
          "2026-02-06 Recovery 5 mi (missed), 2026-04-29 Recovery 3 mi, 2026-05-01 Easy 4 mi, 2026-05-03 Easy 6 mi");
}

TEST_CASE("same 17 weeks: hard sessions found with at least 90% precision and recall in every export") {
    const CsvTable labels = read_csv_table(testing::fixture("same17/labels.csv"), "labels.csv");
    const auto date_column = labels.find("date"), hard_column = labels.find("hard");
    REQUIRE(date_column);
    REQUIRE(hard_column);

    for (const Export& e : exports()) {
        CAPTURE(e.name);
        const auto title_column = labels.find(e.name);
        REQUIRE(title_column);
        // The runner's word for each session, by local day and the title this export gives it.
        std::map<std::pair<std::string, std::string>, bool> hard_by_day_and_title;
        for (const CsvRecord& row : labels.rows)
            hard_by_day_and_title[{std::string(row.fields[*date_column].text), std::string(row.fields[*title_column].text)}] =
                row.fields[*hard_column].text == "yes";

        int true_positives = 0, false_positives = 0, false_negatives = 0, true_negatives = 0;
        for (const Workout& w : training_done(e)) {
            auto label = hard_by_day_and_title.find({iso_date(w.date), w.title});
            if (label == hard_by_day_and_title.end()) {
                FAIL_CHECK(fmt::format("{} \"{}\" is not in labels.csv", iso_date(w.date), w.title));
                continue;
            }
            const bool said_hard = label->second, found_hard = is_hard(w);
            if (said_hard != found_hard)
                MESSAGE(fmt::format("{}: {} \"{}\" is {} ({}), the runner says {}", e.name, iso_date(w.date), w.title,
                                    to_string(w.kind), w.why, said_hard ? "hard" : "not hard"));
            (said_hard ? (found_hard ? true_positives : false_negatives)
                       : (found_hard ? false_positives : true_negatives))++;
        }
        const double precision = true_positives / std::max(1.0, double(true_positives + false_positives));
        const double recall = true_positives / std::max(1.0, double(true_positives + false_negatives));
        MESSAGE(fmt::format("{:<13} precision {:.3f} recall {:.3f} (TP {} FP {} FN {} TN {})", e.name, precision,
                            recall, true_positives, false_positives, false_negatives, true_negatives));
        CHECK(true_positives + false_negatives >= 30); // the 17 weeks hold enough hard sessions to measure
        CHECK(precision >= 0.90);
        CHECK(recall >= 0.90);
    }
}
