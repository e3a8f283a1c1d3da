#include "log/test_support.hpp"
#include "recover/log/log.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <deque>
#include <fstream>
#include <sstream>

using namespace recover;
using namespace date::literals;

namespace {

const LogOptions utc_options{date::local_days{2026_y / 6 / 1}, InputFormat::automatic};

LogOptions in_zone(std::string_view zone) {
    static std::deque<RunnerZone> zones; // each outlives the options that point to it
    LogOptions options = utc_options;
    options.zone = &zones.emplace_back(date::locate_zone(zone));
    return options;
}

std::chrono::minutes at(int hours, int minutes) {
    return std::chrono::hours{hours} + std::chrono::minutes{minutes};
}
std::string fixture(std::string_view name) { return testing::fixture("strava/" + std::string(name)); }

/// The header of an English export from 2024 on, as Strava writes it (103 columns).
constexpr std::string_view english_header =
    "Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,Max Heart Rate,"
    "Relative Effort,Commute,Activity Private Note,Activity Gear,Filename,Athlete Weight,Bike Weight,Elapsed Time,"
    "Moving Time,Distance,Max Speed,Average Speed,Elevation Gain,Elevation Loss,Elevation Low,Elevation High,Max Grade,"
    "Average Grade,Average Positive Grade,Average Negative Grade,Max Cadence,Average Cadence,Max Heart Rate,"
    "Average Heart Rate,Max Watts,Average Watts,Calories,Max Temperature,Average Temperature,Relative Effort,"
    "Total Work,Number of Runs,Uphill Time,Downhill Time,Other Time,Perceived Exertion,Type,Start Time,"
    "Weighted Average Power,Power Count,Prefer Perceived Exertion,Perceived Relative Effort,Commute,"
    "Total Weight Lifted,From Upload,"
    "Grade Adjusted Distance,Weather Observation Time,Weather Condition,Weather Temperature,Apparent Temperature,"
    "Dewpoint,Humidity,Weather Pressure,Wind Speed,Wind Gust,Wind Bearing,Precipitation Intensity,Sunrise Time,"
    "Sunset Time,Moon Phase,Bike,Gear,Precipitation Probability,Precipitation Type,Cloud Cover,Weather Visibility,"
    "UV Index,Weather Ozone,Jump Count,Total Grit,Average Flow,Flagged,Average Elapsed Speed,Dirt Distance,"
    "Newly Explored Distance,Newly Explored Dirt Distance,Activity Count,Total Steps,Carbon Saved,Pool Length,"
    "Training Load,Intensity,Average Grade Adjusted Pace,Timer Time,Total Cycles,Recovery,With Pet,Competition,"
    "Long Run,For a Cause,With Kid,Downhill Distance,Total Sets,Total Reps,Media";

/// One cell of a row: the column's name, which of the columns of that name, and the text.
struct Cell {
    std::string_view column;
    std::string text;
    int occurrence = 1;
};

/// An English 2024 export holding `rows`; cells not given are empty, as in a real export.
std::string english_export(const std::vector<std::vector<Cell>>& rows) {
    std::vector<std::string_view> columns;
    for (std::string_view rest = english_header;;) {
        std::size_t comma = rest.find(',');
        columns.push_back(rest.substr(0, comma));
        if (comma == std::string_view::npos) break;
        rest.remove_prefix(comma + 1);
    }
    std::string out = std::string(english_header) + "\n";
    for (const auto& row : rows) {
        for (std::size_t i = 0; i < columns.size(); ++i) {
            int occurrence =
                static_cast<int>(std::count(columns.begin(), columns.begin() + static_cast<long>(i), columns[i])) + 1;
            // The last cell given for a column wins, so a row can override the defaults it starts from.
            auto cell = std::find_if(row.rbegin(), row.rend(), [&](const Cell& c) {
                return c.column == columns[i] && c.occurrence == occurrence;
            });
            std::string text = cell == row.rend() ? "" : cell->text;
            if (text.find_first_of(",\"\n") != std::string::npos) {
                std::string quoted = "\"";
                for (char c : text)
                    quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
                text = quoted + "\"";
            }
            out += (i ? "," : "") + text;
        }
        out += "\n";
    }
    return out;
}

/// A run on `date` (Strava's English date) with an elapsed time, and whatever else is given.
std::vector<Cell> run_on(std::string date, std::vector<Cell> more = {}) {
    std::vector<Cell> cells{{"Activity ID", "1"},
                            {"Activity Date", std::move(date)},
                            {"Activity Name", "Run"},
                            {"Activity Type", "Run"},
                            {"Elapsed Time", "1800"}};
    cells.insert(cells.end(), more.begin(), more.end());
    return cells;
}

const Workout& titled(const TrainingLog& log, std::string_view title) {
    auto found =
        std::find_if(log.workouts.begin(), log.workouts.end(), [&](const Workout& w) { return w.title == title; });
    REQUIRE(found != log.workouts.end());
    return *found;
}
std::string error_of(std::string_view text, const LogOptions& options = utc_options) {
    return testing::log_error(text, "activities.csv", options);
}

} // namespace

