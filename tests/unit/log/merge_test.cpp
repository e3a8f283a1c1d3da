// Several logs as one history (log/merge): the same workout recorded twice counts once.

#include "recover/log/log.hpp"
#include "recover/log/merge.hpp"

#include <doctest/doctest.h>

using namespace recover;

namespace {

const LogOptions options{date::local_days{date::year{2026} / 7 / 1}};

TrainingLog native(std::string_view rows) {
    return read_log("date,type,title,duration,distance,rpe,niggle,notes\n" + std::string(rows), "mine.csv", options);
}

} // namespace

TEST_CASE("merge: one workout in two logs counts once, the richer record kept") {
    TrainingLog service = native("2026-05-12 19:08,run,6x800,52,10.2,,,\n2026-05-13,run,Morning Run,45,7.6,,,\n");
    TrainingLog mine = native("2026-05-12 19:15,intervals,Track 6x800,52,10.2,8,,felt good\n"
                              "2026-05-13,easy,Easy,48,7.6,3,left calf:2,\n"
                              "2026-05-14,massage,Sports massage,60,,,,\n");
    std::vector<TrainingLog> logs;
    logs.push_back(std::move(service));
    logs.push_back(std::move(mine));
    TrainingLog merged = merge_logs(std::move(logs));
    REQUIRE(merged.workouts.size() == 3);
    CHECK(merged.workouts[0].title == "Track 6x800"); // starts 7 minutes apart; the native row says more (rpe, notes, type)
    CHECK(merged.workouts[1].title == "Easy");        // no start: durations 45 and 48 within 10 %
    CHECK(merged.workouts[2].received == Received::massage);
    REQUIRE(merged.niggles.size() == 1);
    CHECK(merged.niggles[0].niggle.area == "left calf");
}

TEST_CASE("merge: what is not the same workout") {
    Workout a;
    a.date = date::local_days{date::year{2026} / 5 / 12};
    a.sport = Sport::run;
    a.minutes = 50;
    a.start = std::chrono::minutes{18 * 60};
    Workout b = a;
    b.start = std::chrono::minutes{18 * 60 + same_start_minutes};
    CHECK(same_workout(a, b));
    b.start = std::chrono::minutes{18 * 60 + same_start_minutes + 1};
    CHECK_FALSE(same_workout(a, b)); // a double day: morning and evening runs
    b = a;
    b.sport = Sport::ride;
    CHECK_FALSE(same_workout(a, b));
    b = a;
    b.date += date::days{1};
    CHECK_FALSE(same_workout(a, b));
    b = a;
    b.start.reset();
    b.minutes = 56;
    CHECK_FALSE(same_workout(a, b)); // 56 against 50 minutes: more than 10 % apart
    b.minutes = 54;
    CHECK(same_workout(a, b));
    b.kind = Kind::treatment;
    b.received = Received::massage;
    CHECK_FALSE(same_workout(a, b));
}

TEST_CASE("merge: richness counts what a record says") {
    Workout bare;
    CHECK(richness(bare) == 0);
    Workout told = bare;
    told.minutes = 45;
    told.title = "Easy";
    told.signals.rpe = 3;
    CHECK(richness(told) == 3);
}
