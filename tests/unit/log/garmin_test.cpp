#include "log/test_support.hpp"
#include "recover/log/log.hpp"

#include "log/format.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <iterator>

using namespace recover;
using namespace date::literals;

namespace {

const date::local_days today{2026_y / 6 / 1};
const LogOptions miles{today, InputFormat::automatic, nullptr, DistanceUnit::mi};
const LogOptions kilometres{today, InputFormat::automatic, nullptr, DistanceUnit::km};

const std::string header = "Activity Type,Date,Favorite,Title,Distance,Calories,Time,Avg HR,Max HR,Aerobic TE\n";

TrainingLog read(std::string_view text, const LogOptions& options = miles) {
    return read_log(text, "Activities.csv", options);
}

std::string error_of(std::string_view text, const LogOptions& options = miles) {
    return testing::log_error(text, "Activities.csv", options);
}

} // namespace

using testing::fixture;

TEST_CASE("garmin: detected by Activity Type, Date and Title, and not confused with the other formats") {
    auto detects = [](std::string_view header_row) {
        return formats::is_garmin(read_csv_table(std::string(header_row) + "\n", "Activities.csv"));
    };
    CHECK(detects("Activity Type,Date,Favorite,Title,Distance,Calories,Time,Avg HR,Max HR,Aerobic TE"));
    CHECK(detects("Title,Date,Activity Type")); // by name, not by position
    CHECK_FALSE(detects("date,type,title,duration,distance,rpe,niggle,notes"));
    CHECK_FALSE(detects("Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time"));
    CHECK_FALSE(detects("Activity ID,Activity Type,Date,Title")); // Strava's ID says it is not Garmin's
}

TEST_CASE("garmin: a real export, newest first, comes back in date order with every field") {
    TrainingLog log = read(fixture("garmin/Activities.csv"));
    REQUIRE(log.workouts.size() == 13);
    CHECK(log.workouts.front().date == date::local_days{2026_y / 5 / 11});
    CHECK(log.workouts.back().date == date::local_days{2026_y / 5 / 31});
    for (const Workout& w : log.workouts)
        CHECK_FALSE(w.planned);

    const Workout& yoga = log.workouts[0];
    CHECK(yoga.where.line == 14);
    CHECK(yoga.sport == Sport::strength);
    CHECK(yoga.minutes == doctest::Approx(30)); // Moving Time `--`: Time instead
    CHECK_FALSE(yoga.distance_km);              // `--`
    CHECK(*yoga.signals.aerobic_te == 0);

    const Workout& recovery = log.workouts[2];
    CHECK(recovery.title == "Recovery Run");
    CHECK_FALSE(recovery.signals.avg_hr);
    CHECK_FALSE(recovery.signals.max_hr);
    CHECK_FALSE(recovery.signals.aerobic_te);

    const Workout& track = log.workouts[5];
    CHECK(track.title == "Track 6x800");
    CHECK(track.sport == Sport::run);
    CHECK(track.start == std::chrono::minutes{18 * 60 + 5});
    CHECK(*track.distance_km == doctest::Approx(7.2)); // "7,200" metres, whatever the unit
    CHECK(track.minutes == doctest::Approx(41.5));
    CHECK_FALSE(track.signals.service_load); // TSS 0.0: Garmin could not compute one

    const Workout& race = log.workouts[6];
    CHECK(race.title == "Rose Run 10K");
    CHECK(race.date == date::local_days{2026_y / 5 / 24});
    CHECK(*race.distance_km == doctest::Approx(6.23 * 1.609344));
    CHECK(race.minutes == doctest::Approx(44 + 49.0 / 60));
    CHECK(*race.signals.aerobic_te == doctest::Approx(5.0));
    CHECK(*race.signals.max_hr == 192);

    const Workout& strength = log.workouts[7];
    CHECK(strength.sport == Sport::strength);
    CHECK(strength.minutes == doctest::Approx(40.2));
    CHECK(*strength.distance_km == 0);

    const Workout& ride = log.workouts[9];
    CHECK(ride.sport == Sport::ride);
    CHECK(*ride.distance_km == doctest::Approx(24.85 * 1.609344));
    CHECK(*ride.signals.service_load == doctest::Approx(68.4));

    const Workout& intervals = log.workouts[10];
    CHECK(intervals.title == "Morning Run");
    CHECK(intervals.start == std::chrono::minutes{6 * 60 + 10});
    CHECK(*intervals.signals.avg_hr == 171);
    CHECK(*intervals.signals.max_hr == 189);
    CHECK(*intervals.signals.aerobic_te == doctest::Approx(4.8));
    CHECK(intervals.minutes == doctest::Approx(47 + 58.0 / 60));

    const Workout& swim = log.workouts[11];
    CHECK(swim.sport == Sport::swim);
    CHECK(*swim.distance_km == doctest::Approx(1.5)); // "1,500" metres
    CHECK(swim.minutes == doctest::Approx(32 + 10.4 / 60));

    const Workout& long_run = log.workouts[12];
    CHECK(long_run.where.file == "Activities.csv");
    CHECK(long_run.where.line == 2);
    CHECK(long_run.where.column == 1);
    CHECK(long_run.title == "Sunday Long Run");
    CHECK(*long_run.distance_km == doctest::Approx(14.02 * 1.609344));
    CHECK(long_run.minutes == doctest::Approx(125.55));
    CHECK(long_run.notes.empty());
}