TEST_CASE("strava 2024 export: every column read by name, dated in the runner's zone, sorted") {
    const std::string text = fixture("activities-2024.csv");
    CHECK(text.starts_with(std::string(english_header) + "\n")); // the header the other tests build on
    TrainingLog log = read_log(text, "activities.csv", in_zone("Europe/London"));
    REQUIRE(log.workouts.size() == 11);
    std::vector<std::string> titles;
    for (const Workout& w : log.workouts)
        titles.push_back(w.title);
    CHECK(titles == std::vector<std::string>{"Morning Run", "Evening Swim", "Morning Run", "Afternoon Ride",
                                             "Evening Weight Training", "Sunday long run", "Recovery jog",
                                             "Tempo Tuesday", "Parkrun with the dog", "Night Run", "Manchester 10K"});

    const Workout& easy = log.workouts[0];
    CHECK(easy.where.file == "activities.csv");
    CHECK(easy.where.line == 2);
    CHECK(easy.where.column == 1);
    CHECK(easy.date == date::local_days{2026_y / 4 / 6});
    CHECK(easy.start == at(7, 2)); // 6:02 AM UTC is 7:02 in British Summer Time
    CHECK(easy.sport == Sport::run);
    CHECK(easy.minutes == doctest::Approx(2815.0 / 60)); // moving time, not the elapsed 2890 s
    CHECK(*easy.distance_km == doctest::Approx(7.51));
    CHECK(*easy.signals.avg_hr == doctest::Approx(141.3));
    CHECK(*easy.signals.max_hr == 158);
    CHECK(*easy.signals.service_load == 38);
    CHECK_FALSE(easy.signals.rpe);
    CHECK_FALSE(easy.signals.stated_kind);
    CHECK(easy.signals.stated_by.empty());
    CHECK(easy.notes.empty());
    CHECK_FALSE(easy.planned);

    // Named like an easy run, but the description, heart rate and exertion say intervals.
    const Workout& intervals = log.workouts[2];
    CHECK(intervals.title == "Morning Run");
    CHECK(intervals.where.line == 3);
    CHECK(intervals.date == date::local_days{2026_y / 4 / 8});
    CHECK(intervals.start == at(6, 45));
    CHECK(intervals.notes == "6x800 at 5k pace, 90s jog recoveries\nlast two felt heavy");
    CHECK(*intervals.signals.max_hr == 186);
    CHECK(*intervals.signals.avg_hr == doctest::Approx(163.8));
    CHECK(*intervals.signals.rpe == 8);
    CHECK(*intervals.signals.service_load == 142);
    CHECK(intervals.minutes == doctest::Approx(3617.0 / 60));

    const Workout& swim = titled(log, "Evening Swim");
    CHECK(swim.where.line == 6); // after the two-line description of the intervals
    CHECK(swim.sport == Sport::swim);
    CHECK(*swim.distance_km == doctest::Approx(1.5)); // "1,500" metres
    CHECK(swim.minutes == doctest::Approx(38));
    CHECK(swim.start == at(19, 15));

    const Workout& ride = titled(log, "Afternoon Ride");
    CHECK(ride.sport == Sport::ride);
    CHECK(*ride.distance_km == doctest::Approx(41.27));

    const Workout& weights = titled(log, "Evening Weight Training");
    CHECK(weights.sport == Sport::strength);
    CHECK_FALSE(weights.distance_km); // Strava writes 0.00 km for a session without distance
    CHECK(weights.minutes == doctest::Approx(45));

    const Workout& long_run = titled(log, "Sunday long run");
    CHECK(long_run.where.line == 8);
    CHECK(long_run.signals.stated_kind == Kind::long_run);
    CHECK(long_run.signals.stated_by == "Strava Long Run tag");
    CHECK(long_run.notes == "Canal loop.\nKept it conversational until 20k, then a bit quicker.\ngel at 45 and 90 min");
    CHECK(*long_run.distance_km == doctest::Approx(24.13));
    CHECK(long_run.minutes == doctest::Approx(136.5));
    CHECK(*long_run.signals.rpe == 6);

    const Workout& tempo = titled(log, "Tempo Tuesday");
    CHECK(tempo.where.line == 10);
    CHECK_FALSE(tempo.signals.stated_kind); // Competition 0.0 and Long Run 0.0 are no tags

    const Workout& race = log.workouts.back();
    CHECK(race.title == "Manchester 10K");
    CHECK(race.where.line == 12);
    CHECK(race.date == date::local_days{2026_y / 4 / 26});
    CHECK(race.start == at(9, 0));
    CHECK(race.signals.stated_kind == Kind::race);
    CHECK(race.signals.stated_by == "Strava Competition tag");
    CHECK(*race.signals.rpe == 9);
    CHECK(*race.signals.max_hr == 191);
    CHECK(race.minutes == doctest::Approx(2455.0 / 60));

    const Workout& night = titled(log, "Night Run");
    CHECK(night.sport == Sport::run);                       // a Trail Run
    CHECK(night.date == date::local_days{2026_y / 4 / 21}); // 11:20 PM UTC on the 20th is 00:20 BST on the 21st
    CHECK(night.start == at(0, 20));

    const Workout& walk = titled(log, "Parkrun with the dog");
    CHECK(walk.sport == Sport::walk);
    CHECK(*walk.distance_km == doctest::Approx(4.98));
    CHECK(walk.where.line == 14);
}

