#include "log/test_support.hpp"
#include "recover/log/log.hpp"

#include "log/format.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <fstream>
#include <iterator>

using namespace recover;
using namespace date::literals;

namespace {

const date::local_days today{2026_y / 6 / 1};
const LogOptions options{today, InputFormat::automatic, nullptr, DistanceUnit::mi}; // the unit must not matter

const std::string header = "\"Title\",\"WorkoutType\",\"WorkoutDescription\",\"PlannedDuration\","
                           "\"PlannedDistanceInMeters\",\"WorkoutDay\",\"DistanceInMeters\",\"AthleteComments\","
                           "\"TimeTotalInHours\",\"HeartRateAverage\",\"HeartRateMax\",\"TSS\",\"HRZone4Minutes\","
                           "\"HRZone5Minutes\",\"HRZone6Minutes\",\"Rpe\"\r\n";

TrainingLog read(std::string_view text, const LogOptions& with = options) {
    return read_log(text, "workouts.csv", with);
}

std::string error_of(std::string_view text, const LogOptions& with = options) {
    return testing::log_error(text, "workouts.csv", with);
}

} // namespace

using testing::fixture;

TEST_CASE("trainingpeaks: detected by Title, WorkoutType and WorkoutDay, and not confused with the other formats") {
    auto detects = [](std::string_view header_row) {
        return formats::is_trainingpeaks(read_csv_table(std::string(header_row) + "\r\n", "workouts.csv"));
    };
    CHECK(detects("\"Title\",\"WorkoutType\",\"WorkoutDescription\",\"PlannedDuration\",\"WorkoutDay\""));
    CHECK(detects("WorkoutDay,Title,WorkoutType"));
    CHECK_FALSE(detects("date,type,title,duration,distance,rpe,niggle,notes"));
    CHECK_FALSE(detects("Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance"));
    CHECK_FALSE(detects("Activity Type,Date,Favorite,Title,Distance"));
    CHECK_FALSE(detects("id,start_date_local,name,type"));
}

