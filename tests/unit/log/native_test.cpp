// The native format (recover(1) FORMATS): read through read_log, as recover reads it.

#include "log/test_support.hpp"
#include "recover/log/log.hpp"

#include <doctest/doctest.h>

using namespace recover;
using namespace date::literals;

namespace {
const LogOptions options{date::local_days{2026_y / 6 / 1}, InputFormat::automatic};
std::string error_of(std::string_view text) { return testing::log_error(text, "log.csv", options); }
} // namespace

TEST_CASE("the native format: every column, any order, any case") {
    TrainingLog log = read_log("Title,DATE,type,duration,distance,rpe,niggle,notes\n"
                               "\"Hills, 8x60s\",2026-03-05 18:30,hills,1:02:30,10.5,7,left achilles:3; calf,\"felt \"\"ok\"\"\"\n"
                               "Long,2026-03-07,long,95,6.2mi,,,\n",
                               "log.csv", options);
    REQUIRE(log.workouts.size() == 2);
    const Workout& hills = log.workouts[0];
    CHECK(hills.date == date::local_days{2026_y / 3 / 5});
    CHECK(hills.start == std::chrono::minutes{18 * 60 + 30});
    CHECK(hills.title == "Hills, 8x60s");
    CHECK(hills.sport == Sport::run);
    CHECK(hills.signals.stated_kind == Kind::hard);
    CHECK(hills.signals.stated_by == "type hills");
    CHECK(hills.minutes == doctest::Approx(62.5));
    CHECK(*hills.distance_km == doctest::Approx(10.5));
    CHECK(*hills.signals.rpe == 7);
    CHECK(hills.notes == "felt \"ok\"");
    CHECK(hills.where.line == 2);
    CHECK_FALSE(hills.planned);

    const Workout& long_run = log.workouts[1];
    CHECK(*long_run.distance_km == doctest::Approx(9.978));
    CHECK_FALSE(long_run.signals.rpe);
    CHECK_FALSE(long_run.start);

    REQUIRE(log.niggles.size() == 2);
    CHECK(log.niggles[0].niggle.area == "left achilles");
    CHECK(log.niggles[0].niggle.severity == 3);
    CHECK(log.niggles[1].niggle.area == "calf");
    CHECK_FALSE(log.niggles[1].niggle.severity);
}

TEST_CASE("durations in minutes, mm:ss and h:mm:ss") {
    auto minutes = [](std::string_view d) {
        return read_log(std::string("date,duration\n2026-03-01,") + std::string(d) + "\n", "log.csv", options).workouts[0].minutes;
    };
    CHECK(minutes("45") == 45);
    CHECK(minutes("45.5") == 45.5);
    CHECK(minutes("42:30") == 42.5);
    CHECK(minutes("1:32:00") == 92);
}

TEST_CASE("treatments received are recorded as such") {
    TrainingLog log = read_log("date,type,duration\n2026-03-20,massage,60\n2026-03-21,ART,30\n", "log.csv", options);
    CHECK(log.workouts[0].received == Received::massage);
    CHECK(log.workouts[1].received == Received::art);
    CHECK(log.workouts[1].signals.stated_kind == Kind::treatment);
}

TEST_CASE("malformed rows are errors at the offending cell") {
    CHECK(error_of("date,type\n2026-13-01,easy\n") ==
          "log.csv:2:1: cannot read date \"2026-13-01\" (expected YYYY-MM-DD or YYYY-MM-DD HH:MM)");
    CHECK(error_of("date,type\n2026-03-01,swimm\n") ==
          "log.csv:2:12: unknown type \"swimm\"; did you mean \"swim\"? (known: run, easy, recovery, long, race, intervals, "
          "tempo, threshold, hills, track, fartlek, ride, swim, strength, walk, cross, massage, art, physio, rest)");
    CHECK(error_of("date,duration\n2026-03-01,1:75:00\n") ==
          "log.csv:2:12: cannot read duration \"1:75:00\" (expected minutes like 45, or h:mm:ss)");
    CHECK(error_of("date,distance\n2026-03-01,ten\n") ==
          "log.csv:2:12: cannot read distance \"ten\" (expected kilometres like 10.5, or 6.2mi)");
    CHECK(error_of("date,rpe\n2026-03-01,11\n") == "log.csv:2:12: cannot read rpe \"11\" (expected a number from 0 to 10)");
    CHECK(error_of("date,niggle\n2026-03-01,calf:x\n") ==
          "log.csv:2:12: cannot read niggle \"calf:x\" (expected area:severity with a severity from 0 to 10)");
    CHECK(error_of("date,title\n2026-03-01,Hills,8x60\n") ==
          "log.csv:2:18: row has 3 fields but the header has 2 (quote text that contains commas)");
}

TEST_CASE("the native format: empty cells are no values, and the exports' missing markers are not") {
    TrainingLog log = read_log("date,type,duration,distance,rpe\n2026-03-05,,,,\n", "log.csv", options);
    REQUIRE(log.workouts.size() == 1);
    CHECK(log.workouts[0].sport == Sport::run); // a log without types is a log of runs
    CHECK_FALSE(log.workouts[0].signals.stated_kind);
    CHECK(log.workouts[0].minutes == 0);
    CHECK_FALSE(log.workouts[0].distance_km);
    CHECK_FALSE(log.workouts[0].signals.rpe);
    CHECK(error_of("date,duration\n2026-03-05,--\n") ==
          "log.csv:2:12: cannot read duration \"--\" (expected minutes like 45, or h:mm:ss)");
}

TEST_CASE("a row short of fields and a column named twice are errors, located") {
    CHECK(error_of("date,type,duration\n2026-03-01,easy\n") ==
          "log.csv:2:12: row has 2 fields but the header has 3 (write a missing value as an empty field)");
    CHECK(error_of("date,type,date\n2026-03-01,easy,2026-03-02\n") ==
          "log.csv:1:11: a second \"date\" column (a native log names each column once)");
}

TEST_CASE("durations and distances past the limits are out of range, never infinite") {
    CHECK(error_of("date,duration\n2026-03-01,1e308\n") ==
          "log.csv:2:12: duration \"1e308\" is out of range (at most 7 days)");
    CHECK(error_of("date,duration\n2026-03-01,10081\n") ==
          "log.csv:2:12: duration \"10081\" is out of range (at most 7 days)");
    CHECK(error_of("date,distance\n2026-03-01,1e308\n") ==
          "log.csv:2:12: distance \"1e308\" is out of range (at most 1,000 km)");
    CHECK(error_of("date,distance\n2026-03-01,700mi\n") ==
          "log.csv:2:12: distance \"700mi\" is out of range (at most 1,000 km)");
    CHECK(error_of("date,duration\n2026-03-01,inf\n") ==
          "log.csv:2:12: cannot read duration \"inf\" (expected minutes like 45, or h:mm:ss)");
    CHECK(read_log("date,duration,distance\n2026-03-01,10080,1000\n", "log.csv", options).workouts.size() == 1);
}

TEST_CASE("dates outside 1900-01-01 to 2200-12-31 are out of range at the cell") {
    CHECK(error_of("date,duration\n0000-01-01,30\n") ==
          "log.csv:2:1: date \"0000-01-01\" is out of range (expected a date from 1900-01-01 to 2200-12-31)");
    CHECK(error_of("type,date\neasy,2201-01-01 07:00\n") ==
          "log.csv:2:6: date \"2201-01-01 07:00\" is out of range (expected a date from 1900-01-01 to 2200-12-31)");
}