TEST_CASE("strava German export: German headers, types, dates and decimal commas") {
    TrainingLog log = read_log(fixture("activities-de.csv"), "activities.csv", in_zone("Europe/Berlin"));
    REQUIRE(log.workouts.size() == 7);
    std::vector<date::local_days> days;
    for (const Workout& w : log.workouts)
        days.push_back(w.date);
    CHECK(days == std::vector<date::local_days>{date::local_days{2022_y / 12 / 9}, date::local_days{2022_y / 12 / 11},
                                                date::local_days{2022_y / 12 / 13}, date::local_days{2022_y / 12 / 14},
                                                date::local_days{2022_y / 12 / 16}, date::local_days{2022_y / 12 / 17},
                                                date::local_days{2022_y / 12 / 18}});

    const Workout& ride = log.workouts[0];
    CHECK(ride.where.line == 2);
    CHECK(ride.title == "2022-12-09 16:24");
    CHECK(ride.start == at(16, 24)); // 15:24:49 UTC in CET
    CHECK(ride.sport == Sport::ride);
    CHECK(*ride.distance_km == doctest::Approx(9.44)); // "9,44"
    CHECK(ride.minutes == doctest::Approx(34.5));      // Bewegungszeit 2070.0, a point in the raw block
    CHECK(ride.notes == "bewölkt, 0°C, Gefühlt -3°C, Luftfeuchtigkeit 80%, Wind 3m/s aus N - Klimat.app\n---");
    CHECK_FALSE(ride.signals.max_hr);

    const Workout& run = titled(log, "Lauf am Morgen");
    CHECK(run.where.line == 5);
    CHECK(run.sport == Sport::run);
    CHECK(*run.distance_km == doctest::Approx(10.52));
    CHECK(run.minutes == doctest::Approx(3265.0 / 60));
    CHECK(*run.signals.max_hr == 171);
    CHECK(*run.signals.avg_hr == doctest::Approx(148.2));
    CHECK(*run.signals.service_load == 61);

    CHECK(*titled(log, "Intervalle 5x1000").signals.rpe == 8);

    const Workout& swim = titled(log, "Schwimmen am Abend");
    CHECK(swim.sport == Sport::swim);
    CHECK(*swim.distance_km == doctest::Approx(1.5)); // "1.500" metres

    const Workout& night = titled(log, "Nachtlauf");
    CHECK(night.where.line == 8);
    CHECK(night.date == date::local_days{2022_y / 12 / 18}); // 23:30 UTC is 00:30 the next day in Berlin
    CHECK(night.start == at(0, 30));

    const Workout& strength = titled(log, "Krafttraining");
    CHECK(strength.sport == Sport::strength); // Gewichtstraining
    CHECK_FALSE(strength.distance_km);
    CHECK(strength.notes == "Knie links etwas empfindlich"); // the private note alone

    const Workout& walk = titled(log, "Spaziergang am Mittag");
    CHECK(walk.sport == Sport::walk);
    CHECK(*walk.distance_km == doctest::Approx(4.21));
}

