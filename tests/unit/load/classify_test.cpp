#include "recover/load/classify.hpp"
#include "recover/log/log.hpp"
#include "support/log_generator.hpp"

#include <doctest/doctest.h>

using namespace recover;
using namespace date::literals;

namespace {
Workout classified(std::string_view row, const Settings& settings = {}) {
    TrainingLog log = read_log(std::string("date,type,duration,distance,rpe\n") + std::string(row) + "\n", "log.csv",
                               LogOptions{date::local_days{2026_y / 12 / 31}, InputFormat::automatic});
    classify_workouts(log.workouts, settings);
    return log.workouts.at(0);
}
} // namespace

TEST_CASE("the stated type decides, and says so") {
    Workout w = classified("2026-03-01,intervals,50,9,7");
    CHECK(w.kind == Kind::hard);
    CHECK(w.why == "type intervals");
    CHECK(w.effort == 7);
    CHECK(w.load == 50); // the default load model: minutes of training
    CHECK_FALSE(w.very_hard);
}

TEST_CASE("an RPE of 7 or more makes a plain run hard; 8 makes it very hard") {
    Workout w = classified("2026-03-01,run,45,8,8");
    CHECK(w.kind == Kind::hard);
    CHECK(w.why == "rpe 8 (hard from 7)");
    CHECK(w.very_hard);
    CHECK(classified("2026-03-01,run,45,8,6").kind == Kind::easy);
}

TEST_CASE("long by duration or distance; a hard long run stays long and is very hard") {
    Workout by_time = classified("2026-03-01,run,95,15,4");
    CHECK(by_time.kind == Kind::long_run);
    CHECK(by_time.long_run);
    CHECK(by_time.why == "95 min (long from 90)");
    Workout by_distance = classified("2026-03-01,easy,85,21,4");
    CHECK(by_distance.why == "type easy; 21.0 km (long from 20)");
    CHECK(by_distance.kind == Kind::long_run); // an "easy" 21 km is a long run
    CHECK(by_distance.long_run);
    Workout race_pace = classified("2026-03-01,long,120,22,7");
    CHECK(race_pace.kind == Kind::hard);
    CHECK(race_pace.long_run);
    CHECK(race_pace.very_hard);
    CHECK(race_pace.why == "type long; rpe 7 (hard from 7)");
}

TEST_CASE("without an RPE the effort is inferred from the kind") {
    CHECK(classified("2026-03-01,race,45,10,").effort == 9);
    CHECK(classified("2026-03-01,race,45,10,").very_hard);
    CHECK(classified("2026-03-01,easy,40,7,").effort == 3);
    CHECK(classified("2026-03-01,ride,60,25,").kind == Kind::cross);
    CHECK(classified("2026-03-01,massage,60,,").load == 0);
}

TEST_CASE("thresholds and the load model come from the settings") {
    Settings s;
    s.hard_rpe = 6;
    s.load_model = LoadModel::duration;
    Workout w = classified("2026-03-01,run,45,8,6", s);
    CHECK(w.kind == Kind::hard);
    CHECK(w.load == 45);
}

namespace {
/// A run as an export would give it: no RPE, a title and sensor signals.
Workout export_run(std::string title, double minutes, std::optional<double> avg_hr = {}, std::optional<double> max_hr = {}) {
    Workout w;
    w.sport = Sport::run;
    w.title = std::move(title);
    w.minutes = minutes;
    w.signals.avg_hr = avg_hr;
    w.signals.max_hr = max_hr;
    return w;
}

Workout classify_one(Workout w, const Settings& s, std::vector<Workout> others = {}) {
    others.insert(others.begin(), std::move(w));
    classify_workouts(others, s);
    return others.front();
}

Settings with_max_hr(int max_hr) {
    Settings s;
    s.max_hr = max_hr;
    return s;
}
} // namespace

TEST_CASE("a generic title with a high average heart rate is hard") {
    Workout w = classify_one(export_run("Evening Run", 45, 168, 176), with_max_hr(190));
    CHECK(w.kind == Kind::hard);
    CHECK(w.why == "average HR 168 is 88% of max 190 (hard from 85%)");
    CHECK(w.effort == 7);
    CHECK(classify_one(export_run("Evening Run", 45, 140, 150), with_max_hr(190)).kind == Kind::easy);
}