TEST_CASE("garmin: Distance follows --units, except track runs and pool swims, which are in metres") {
    const std::string rows =
        header + "Running,2026-05-02 07:00:00,false,\"Run\",\"10.02\",\"700\",\"00:50:00\",--,--,--\n"
                 "Track Running,2026-05-03 18:00:00,false,\"Track\",\"1,600\",\"300\",\"00:20:00\",--,--,--\n"
                 "Pool Swim,2026-05-04 06:00:00,false,\"Swim\",\"1,500\",\"300\",\"00:30:00\",--,--,--\n"
                 "Lap Swimming,2026-05-05 06:00:00,false,\"Swim\",\"750\",\"150\",\"00:15:00\",--,--,--\n";
    TrainingLog in_miles = read(rows, miles);
    CHECK(*in_miles.workouts[0].distance_km == doctest::Approx(16.12562688));
    CHECK(*in_miles.workouts[1].distance_km == doctest::Approx(1.6));
    CHECK(*in_miles.workouts[2].distance_km == doctest::Approx(1.5));
    CHECK(*in_miles.workouts[3].distance_km == doctest::Approx(0.75));

    TrainingLog in_km = read(rows, kilometres);
    CHECK(*in_km.workouts[0].distance_km == doctest::Approx(10.02));
    CHECK(*in_km.workouts[1].distance_km == doctest::Approx(1.6));
    CHECK(*in_km.workouts[2].distance_km == doctest::Approx(1.5));
}

TEST_CASE("garmin: minutes from Moving Time when it has one, else from Time, hh:mm:ss or hh:mm:ss.s") {
    TrainingLog log = read("Activity Type,Date,Title,Time,Moving Time,Elapsed Time\n"
                           "Running,2026-05-02 07:00:00,Moving,01:02:03.6,00:58:30,01:05:00\n"
                           "Strength Training,2026-05-03 07:00:00,Zero,00:40:12,00:00:00,00:41:00\n"
                           "Yoga,2026-05-04 07:00:00,Dashes,00:30:00.5,--,--\n"
                           "Cardio,2026-05-05 07:00:00,Elapsed only,--,--,00:25:30\n"
                           "Running,2026-05-06 07:00:00,No time,--,--,--\n");
    CHECK(log.workouts[0].minutes == doctest::Approx(58.5));
    CHECK(log.workouts[1].minutes == doctest::Approx(40.2));
    CHECK(log.workouts[2].minutes == doctest::Approx(30 + 0.5 / 60));
    CHECK(log.workouts[3].minutes == doctest::Approx(25.5));
    CHECK(log.workouts[4].minutes == 0);

    TrainingLog time_only =
        read(header + "Running,2026-05-02 07:00:00,false,\"Run\",\"5.00\",\"400\",\"01:02:03.6\",--,--,--\n");
    CHECK(time_only.workouts[0].minutes == doctest::Approx(62.06));
}

TEST_CASE("garmin: activity types map to sports, by name and in any case") {
    auto sport = [](std::string_view type) {
        return read(header + std::string(type) + ",2026-05-02 07:00:00,false,\"x\",--,--,\"00:30:00\",--,--,--\n")
            .workouts[0]
            .sport;
    };
    CHECK(sport("Running") == Sport::run);
    CHECK(sport("Treadmill Running") == Sport::run);
    CHECK(sport("Trail Running") == Sport::run);
    CHECK(sport("Virtual Run") == Sport::run);
    CHECK(sport("running") == Sport::run);
    CHECK(sport("Cycling") == Sport::ride);
    CHECK(sport("Indoor Cycling") == Sport::ride);
    CHECK(sport("Mountain Biking") == Sport::ride);
    CHECK(sport("Virtual Cycling") == Sport::ride);
    CHECK(sport("Open Water Swimming") == Sport::swim);
    CHECK(sport("HIIT") == Sport::strength);
    CHECK(sport("Pilates") == Sport::strength);
    CHECK(sport("Hiking") == Sport::walk);
    CHECK(sport("Kayaking") == Sport::other);
}

