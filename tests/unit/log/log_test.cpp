#include "log/test_support.hpp"
#include "recover/log/log.hpp"

#include <doctest/doctest.h>

using namespace recover;
using namespace date::literals;

namespace {
const LogOptions options{date::local_days{2026_y / 6 / 1}, InputFormat::automatic};
} // namespace

TEST_CASE("rows after today are planned; rest rows keep only their niggles; rows come back in date order") {
    TrainingLog log = read_log("date,type,niggle\n2026-06-02,race,\n2026-05-30,rest,hamstring:2\n2026-05-29,easy,\n", "log.csv", options);
    REQUIRE(log.workouts.size() == 2);
    CHECK(log.workouts[0].date == date::local_days{2026_y / 5 / 29});
    CHECK(log.workouts[1].planned);
    REQUIRE(log.niggles.size() == 1);
    CHECK(log.niggles[0].niggle.area == "hamstring");
}

TEST_CASE("a header no format knows is an error at the header") {
    CHECK(testing::log_error("when,what\n2026-03-01,run\n", "log.csv", options) ==
          "log.csv:1:1: cannot tell the log's format from its header (a native log needs a \"date\" column); see recover(1) "
          "for the formats read");
}

TEST_CASE("workouts of one day come back in the order of their start, those without one first") {
    TrainingLog log = read_log("date,title\n2026-03-01 18:00,evening\n2026-03-01 06:30,morning\n2026-03-01,some time\n",
                               "log.csv", options);
    REQUIRE(log.workouts.size() == 3);
    CHECK(log.workouts[0].title == "some time");
    CHECK(log.workouts[1].title == "morning");
    CHECK(log.workouts[2].title == "evening");
}

TEST_CASE("formats by name; a forced format reads the header as that format") {
    CHECK(to_string(InputFormat::automatic) == "auto");
    CHECK(to_string(InputFormat::trainingpeaks) == "trainingpeaks");
    CHECK(parse_input_format("garmin") == InputFormat::garmin);
    CHECK(parse_input_format("auto") == InputFormat::automatic);
    CHECK_FALSE(parse_input_format("Garmin"));
    LogOptions forced = options;
    forced.format = InputFormat::intervals;
    CHECK(testing::log_error("date,type\n2026-03-01,easy\n", "log.csv", forced) ==
          "log.csv:1:1: no \"start_date_local\" column (an intervals.icu activities CSV has id, start_date_local, type, "
          "...)");
}
