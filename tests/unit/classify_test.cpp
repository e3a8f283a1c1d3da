#include "recover/classify.hpp"
#include "recover/log.hpp"

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
    CHECK(w.load == 350); // Foster: session RPE × minutes
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
    CHECK(classify_one(export_run("Race pace miles", 50), Settings{}).kind == Kind::easy);
    Workout long_title = classify_one(export_run("Long run", 80), Settings{});
    CHECK(long_title.kind == Kind::long_run);
    CHECK(long_title.why == "title says long run");
}

TEST_CASE("effort without an RPE follows the heart-rate zone") {
    CHECK(classify_one(export_run("Run", 40, 175, 180), with_max_hr(190)).effort == 8); // 92 %
    CHECK(classify_one(export_run("Run", 40, 120, 130), with_max_hr(190)).effort == 2); // 63 %
}