TEST_CASE("garmin: heart rate, Aerobic TE and Training Stress Score; thousands separators and apostrophes") {
    TrainingLog log =
        read("Activity Type,Date,Title,Distance,Calories,Time,Avg HR,Max HR,Aerobic TE,Training Stress "
             "Score®,Min Elevation\n"
             "Track Running,2026-05-30 06:10:00,Morning Run,\"1,002.5\",\"1,234\",00:48:30,171,189,4.8,85.3,'-12\n"
             "Running,2026-06-02 06:10:00,Tomorrow,5.00,--,00:30:00,--,--,--,0.0,--\n",
             kilometres);
    const Workout& run = log.workouts[0];
    CHECK(*run.distance_km == doctest::Approx(1.0025)); // metres on the track, a thousands separator in them
    CHECK(*run.signals.avg_hr == 171);
    CHECK(*run.signals.max_hr == 189);
    CHECK(*run.signals.aerobic_te == doctest::Approx(4.8));
    CHECK(*run.signals.service_load == doctest::Approx(85.3));
    CHECK_FALSE(run.signals.rpe);
    CHECK_FALSE(run.planned);

    const Workout& planned = log.workouts[1];
    CHECK(planned.planned); // dated after today
    CHECK_FALSE(planned.signals.service_load);
    CHECK_FALSE(planned.signals.aerobic_te);
}

TEST_CASE("garmin: malformed values are errors at the offending cell") {
    CHECK(error_of(header + "Running,2026-06-31 07:00:00,false,\"Run\",\"5.00\",\"400\",\"00:30:00\",--,--,--\n") ==
          "Activities.csv:2:9: cannot read Date \"2026-06-31 07:00:00\" (expected YYYY-MM-DD HH:MM:SS)");
    CHECK(error_of(header + "Running,2026-05-31 07:00:00,false,\"Run\",\"5.00\",\"400\",\"00:75:00\",--,--,--\n") ==
          "Activities.csv:2:54: cannot read Time \"00:75:00\" (expected hh:mm:ss or hh:mm:ss.s)");
    CHECK(error_of(header + "Running,2026-05-31 07:00:00,false,\"Run\",\"five\",\"400\",\"00:30:00\",--,--,--\n") ==
          "Activities.csv:2:41: cannot read Distance \"five\" (expected miles like 6.21)");
    CHECK(error_of(header + "Running,2026-05-31 07:00:00,false,\"Run\",\"'-0.50\",\"400\",\"00:30:00\",--,--,--\n",
                   kilometres) ==
          "Activities.csv:2:41: cannot read Distance \"'-0.50\" (expected kilometres like 10.02)");
    CHECK(
        error_of(header + "Pool Swim,2026-05-31 07:00:00,false,\"Swim\",\"1.500.0\",\"400\",\"00:30:00\",--,--,--\n") ==
        "Activities.csv:2:44: cannot read Distance \"1.500.0\" (expected metres like \"1,600\")");
    CHECK(error_of(header + "Running,2026-05-31 07:00:00,false,\"Run\",\"5.00\",\"400\",\"00:30:00\",150,170,5.5\n") ==
          "Activities.csv:2:73: cannot read Aerobic TE \"5.5\" (expected a training effect from 0.0 to 5.0)");
    CHECK(error_of(header +
                   "Running,2026-05-31 07:00:00,false,\"Run\",\"5.00\",\"400\",\"00:30:00\",\"1,50\",170,3.0\n") ==
          "Activities.csv:2:65: cannot read Avg HR \"1,50\" (expected beats per minute like 148)");
}

TEST_CASE("garmin: a missing Date or Activity Type column is an error at the header") {
    const LogOptions as_garmin{today, InputFormat::garmin, nullptr, DistanceUnit::mi};
    CHECK(error_of("Activity Type,Title,Distance\nRunning,Run,5.00\n", as_garmin) ==
          "Activities.csv:1:1: no \"Date\" column (a Garmin Connect Activities.csv has Activity Type, Date and Title)");
    CHECK(error_of("Date,Title,Distance\n2026-05-31 07:00:00,Run,5.00\n", as_garmin) ==
          "Activities.csv:1:1: no \"Activity Type\" column (a Garmin Connect Activities.csv has Activity Type, Date "
          "and Title)");
}

TEST_CASE("garmin: --skip-bad-rows skips a malformed row and keeps the rest") {
    const LogOptions skipping{today, InputFormat::automatic, nullptr, DistanceUnit::mi, true};
    TrainingLog log =
        read(header + "Running,2026-05-30 07:00:00,false,\"Good\",\"5.00\",\"400\",\"00:30:00\",--,--,--\n"
                      "Running,yesterday,false,\"Bad\",\"5.00\",\"400\",\"00:30:00\",--,--,--\n",
             skipping);
    REQUIRE(log.workouts.size() == 1);
    CHECK(log.workouts[0].title == "Good");
    REQUIRE(log.skipped.size() == 1);
    CHECK(log.skipped[0].message() ==
          "Activities.csv:3:9: cannot read Date \"yesterday\" (expected YYYY-MM-DD HH:MM:SS)");
}
