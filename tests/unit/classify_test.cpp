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