TEST_CASE("intervals show in the peak heart rate even when recoveries pull the average down") {
    Workout w = classify_one(export_run("Morning Run", 55, 150, 181), with_max_hr(190));
    CHECK(w.kind == Kind::hard);
    CHECK(w.why == "peak HR 181 is 95% of max 190 (hard from 92%)");
}

TEST_CASE("without [athlete] max_hr the highest heart rate in the log is the maximum") {
    Workout w = classify_one(export_run("Morning Run", 40, 170, 180), Settings{}, {export_run("Race", 20, 185, 192)});
    CHECK(w.kind == Kind::hard);
    CHECK(w.why == "average HR 170 is 89% of max 192 (hard from 85%)");
}

TEST_CASE("an RPE outranks the sensors") {
    Workout w = export_run("Evening Run", 45, 175, 185);
    w.signals.rpe = 4;
    CHECK(classify_one(w, with_max_hr(190)).kind == Kind::easy);
}

TEST_CASE("Aerobic TE and zone minutes") {
    Workout te = export_run("Lunch Run", 50);
    te.signals.aerobic_te = 4.3;
    CHECK(classify_one(te, Settings{}).why == "Aerobic TE 4.3 (hard from 4.0)");
    Workout zones = export_run("Lunch Run", 50);
    zones.signals.hard_zone_minutes = 18;
    CHECK(classify_one(zones, Settings{}).why == "18 min in HR zone 4+ (hard from 10)");
    zones.signals.hard_zone_minutes = 4;
    CHECK(classify_one(zones, Settings{}).kind == Kind::easy);
}

TEST_CASE("title words: interval patterns, session names, races but not race pace") {
    CHECK(classify_one(export_run("6x800 @ 5K", 50), Settings{}).why == "title says \"6x800\"");
    CHECK(classify_one(export_run("Track: 5 x 1 km", 50), Settings{}).why == "title says \"5 x 1\"");
    CHECK(classify_one(export_run("3×10 min threshold", 50), Settings{}).why == "title says \"3×10\"");
    CHECK(classify_one(export_run("Hill repeats", 50), Settings{}).why == "title says \"hill\"");
    CHECK(classify_one(export_run("Easy run with Tempo Tom", 40), Settings{}).kind == Kind::hard); // a name can mislead
    CHECK(classify_one(export_run("Easy 10k", 60), Settings{}).kind == Kind::easy);
    CHECK(classify_one(export_run("RACE: City 10K", 45), Settings{}).kind == Kind::race);
    CHECK(classify_one(export_run("Race pace 2x3K", 50), Settings{}).kind == Kind::hard);
    // Race pace is no race, but it is quality work: runners call race-pace sessions hard (DESIGN.md §2.2).
    CHECK(classify_one(export_run("Race pace miles", 50), Settings{}).why == "title says \"race pace\"");
    CHECK(classify_one(export_run("Long run, last 8 @ goal pace", 130), Settings{}).why == "title says \"goal pace\"");
    CHECK(classify_one(export_run("18 w/ 10 @ MP", 140), Settings{}).kind == Kind::hard);
    CHECK(classify_one(export_run("Easy pace, chatty", 50), Settings{}).kind == Kind::easy);
    Workout long_title = classify_one(export_run("Long run", 80), Settings{});
    CHECK(long_title.kind == Kind::long_run);
    CHECK(long_title.why == "title says long run");
}

TEST_CASE("effort without an RPE follows the heart-rate zone") {
    CHECK(classify_one(export_run("Run", 40, 175, 180), with_max_hr(190)).effort == 8); // 92 %
    CHECK(classify_one(export_run("Run", 40, 120, 130), with_max_hr(190)).effort == 2); // 63 %
}

TEST_CASE("an average a few points under the threshold, held for 40 minutes or more, is hard") {
    // A tempo or a race-pace long run: the warm-up and cool-down pull the average under 85 %.
    Workout tempo = classify_one(export_run("Morning Run", 55, 152, 170), with_max_hr(190));
    CHECK(tempo.kind == Kind::hard);
    CHECK(tempo.why == "average HR 152 is 80% of max 190 over 55 min (hard from 80% held 40 min)");
    Workout race_pace_long = classify_one(export_run("Morning Run", 140, 153, 171), with_max_hr(190));
    CHECK(race_pace_long.kind == Kind::hard);
    CHECK(race_pace_long.long_run);
    // Too short to tell a tempo from a steady run; 78 % is easy running, however long.
    CHECK(classify_one(export_run("Morning Run", 35, 153, 165), with_max_hr(190)).kind == Kind::easy);
    CHECK(classify_one(export_run("Morning Run", 150, 148, 160), with_max_hr(190)).kind == Kind::long_run);
}

