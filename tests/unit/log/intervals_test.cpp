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
const LogOptions options{today, InputFormat::automatic, nullptr, DistanceUnit::mi}; // the unit must not matter

const std::string header = "id,start_date_local,name,type,moving_time,distance,elapsed_time,average_heartrate,"
                           "max_heartrate,icu_training_load,icu_rpe,race,hr_z4_secs,hr_z5_secs,hr_z6_secs,hr_z7_secs,"
                           "description\n";

TrainingLog read(std::string_view text, const LogOptions& with = options) {
    return read_log(text, "activities.csv", with);
}

std::string error_of(std::string_view text, const LogOptions& with = options) {
    return testing::log_error(text, "activities.csv", with);
}

} // namespace

using testing::fixture;

TEST_CASE("intervals.icu: detected by id and start_date_local, and not confused with the other formats") {
    auto detects = [](std::string_view header_row) {
        return formats::is_intervals(read_csv_table(std::string(header_row) + "\n", "activities.csv"));
    };
    CHECK(detects("id,start_date_local,name,type,moving_time,distance,elapsed_time"));
    CHECK(detects("name,start_date_local,id"));
    CHECK_FALSE(detects("date,type,title,duration,distance,rpe,niggle,notes"));
    CHECK_FALSE(detects("Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance"));
    CHECK_FALSE(detects("id,date,name,type,distance,elapsed_time")); // Strava's exports before mid-2019
    CHECK_FALSE(detects("Activity Type,Date,Favorite,Title,Distance"));
}

TEST_CASE("intervals.icu: a real export with every field") {
    TrainingLog log = read(fixture("intervals/activities.csv"));
    REQUIRE(log.workouts.size() == 10);
    for (const Workout& w : log.workouts)
        CHECK_FALSE(w.planned);

    const Workout& easy = log.workouts[0];
    CHECK(easy.where.line == 2);
    CHECK(easy.date == date::local_days{2026_y / 5 / 11});
    CHECK(easy.start == std::chrono::minutes{18 * 60 + 40});
    CHECK(easy.sport == Sport::run);
    CHECK(easy.title == "Easy Run");
    CHECK(easy.minutes == doctest::Approx(2710.0 / 60));
    CHECK(*easy.distance_km == doctest::Approx(7.5204));
    CHECK(*easy.signals.rpe == 3);
    CHECK(*easy.signals.service_load == 38);
    CHECK(*easy.signals.avg_hr == 141);
    CHECK(*easy.signals.max_hr == 153);
    CHECK(*easy.signals.hard_zone_minutes == 0);
    CHECK_FALSE(easy.signals.stated_kind);

    const Workout& gym = log.workouts[1];
    CHECK(gym.sport == Sport::strength);
    CHECK(gym.minutes == doctest::Approx(40));
    CHECK_FALSE(gym.distance_km);

    const Workout& intervals = log.workouts[2];
    CHECK(intervals.title == "Morning Run");
    CHECK(intervals.notes == "6x800 at 5k pace\n400 jog recoveries");
    CHECK_FALSE(intervals.signals.rpe);
    CHECK(*intervals.signals.max_hr == 186);
    CHECK(*intervals.signals.hard_zone_minutes == doctest::Approx((640 + 460 + 290) / 60.0));

    const Workout& ride = log.workouts[3];
    CHECK(ride.sport == Sport::ride);
    CHECK(ride.where.line == 6); // the description above spans two lines
    CHECK(*ride.distance_km == doctest::Approx(30.1205));

    const Workout& swim = log.workouts[6];
    CHECK(swim.sport == Sport::swim);
    CHECK(*swim.distance_km == doctest::Approx(2.0));
    CHECK(swim.minutes == doctest::Approx(36.5));
    CHECK_FALSE(swim.signals.avg_hr);
    CHECK_FALSE(swim.signals.hard_zone_minutes);

    CHECK(log.workouts[7].sport == Sport::run); // TrailRun
    CHECK(*log.workouts[7].signals.hard_zone_minutes == doctest::Approx(15));

    const Workout& race = log.workouts[8];
    CHECK(race.title == "Bay 10K");
    CHECK(race.date == date::local_days{2026_y / 5 / 24});
    CHECK(race.signals.stated_kind == Kind::race);
    CHECK(race.signals.stated_by == "intervals.icu race flag");
    CHECK(*race.signals.rpe == 9);
    CHECK(*race.distance_km == doctest::Approx(10.04));
    CHECK(race.minutes == doctest::Approx(2671.0 / 60));
    CHECK(*race.signals.hard_zone_minutes == doctest::Approx((910 + 1200 + 241) / 60.0));

    CHECK(log.workouts[9].sport == Sport::walk);
}

TEST_CASE("intervals.icu: metres and seconds; moving_time unless it has none, then elapsed_time") {
    TrainingLog log = read("id,start_date_local,type,moving_time,elapsed_time,distance\n"
                           "i1,2026-05-02T07:00:00,Run,2700,2900,10000\n"
                           "i2,2026-05-03T07:00:00,Run,0,1830,5000.5\n"
                           "i3,2026-05-04T07:00:00,Run,,600,\n"
                           "i4,2026-05-05T07:00,Run,,,\n");
    CHECK(log.workouts[0].minutes == doctest::Approx(45));
    CHECK(*log.workouts[0].distance_km == doctest::Approx(10));
    CHECK(log.workouts[1].minutes == doctest::Approx(30.5));
    CHECK(*log.workouts[1].distance_km == doctest::Approx(5.0005));
    CHECK(log.workouts[2].minutes == doctest::Approx(10));
    CHECK_FALSE(log.workouts[2].distance_km);
    CHECK(log.workouts[3].minutes == 0);
    CHECK(log.workouts[3].start == std::chrono::minutes{7 * 60});
}