TEST_CASE("strava export before mid-2019: lowercase header, ISO dates in UTC, metres") {
    TrainingLog log = read_log(fixture("activities-2018.csv"), "activities.csv", in_zone("America/New_York"));
    REQUIRE(log.workouts.size() == 5);
    std::vector<std::string> titles;
    for (const Workout& w : log.workouts)
        titles.push_back(w.title);
    CHECK(titles ==
          std::vector<std::string>{"Hill repeats", "Morning Ride", "Morning Swim", "Night Run", "Sunday long run"});

    const Workout& night = titled(log, "Night Run");
    CHECK(night.where.line == 2);
    CHECK(night.date == date::local_days{2018_y / 6 / 2}); // 22:30 UTC is 18:30 the same day in New York
    CHECK(night.start == at(18, 30));
    CHECK(*night.distance_km == doctest::Approx(6.5042));
    CHECK(night.minutes == doctest::Approx(2291.0 / 60)); // no moving time before 2019: elapsed time
    CHECK_FALSE(night.signals.max_hr);

    const Workout& hills = log.workouts[0];
    CHECK(hills.where.line == 3);
    CHECK(hills.notes == "8 x 60s up Primrose Hill\nwalk down");
    CHECK(*hills.distance_km == doctest::Approx(9.871));

    CHECK(*titled(log, "Morning Swim").distance_km == doctest::Approx(2.0));
    CHECK(titled(log, "Morning Ride").sport == Sport::ride);
    CHECK(*titled(log, "Morning Ride").distance_km == doctest::Approx(6.075));
    CHECK(titled(log, "Sunday long run").where.line == 7);

    // Without a zone the dates stay in UTC.
    TrainingLog utc = read_log(fixture("activities-2018.csv"), "activities.csv", utc_options);
    const Workout& utc_night = titled(utc, "Night Run");
    CHECK(utc_night.date == date::local_days{2018_y / 6 / 2});
    CHECK(utc_night.start == at(22, 30));
}

TEST_CASE("strava 2019 export: ten columns, kilometres, swims in metres with a thousands separator") {
    TrainingLog log =
        read_log("Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,"
                 "Distance,Commute,Activity Gear,Filename\n"
                 "2561044101,\"Jul 28, 2019, 6:41:09 PM\",Pool,Swim,,3120,\"1,500\",false,,\n"
                 "2556377815,\"Jul 27, 2019, 7:02:40 AM\",Morning Run,Run,,2911,8.12,false,Kinvara 10,"
                 "activities/2556377815.gpx\n",
                 "activities.csv", utc_options);
    REQUIRE(log.workouts.size() == 2);
    const Workout& run = log.workouts[0];
    CHECK(run.title == "Morning Run");
    CHECK(run.start == at(7, 2));
    CHECK(*run.distance_km == doctest::Approx(8.12));
    CHECK(run.minutes == doctest::Approx(2911.0 / 60));
    const Workout& swim = log.workouts[1];
    CHECK(swim.sport == Sport::swim);
    CHECK(*swim.distance_km == doctest::Approx(1.5));
    CHECK(swim.minutes == doctest::Approx(52));
    CHECK(swim.start == at(18, 41));
}