TEST_CASE("Aerobic TE does not make a long run hard: it builds with duration as well as intensity") {
    Workout long_easy = export_run("Sunday Running", 150);
    long_easy.signals.aerobic_te = 4.2;
    CHECK(classify_one(long_easy, Settings{}).kind == Kind::long_run);
    Workout short_hard = export_run("Sunday Running", 60);
    short_hard.signals.aerobic_te = 4.2;
    CHECK(classify_one(short_hard, Settings{}).kind == Kind::hard);
}

TEST_CASE("a run named after a race event and run at race effort is a race, without any race flag") {
    Settings s = with_max_hr(190);
    Workout half = classify_one(export_run("NYC Half", 90, 168, 184), s);
    CHECK(half.kind == Kind::race);
    CHECK(half.why ==
          "average HR 168 is 88% of max 190 (hard from 85%); title names a race (\"half\") run at race effort");
    CHECK(classify_one(export_run("Rose Run 10K", 45, 172, 186), s).kind == Kind::race);
    CHECK(classify_one(export_run("Bushy parkrun", 20, 170, 183), s).kind == Kind::race);
    Workout marathon = classify_one(export_run("New Jersey Marathon", 190, 163, 182), s);
    CHECK(marathon.kind == Kind::race);
    CHECK(marathon.long_run);
    // Not races: an easy 10k, paces and practice, intervals at race pace, a hard run without race effort.
    CHECK(classify_one(export_run("Easy 10k", 60, 140, 150), s).kind == Kind::easy);
    CHECK(classify_one(export_run("Half marathon pace 3x2 mi", 60, 165, 180), s).kind == Kind::hard);
    CHECK(classify_one(export_run("10k effort tempo", 50, 165, 180), s).kind == Kind::hard);
    CHECK(classify_one(export_run("Tempo 8K", 40, 165, 180), s).kind == Kind::hard);
    CHECK(classify_one(export_run("Long run, last 8K at HM pace", 120, 165, 180), s).kind == Kind::hard);
    CHECK(classify_one(export_run("6x800 @ 5K", 50, 166, 184), s).kind == Kind::hard);
    CHECK(classify_one(export_run("Marathon training run", 60, 150, 178), s).kind == Kind::hard); // average 79 %
    // The runner's own rating decides race effort when there is one.
    Workout rated = export_run("Club 5K", 20, 168, 184);
    rated.signals.rpe = 6;
    CHECK(classify_one(rated, s).kind == Kind::easy);
    rated.signals.rpe = 9;
    CHECK(classify_one(rated, s).kind == Kind::race);
}

TEST_CASE("a classification that is not explained is the same classification, without its words") {
    int hard = 0, long_runs = 0;
    for (std::uint32_t seed = 1; seed <= 40; ++seed) {
        testing::GeneratedLog g = testing::generate_log(seed);
        std::vector<Workout> unexplained = g.log.workouts;
        classify_workouts(unexplained, g.rules.settings, std::nullopt, Explain::no);
        REQUIRE(unexplained.size() == g.log.workouts.size());
        for (std::size_t i = 0; i < unexplained.size(); ++i) {
            const Workout &quiet = unexplained[i], &said = g.log.workouts[i];
            INFO("seed " << seed << ", workout " << i << ": " << said.why);
            CHECK(quiet.why.empty());
            CHECK_FALSE(said.why.empty());
            CHECK(quiet.kind == said.kind);
            CHECK(quiet.long_run == said.long_run);
            CHECK(quiet.very_hard == said.very_hard);
            CHECK(quiet.effort == said.effort);
            CHECK(quiet.load == said.load);
            hard += said.kind == Kind::hard;
            long_runs += said.kind == Kind::long_run;
        }
    }
    CHECK(hard > 50); // the logs reached the signals that take words
    CHECK(long_runs > 50);
}