TEST_CASE("trainingpeaks: a real export, CRLF and every field quoted, with Day Off and planned rows") {
    const std::string text = fixture("trainingpeaks/workouts.csv");
    REQUIRE(text.find("\"\r\n\"") != std::string::npos); // the fixture keeps TrainingPeaks' CRLF
    TrainingLog log = read(text);
    REQUIRE(log.workouts.size() == 10); // 12 rows less two Day Off

    const Workout& easy = log.workouts[0];
    CHECK(easy.where.line == 2);
    CHECK(easy.date == date::local_days{2026_y / 5 / 4});
    CHECK_FALSE(easy.start);
    CHECK(easy.sport == Sport::run);
    CHECK(easy.title == "Easy run");
    CHECK(easy.notes == "40' Z2");
    CHECK(easy.minutes == doctest::Approx(0.68194444444444 * 60));
    CHECK(*easy.distance_km == doctest::Approx(8.1203));
    CHECK(*easy.signals.avg_hr == 140);
    CHECK(*easy.signals.max_hr == 151);
    CHECK(*easy.signals.service_load == doctest::Approx(38.4));
    CHECK(*easy.signals.hard_zone_minutes == 0);
    CHECK_FALSE(easy.signals.rpe);
    CHECK_FALSE(easy.planned);

    const Workout& track = log.workouts[1];
    CHECK(track.where.line == 4); // line 3 is a Day Off
    CHECK(track.title == "Track 5x1k");
    CHECK(track.notes == "WU 15'\n5x1k @ 10k pace, 2' jog\nCD 10'\n\nLeft calf tight after rep 4");
    CHECK(track.minutes == doctest::Approx(65.15));
    CHECK(*track.distance_km == doctest::Approx(11.875));
    CHECK(*track.signals.rpe == 8);
    CHECK(*track.signals.hard_zone_minutes == doctest::Approx(10.9 + 6.0));
    CHECK(*track.signals.service_load == doctest::Approx(88.7));

    const Workout& swim = log.workouts[2];
    CHECK(swim.where.line == 7); // the description above spans three lines
    CHECK(swim.sport == Sport::swim);
    CHECK(*swim.distance_km == doctest::Approx(2.1));

    const Workout& missed = log.workouts[3];
    CHECK(missed.title == "Recovery run");
    CHECK(missed.date == date::local_days{2026_y / 5 / 8});
    CHECK(missed.planned); // before today, but never done
    CHECK(missed.minutes == doctest::Approx(30));
    CHECK(*missed.distance_km == doctest::Approx(5.5));

    CHECK(log.workouts[5].sport == Sport::ride);
    CHECK(log.workouts[5].minutes == doctest::Approx(91.2));

    const Workout& gym = log.workouts[6];
    CHECK(gym.sport == Sport::strength);
    CHECK(gym.minutes == doctest::Approx(42));
    CHECK_FALSE(gym.distance_km);
    CHECK_FALSE(gym.planned);

    const Workout& race = log.workouts[7];
    CHECK(race.title == "Spring 10K");
    CHECK(race.signals.stated_kind == Kind::race);
    CHECK(race.signals.stated_by == "TrainingPeaks workout type Race");
    CHECK(*race.signals.rpe == 9);
    CHECK(*race.signals.hard_zone_minutes == doctest::Approx(37.2));
    CHECK(*race.distance_km == doctest::Approx(10.04));
    CHECK(race.sport == Sport::run); // a Race entry at 4:08 per km: a road race

    const Workout& threshold = log.workouts[8];
    CHECK(threshold.date == date::local_days{2026_y / 6 / 3});
    CHECK(threshold.planned);
    CHECK(threshold.minutes == doctest::Approx(60));
    CHECK(*threshold.distance_km == doctest::Approx(12));
    CHECK_FALSE(threshold.signals.service_load);
    CHECK_FALSE(threshold.signals.hard_zone_minutes);

    CHECK(log.workouts[9].planned);
    CHECK(log.workouts[9].minutes == doctest::Approx(120));
}

TEST_CASE(
    "trainingpeaks: decimal hours and metres; a row without actual time or distance is planned, whatever its date") {
    TrainingLog log = read(
        header +
        "\"Done\",\"Run\",\"\",\"1.0\",\"10000\",\"2026-05-02\",\"10520.5\",\"\",\"1.125\",\"\",\"\",\"\",\"\",\"\","
        "\"\",\"\"\r\n"
        "\"Missed\",\"Run\",\"\",\"0.75\",\"8000\",\"2026-05-03\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\"\r\n"
        "\"Ahead\",\"Bike\",\"\",\"1.5\",\"\",\"2026-06-05\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\"\r\n"
        "\"Distance "
        "only\",\"Walk\",\"\",\"\",\"\",\"2026-05-04\",\"4000\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\"\r\n"
        "\"Nothing\",\"Other\",\"\",\"\",\"\",\"2026-05-05\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\"\r\n");
    REQUIRE(log.workouts.size() == 5);
    const Workout& done = log.workouts[0];
    CHECK_FALSE(done.planned);
    CHECK(done.minutes == doctest::Approx(67.5)); // the actual time, not the planned hour
    CHECK(*done.distance_km == doctest::Approx(10.5205));

    const Workout& missed = log.workouts[1];
    CHECK(missed.planned);
    CHECK(missed.minutes == doctest::Approx(45));
    CHECK(*missed.distance_km == doctest::Approx(8));

    const Workout& walk = log.workouts[2];
    CHECK(walk.title == "Distance only");
    CHECK_FALSE(walk.planned);
    CHECK(walk.sport == Sport::walk);
    CHECK(walk.minutes == 0);
    CHECK(*walk.distance_km == doctest::Approx(4));

    const Workout& nothing = log.workouts[3];
    CHECK(nothing.planned);
    CHECK(nothing.sport == Sport::other);
    CHECK(nothing.minutes == 0);
    CHECK_FALSE(nothing.distance_km);

    const Workout& ahead = log.workouts[4];
    CHECK(ahead.planned);
    CHECK(ahead.sport == Sport::ride);
    CHECK(ahead.minutes == doctest::Approx(90));
    CHECK_FALSE(ahead.distance_km);
}