TEST_CASE("strava dates are UTC: the local day depends on the runner's zone") {
    std::string text = english_export({run_on("Jun 2, 2026, 10:30:37 PM", {{"Activity Name", "late"}}),
                                       run_on("Jun 2, 2026, 11:30:00 PM", {{"Activity Name", "later"}}),
                                       run_on("Jun 3, 2026, 12:05:00 AM", {{"Activity Name", "midnight"}}),
                                       run_on("Jun 3, 2026, 12:05:00 PM", {{"Activity Name", "noon"}})});
    TrainingLog utc = read_log(text, "activities.csv", utc_options);
    CHECK(titled(utc, "late").date == date::local_days{2026_y / 6 / 2});
    CHECK(titled(utc, "late").start == at(22, 30));
    CHECK(titled(utc, "midnight").date == date::local_days{2026_y / 6 / 3});
    CHECK(titled(utc, "midnight").start == at(0, 5)); // 12 AM is midnight
    CHECK(titled(utc, "noon").start == at(12, 5));    // 12 PM is noon

    TrainingLog new_york = read_log(text, "activities.csv", in_zone("America/New_York"));
    CHECK(titled(new_york, "late").date == date::local_days{2026_y / 6 / 2});
    CHECK(titled(new_york, "late").start == at(18, 30));
    CHECK(titled(new_york, "midnight").date == date::local_days{2026_y / 6 / 2});
    CHECK(titled(new_york, "midnight").start == at(20, 5));

    TrainingLog berlin = read_log(text, "activities.csv", in_zone("Europe/Berlin"));
    CHECK(titled(berlin, "later").date == date::local_days{2026_y / 6 / 3});
    CHECK(titled(berlin, "later").start == at(1, 30)); // CEST is UTC+2
}

TEST_CASE("strava dates across the daylight saving changes of Europe/London") {
    // British Summer Time starts at 01:00 UTC on Sun 29 Mar 2026 and ends at 01:00 UTC on Sun 25 Oct 2026.
    std::string text = english_export({run_on("Mar 28, 2026, 9:00:00 AM", {{"Activity Name", "before spring"}}),
                                       run_on("Mar 29, 2026, 9:00:00 AM", {{"Activity Name", "after spring"}}),
                                       run_on("Oct 24, 2026, 11:30:00 PM", {{"Activity Name", "before autumn"}}),
                                       run_on("Oct 25, 2026, 11:30:00 PM", {{"Activity Name", "after autumn"}})});
    TrainingLog log = read_log(text, "activities.csv", in_zone("Europe/London"));
    CHECK(titled(log, "before spring").start == at(9, 0));
    CHECK(titled(log, "after spring").start == at(10, 0));
    CHECK(titled(log, "after spring").date == date::local_days{2026_y / 3 / 29});
    CHECK(titled(log, "before autumn").date == date::local_days{2026_y / 10 / 25}); // still BST: past midnight
    CHECK(titled(log, "before autumn").start == at(0, 30));
    CHECK(titled(log, "after autumn").date == date::local_days{2026_y / 10 / 25}); // GMT again: same day
    CHECK(titled(log, "after autumn").start == at(23, 30));
}

TEST_CASE("strava minutes are moving time when there is some, else elapsed time") {
    TrainingLog log = read_log(
        english_export({run_on("Mar 2, 2026, 7:00:00 AM", {{"Activity Name", "moving"}, {"Moving Time", "1500.0"}}),
                        run_on("Mar 3, 2026, 7:00:00 AM", {{"Activity Name", "zero"}, {"Moving Time", "0.0"}}),
                        run_on("Mar 4, 2026, 7:00:00 AM", {{"Activity Name", "empty"}})}),
        "activities.csv", utc_options);
    CHECK(titled(log, "moving").minutes == doctest::Approx(25));
    CHECK(titled(log, "zero").minutes == doctest::Approx(30));
    CHECK(titled(log, "empty").minutes == doctest::Approx(30));
}

TEST_CASE("strava missing values are no values, not errors") {
    TrainingLog log = read_log(
        english_export({run_on("Mar 2, 2026, 7:00:00 AM", {{"Activity Name", "dashes"},
                                                           {"Distance", ""},
                                                           {"Max Heart Rate", "--"},
                                                           {"Average Heart Rate", "NaN"},
                                                           {"Relative Effort", ""},
                                                           {"Perceived Exertion", ""},
                                                           {"Competition", ""},
                                                           {"Long Run", ""}}),
                        run_on("Mar 3, 2026, 7:00:00 AM", {{"Activity Name", "treadmill"}, {"Distance", "0.00"}}),
                        run_on("Mar 4, 2026, 7:00:00 AM",
                               {{"Activity Name", "yoga"}, {"Activity Type", "Yoga"}, {"Distance", "0.0"}})}),
        "activities.csv", utc_options);
    const Workout& dashes = titled(log, "dashes");
    CHECK_FALSE(dashes.distance_km);
    CHECK_FALSE(dashes.signals.max_hr);
    CHECK_FALSE(dashes.signals.avg_hr);
    CHECK_FALSE(dashes.signals.service_load);
    CHECK_FALSE(dashes.signals.rpe);
    CHECK_FALSE(dashes.signals.stated_kind);
    CHECK(titled(log, "treadmill").distance_km == 0.0); // a run without distance is still a run of 0 km
    CHECK_FALSE(titled(log, "yoga").distance_km);       // yoga has no distance at all
}