TEST_CASE("intervals.icu: race flag, RPE, training load, heart rate and zone 4+ seconds") {
    TrainingLog log = read(header + "i1,2026-05-30T09:00:00,10K,Run,2600,10000,2600,176,191,98,9,TRUE,600,900,60,0,PB\n"
                                    "i2,2026-05-31T09:00:00,Jog,Run,1800,5000,1800,,,,,false,,,,,\n"
                                    "i3,2026-06-02T18:00:00,Planned,Run,1800,5000,1800,,,,,,,,,,\n");
    const Workout& race = log.workouts[0];
    CHECK(race.signals.stated_kind == Kind::race);
    CHECK(race.signals.stated_by == "intervals.icu race flag");
    CHECK(*race.signals.rpe == 9);
    CHECK(*race.signals.service_load == 98);
    CHECK(*race.signals.avg_hr == 176);
    CHECK(*race.signals.max_hr == 191);
    CHECK(*race.signals.hard_zone_minutes == doctest::Approx(26));
    CHECK(race.notes == "PB");

    const Workout& jog = log.workouts[1];
    CHECK_FALSE(jog.signals.stated_kind);
    CHECK(jog.signals.stated_by.empty());
    CHECK_FALSE(jog.signals.rpe);
    CHECK_FALSE(jog.signals.service_load);
    CHECK_FALSE(jog.signals.hard_zone_minutes);
    CHECK_FALSE(jog.planned);

    CHECK(log.workouts[2].planned); // dated after today
}

TEST_CASE("intervals.icu: types map to sports, by name and in any case") {
    auto sport = [](std::string_view type) {
        return read("id,start_date_local,type\ni1,2026-05-02T07:00:00," + std::string(type) + "\n").workouts[0].sport;
    };
    CHECK(sport("Run") == Sport::run);
    CHECK(sport("VirtualRun") == Sport::run);
    CHECK(sport("Ride") == Sport::ride);
    CHECK(sport("GravelRide") == Sport::ride);
    CHECK(sport("OpenWaterSwim") == Sport::swim);
    CHECK(sport("weighttraining") == Sport::strength);
    CHECK(sport("Hike") == Sport::walk);
    CHECK(sport("Rowing") == Sport::other);
    CHECK(sport("") == Sport::other);
}

TEST_CASE("intervals.icu: malformed values are errors at the offending cell") {
    CHECK(error_of("id,start_date_local,type\ni1,2026-02-30T07:00:00,Run\n") ==
          "activities.csv:2:4: cannot read start_date_local \"2026-02-30T07:00:00\" (expected YYYY-MM-DDTHH:MM:SS)");
    CHECK(error_of("id,start_date_local,type,race\ni1,2026-05-02T07:00:00,Run,yes\n") ==
          "activities.csv:2:28: cannot read race \"yes\" (expected true or false)");
    CHECK(error_of("id,start_date_local,type,icu_rpe\ni1,2026-05-02T07:00:00,Run,11\n") ==
          "activities.csv:2:28: cannot read icu_rpe \"11\" (expected a number from 1 to 10)");
    CHECK(error_of("id,start_date_local,type,moving_time\ni1,2026-05-02T07:00:00,Run,45:00\n") ==
          "activities.csv:2:28: cannot read moving_time \"45:00\" (expected seconds like 2710)");
    CHECK(error_of("id,start_date_local,type,distance\ni1,2026-05-02T07:00:00,Run,-5\n") ==
          "activities.csv:2:28: cannot read distance \"-5\" (expected metres like 10020.5)");
    CHECK(error_of("id,start_date_local,type,hr_z5_secs\ni1,2026-05-02T07:00:00,Run,lots\n") ==
          "activities.csv:2:28: cannot read hr_z5_secs \"lots\" (expected seconds like 540)");
}

TEST_CASE("intervals.icu: a missing start_date_local column is an error at the header") {
    const LogOptions as_intervals{today, InputFormat::intervals};
    CHECK(error_of("id,name,type\ni1,Run,Run\n", as_intervals) ==
          "activities.csv:1:1: no \"start_date_local\" column (an intervals.icu activities CSV has id, "
          "start_date_local, type, ...)");
}

TEST_CASE("intervals.icu: --skip-bad-rows skips a malformed row and keeps the rest") {
    const LogOptions skipping{today, InputFormat::automatic, nullptr, DistanceUnit::km, true};
    TrainingLog log = read("id,start_date_local,name,icu_rpe\n"
                           "i1,2026-05-02T07:00:00,Good,4\n"
                           "i2,2026-05-03T07:00:00,Bad,eleven\n",
                           skipping);
    REQUIRE(log.workouts.size() == 1);
    CHECK(log.workouts[0].title == "Good");
    REQUIRE(log.skipped.size() == 1);
    CHECK(log.skipped[0].message() ==
          "activities.csv:3:28: cannot read icu_rpe \"eleven\" (expected a number from 1 to 10)");
}