TEST_CASE("trainingpeaks: Day Off rows are not workouts") {
    TrainingLog log = read("Title,WorkoutType,WorkoutDay,TimeTotalInHours\r\n"
                           "Rest,Day Off,2026-05-02,\r\n"
                           "Rest,day off,2026-05-03,\r\n"
                           "Easy,Run,2026-05-04,0.5\r\n");
    REQUIRE(log.workouts.size() == 1);
    CHECK(log.workouts[0].title == "Easy");
    CHECK(log.workouts[0].where.line == 4);
}

TEST_CASE("trainingpeaks: TSS, Rpe, heart rate, zone 4+ minutes and notes from description and athlete comments") {
    TrainingLog log = read(header + "\"Hills\",\"Run\",\"8x60s hill\",\"\",\"\",\"2026-05-02\",\"9000\",\"Calf "
                                    "ok\",\"0.9\",\"155\",\"181\",\"72.4\",\"6.5\",\"4.25\",\"\",\"7\"\r\n"
                                    "\"Spin\",\"Bike\",\"\",\"\",\"\",\"2026-05-03\",\"\",\"Legs "
                                    "heavy\",\"1\",\"\",\"\",\"\",\"\",\"\",\"\",\"\"\r\n");
    const Workout& hills = log.workouts[0];
    CHECK(*hills.signals.service_load == doctest::Approx(72.4));
    CHECK(*hills.signals.rpe == 7);
    CHECK(*hills.signals.avg_hr == 155);
    CHECK(*hills.signals.max_hr == 181);
    CHECK(*hills.signals.hard_zone_minutes == doctest::Approx(10.75));
    CHECK(hills.notes == "8x60s hill\n\nCalf ok");
    CHECK_FALSE(hills.signals.stated_kind);

    const Workout& spin = log.workouts[1];
    CHECK(spin.notes == "Legs heavy");
    CHECK_FALSE(spin.signals.service_load);
    CHECK_FALSE(spin.signals.rpe);
    CHECK_FALSE(spin.signals.hard_zone_minutes);
}

TEST_CASE("trainingpeaks: workout types map to sports, by name and in any case") {
    auto sport = [](std::string_view type) {
        return read("Title,WorkoutType,WorkoutDay,TimeTotalInHours\r\nx," + std::string(type) + ",2026-05-02,1\r\n")
            .workouts[0]
            .sport;
    };
    CHECK(sport("Run") == Sport::run);
    CHECK(sport("Bike") == Sport::ride);
    CHECK(sport("Mountain Bike") == Sport::ride);
    CHECK(sport("swim") == Sport::swim);
    CHECK(sport("Strength") == Sport::strength);
    CHECK(sport("Walk") == Sport::walk);
    CHECK(sport("Race") == Sport::other); // no distance: no telling which sport
    CHECK(sport("Brick") == Sport::other);
    CHECK(sport("XC-Ski") == Sport::other);
}