TEST_CASE("strava activity types map to sports; unknown types are other") {
    const std::vector<std::pair<std::string, Sport>> types{
        {"Run", Sport::run},
        {"Trail Run", Sport::run},
        {"Virtual Run", Sport::run},
        {"Lauf", Sport::run},
        {"Ride", Sport::ride},
        {"Virtual Ride", Sport::ride},
        {"E-Bike Ride", Sport::ride},
        {"Radfahrt", Sport::ride},
        {"Swim", Sport::swim},
        {"Schwimmen", Sport::swim},
        {"Weight Training", Sport::strength},
        {"Workout", Sport::strength},
        {"Crossfit", Sport::strength},
        {"Yoga", Sport::strength},
        {"Krafttraining", Sport::strength},
        {"Walk", Sport::walk},
        {"Hike", Sport::walk},
        {"Spaziergang", Sport::walk},
        {"Wanderung", Sport::walk},
        {"Rowing", Sport::other},
        {"Kitesurf", Sport::other},
    };
    std::vector<std::vector<Cell>> rows;
    for (const auto& [type, sport] : types)
        rows.push_back(run_on("Mar 2, 2026, 7:00:00 AM", {{"Activity Name", type}, {"Activity Type", type}}));
    TrainingLog log = read_log(english_export(rows), "activities.csv", utc_options);
    REQUIRE(log.workouts.size() == types.size());
    for (const auto& [type, sport] : types) {
        const std::string name(type); // CAPTURE's lambda cannot capture a structured binding (clang 14)
        CAPTURE(name);
        CHECK(titled(log, type).sport == sport);
    }
}

TEST_CASE("strava tags: Competition wins over Long Run; 1, 1.0 and true are tags") {
    TrainingLog log = read_log(
        english_export({run_on("Mar 2, 2026, 7:00:00 AM",
                               {{"Activity Name", "both"}, {"Competition", "1.0"}, {"Long Run", "1.0"}}),
                        run_on("Mar 3, 2026, 7:00:00 AM", {{"Activity Name", "one"}, {"Competition", "1"}}),
                        run_on("Mar 4, 2026, 7:00:00 AM", {{"Activity Name", "true"}, {"Competition", "true"}}),
                        run_on("Mar 5, 2026, 7:00:00 AM", {{"Activity Name", "long"}, {"Long Run", "1"}})}),
        "activities.csv", utc_options);
    CHECK(titled(log, "both").signals.stated_kind == Kind::race);
    CHECK(titled(log, "both").signals.stated_by == "Strava Competition tag");
    CHECK(titled(log, "one").signals.stated_kind == Kind::race);
    CHECK(titled(log, "true").signals.stated_kind == Kind::race);
    CHECK(titled(log, "long").signals.stated_kind == Kind::long_run);
    CHECK(titled(log, "long").signals.stated_by == "Strava Long Run tag");
}

TEST_CASE("strava activities after today are planned") {
    TrainingLog log = read_log(english_export({run_on("Jun 1, 2026, 7:00:00 AM", {{"Activity Name", "today"}}),
                                               run_on("Jun 2, 2026, 7:00:00 AM", {{"Activity Name", "tomorrow"}})}),
                               "activities.csv", utc_options);
    CHECK_FALSE(titled(log, "today").planned);
    CHECK(titled(log, "tomorrow").planned);
}

TEST_CASE("strava detection: three header generations, and native logs with id and date stay native") {
    CHECK(read_log("id,date,name,type,description,elapsed_time,distance,commute,gear,filename\n"
                   "1,2018-06-02 22:30:37,Run,Run,,600,1000.0,false,,\n",
                   "activities.csv", utc_options)
              .workouts[0]
              .minutes == 10);
    CHECK(
        read_log("Aktivitäts-ID,Aktivitätsdatum,Aktivitätsart,Verstrichene Zeit\n1,\"09.12.2022, 15:24:49\",Lauf,600\n",
                 "activities.csv", utc_options)
            .workouts[0]
            .sport == Sport::run);

    // A native log reads as native even with id, date, name and type columns: only Strava has elapsed_time.
    TrainingLog native =
        read_log("id,date,name,type,duration\n7,2026-03-01,Easy one,easy,40\n", "log.csv", utc_options);
    CHECK(native.workouts[0].minutes == 40);
    CHECK(native.workouts[0].signals.stated_by == "type easy");
}

TEST_CASE("strava malformed values are errors at the offending cell") {
    CHECK(error_of(english_export({run_on("Jnu 2, 2026, 10:30:37 PM")})) ==
          "activities.csv:2:3: cannot read Activity Date \"Jnu 2, 2026, 10:30:37 PM\" (expected a Strava date like "
          "\"Jun 2, 2026, 10:30:37 PM\")");
    CHECK(error_of(english_export({run_on("Feb 30, 2026, 10:30:37 PM")})) ==
          "activities.csv:2:3: cannot read Activity Date \"Feb 30, 2026, 10:30:37 PM\" (expected a Strava date like "
          "\"Jun 2, 2026, 10:30:37 PM\")");
    CHECK(error_of(english_export({run_on("Jun 2, 2026, 13:30:37 PM")})) ==
          "activities.csv:2:3: cannot read Activity Date \"Jun 2, 2026, 13:30:37 PM\" (expected a Strava date like "
          "\"Jun 2, 2026, 10:30:37 PM\")");
    // "1", the quoted date in columns 3 to 28, "Run", "Run", no description: Elapsed Time starts at 39.
    CHECK(error_of(english_export({run_on("Jun 2, 2026, 10:30:37 PM", {{"Elapsed Time", "-60"}})})) ==
          "activities.csv:2:39: cannot read Elapsed Time \"-60\" (expected seconds like 3189)");
    CHECK(error_of(english_export({run_on("Jun 2, 2026, 10:30:37 PM", {{"Distance", "10.5km"}})})) ==
          "activities.csv:2:44: cannot read Distance \"10.5km\" (expected kilometres like 10.5)");
    CHECK(error_of(english_export(
              {run_on("Jun 2, 2026, 10:30:37 PM", {{"Activity Type", "Swim"}, {"Distance", "1,50"}})})) ==
          "activities.csv:2:45: cannot read Distance \"1,50\" (expected metres like 1500)");
    const std::string short_header = "Activity ID,Activity Date,Activity Type,Elapsed Time,";
    const std::string short_row = "1,\"Jun 2, 2026, 10:30:37 PM\",Run,600,";
    CHECK(error_of(short_header + "Perceived Exertion\n" + short_row + "11\n") ==
          "activities.csv:2:38: cannot read Perceived Exertion \"11\" (expected a number from 1 to 10)");
    CHECK(error_of(short_header + "Average Heart Rate\n" + short_row + "high\n") ==
          "activities.csv:2:38: cannot read Average Heart Rate \"high\" (expected beats per minute like 152)");
    CHECK(error_of(short_header + "Max Heart Rate\n" + short_row + "1e9x\n") ==
          "activities.csv:2:38: cannot read Max Heart Rate \"1e9x\" (expected beats per minute like 181)");
    CHECK(error_of(short_header + "Relative Effort\n" + short_row + "lots\n") ==
          "activities.csv:2:38: cannot read Relative Effort \"lots\" (expected a number like 87)");
    CHECK(error_of(short_header + "Moving Time\n" + short_row + "1:00:00\n") ==
          "activities.csv:2:38: cannot read Moving Time \"1:00:00\" (expected seconds like 2070.0)");
    CHECK(error_of(short_header + "Competition\n" + short_row + "yes\n") ==
          "activities.csv:2:38: cannot read Competition \"yes\" (expected 1.0 or 0.0)");

    CHECK(error_of("Aktivitäts-ID,Aktivitätsdatum,Aktivitätsart,Verstrichene Zeit,Distanz\n"
                   "1,\"31.02.2022, 15:24:49\",Lauf,600,\"1,5\"\n") ==
          "activities.csv:2:3: cannot read Aktivitätsdatum \"31.02.2022, 15:24:49\" (expected a Strava date like "
          "\"09.12.2022, 15:24:49\")");
    CHECK(error_of("Aktivitäts-ID,Aktivitätsdatum,Aktivitätsart,Verstrichene Zeit,Distanz\n"
                   "1,\"09.12.2022, 15:24:49\",Lauf,600,10.52\n") ==
          "activities.csv:2:35: cannot read Distanz \"10.52\" (expected kilometres like 10,5)");
    CHECK(error_of("id,date,name,type,elapsed_time,distance\n1,2018-06-02,Run,Run,600,1000.0\n") ==
          "activities.csv:2:3: cannot read date \"2018-06-02\" (expected a Strava date like \"2018-06-02 22:30:37\")");
    // A short row is malformed, whatever its cells hold: the error points at its last field.
    CHECK(error_of("Activity ID,Activity Date,Activity Type,Elapsed Time\n1\n") ==
          "activities.csv:2:1: row has 1 field but the header has 4 (write a missing value as an empty field)");
}