TEST_CASE("trainingpeaks: a Race entry is a run when its pace is a runner's and its title names no other sport") {
    auto race = [](std::string_view title, std::string_view metres, std::string_view hours,
                   std::string_view planned_metres = "", std::string_view planned_hours = "",
                   std::string_view day = "2026-05-02") {
        return read(fmt::format("Title,WorkoutType,WorkoutDay,DistanceInMeters,TimeTotalInHours,"
                                "PlannedDistanceInMeters,PlannedDuration\r\n"
                                "\"{}\",Race,{},{},{},{},{}\r\n",
                                title, day, metres, hours, planned_metres, planned_hours))
            .workouts.at(0);
    };
    CHECK(race("Spring 10K", "10040", ".69194444444444").sport == Sport::run);   // 4:08 per km
    CHECK(race("Trail 50K", "50210", "6.5").sport == Sport::run);                // 7:46 per km
    CHECK(race("Sprint tri", "25750", "1.35").sport == Sport::other);            // the title names another sport
    CHECK(race("Gran Fondo", "120000", "4.1").sport == Sport::other);            // 8.1 m/s: a ride
    CHECK(race("Open water 3.8k", "3800", "1.2").sport == Sport::other);         // 0.9 m/s: a swim
    Workout ahead = race("City Marathon", "", "", "42195", "3.2", "2026-10-04"); // planned: the plan's pace
    CHECK(ahead.planned);
    CHECK(ahead.sport == Sport::run);
    CHECK(ahead.signals.stated_kind == Kind::race);
}

TEST_CASE("trainingpeaks: malformed values are errors at the offending cell") {
    CHECK(error_of("Title,WorkoutType,WorkoutDay,TimeTotalInHours\r\nx,Run,05/02/2026,1\r\n") ==
          "workouts.csv:2:7: cannot read WorkoutDay \"05/02/2026\" (expected YYYY-MM-DD)");
    CHECK(error_of("Title,WorkoutType,WorkoutDay,TimeTotalInHours\r\nx,Run,2026-05-02,1:30:00\r\n") ==
          "workouts.csv:2:18: cannot read TimeTotalInHours \"1:30:00\" (expected decimal hours like 1.25)");
    CHECK(error_of("Title,WorkoutType,WorkoutDay,PlannedDuration\r\nx,Run,2026-06-02,an hour\r\n") ==
          "workouts.csv:2:18: cannot read PlannedDuration \"an hour\" (expected decimal hours like 1.25)");
    CHECK(error_of("Title,WorkoutType,WorkoutDay,Rpe\r\nx,Run,2026-05-02,0\r\n") ==
          "workouts.csv:2:18: cannot read Rpe \"0\" (expected a number from 1 to 10)");
    CHECK(error_of("Title,WorkoutType,WorkoutDay,DistanceInMeters\r\nx,Run,2026-05-02,10 km\r\n") ==
          "workouts.csv:2:18: cannot read DistanceInMeters \"10 km\" (expected metres like 10020.5)");
    CHECK(error_of("Title,WorkoutType,WorkoutDay,HRZone7Minutes\r\nx,Run,2026-05-02,x\r\n") ==
          "workouts.csv:2:18: cannot read HRZone7Minutes \"x\" (expected minutes like 12.5)");
}

TEST_CASE("trainingpeaks: a missing WorkoutDay column is an error at the header") {
    const LogOptions as_trainingpeaks{today, InputFormat::trainingpeaks};
    CHECK(error_of("Title,WorkoutType\r\nx,Run\r\n", as_trainingpeaks) ==
          "workouts.csv:1:1: no \"WorkoutDay\" column (a TrainingPeaks workout summary has Title, WorkoutType, "
          "WorkoutDay, ...)");
}

TEST_CASE("trainingpeaks: --skip-bad-rows skips a malformed row and keeps the rest") {
    const LogOptions skipping{today, InputFormat::automatic, nullptr, DistanceUnit::km, true};
    TrainingLog log = read("Title,WorkoutType,WorkoutDay,TSS\r\n"
                           "Good,Run,2026-05-02,40\r\n"
                           "Bad,Run,2026-05-03,lots\r\n",
                           skipping);
    REQUIRE(log.workouts.size() == 1);
    CHECK(log.workouts[0].title == "Good");
    REQUIRE(log.skipped.size() == 1);
    CHECK(log.skipped[0].message() ==
          "workouts.csv:3:20: cannot read TSS \"lots\" (expected a training stress score like 85.3)");
}