TEST_CASE("strava headers without a needed column are errors at the header") {
    CHECK(error_of("Activity ID,Activity Date,Activity Name,Elapsed Time\n1,\"Jun 2, 2026, 10:30:37 PM\",Run,600\n") ==
          "activities.csv:1:1: the strava header has no \"Activity Type\" column "
          "(export activities.csv again, unedited)");
    CHECK(error_of("Aktivitäts-ID,Aktivitätsdatum,Aktivitätsart\n1,\"09.12.2022, 15:24:49\",Lauf\n") ==
          "activities.csv:1:1: the strava header has no \"Verstrichene Zeit\" column "
          "(export activities.csv again, unedited)");

    LogOptions forced = utc_options;
    forced.format = InputFormat::strava;
    CHECK(error_of("date,type,duration\n2026-03-01,easy,40\n", forced) ==
          "activities.csv:1:1: not a strava activities.csv header (expected \"Activity ID,Activity Date,...\", "
          "\"Aktivitäts-ID,Aktivitätsdatum,...\" or \"id,date,name,type,...,elapsed_time,...\")");
}

TEST_CASE("strava rows skipped with --skip-bad-rows are reported and the rest is read") {
    LogOptions options = utc_options;
    options.skip_bad_rows = true;
    TrainingLog log = read_log(english_export({run_on("Jun 2, 2025, 7:00:00 AM", {{"Activity Name", "good"}}),
                                               run_on("yesterday", {{"Activity Name", "bad"}}),
                                               run_on("Jun 4, 2025, 7:00:00 AM", {{"Activity Name", "also good"}})}),
                               "activities.csv", options);
    REQUIRE(log.workouts.size() == 2);
    CHECK(log.workouts[1].title == "also good");
    REQUIRE(log.skipped.size() == 1);
    CHECK(log.skipped[0].message() == "activities.csv:3:3: cannot read Activity Date \"yesterday\" "
                                      "(expected a Strava date like \"Jun 2, 2026, 10:30:37 PM\")");
}

TEST_CASE("the runner's default zone is looked up only when a Strava date needs it") {
    int lookups = 0;
    const RunnerZone zone([&](std::string& how) {
        ++lookups;
        how = "Europe/Berlin (from TZ)";
        return date::locate_zone("Europe/Berlin");
    });
    LogOptions options = utc_options;
    options.zone = &zone;
    read_log("date,type,duration\n2026-05-01,easy,30\n", "log.csv", options); // a native log: local dates
    CHECK(lookups == 0);
    TrainingLog log = read_log("Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time\n"
                               "1,\"May 1, 2026, 10:30:00 PM\",Late run,Run,1800\n",
                               "activities.csv", options);
    CHECK(lookups == 1);
    REQUIRE(log.workouts.size() == 1);
    CHECK(log.workouts[0].date == date::local_days{2026_y / 5 / 2}); // 22:30 UTC is past midnight in Berlin
    REQUIRE(log.warnings.size() == 1);
    CHECK(log.warnings[0] == "activities.csv: Strava dates are in UTC and no --tz was given: read in Europe/Berlin (from TZ); "
                             "pass --tz with the runner's zone (for example --tz Europe/London)");
}
