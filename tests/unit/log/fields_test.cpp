// What the format mappers share (src/log/fields.cpp), on tables built from text.

#include "log/format.hpp"
#include "recover/core/text.hpp"
#include "support/errors.hpp"

#include <doctest/doctest.h>

#include <vector>

using namespace recover;
using namespace recover::formats;
using namespace date::literals;

namespace {

const LogOptions options{date::local_days{2026_y / 6 / 1}};

/// The message `read` fails with, as recover prints it.
template <class Read> std::string error_of(Read&& read) {
    return testing::error_of(read, ExitCode::data);
}

} // namespace

TEST_CASE("missing values are written many ways") {
    for (const char* missing : {"", "  ", "--", "NaN", "n/a", "NULL"})
        CHECK(is_missing(missing));
    CHECK_FALSE(is_missing("0"));
    CHECK_FALSE(is_missing("-"));
}

TEST_CASE("numbers as exports write them: apostrophes, thousands separators, either decimal mark") {
    CHECK(parse_export_number("1,500") == 1500);
    CHECK(parse_export_number("'-5") == -5);
    CHECK(parse_export_number("1.500,25", ',') == 1500.25);
    CHECK(parse_export_number("9,44", ',') == 9.44);
    CHECK_FALSE(parse_export_number("1,50"));  // not a thousands group
    CHECK_FALSE(parse_export_number("1,5000"));
    CHECK_FALSE(parse_export_number("--"));
    CHECK_FALSE(parse_export_number("12 km"));
}

TEST_CASE("durations in minutes, mm:ss, h:mm:ss and h:mm:ss.s") {
    CHECK(parse_duration_minutes("45") == 45);
    CHECK(parse_duration_minutes("42:30") == 42.5);
    CHECK(parse_duration_minutes("1:32:00") == 92);
    CHECK(parse_duration_minutes("0:00:30.0") == 0.5);
    CHECK_FALSE(parse_duration_minutes("1:75:00"));
    CHECK_FALSE(parse_duration_minutes("1.5:00"));
    CHECK_FALSE(parse_duration_minutes("1:2:3:4"));
    CHECK_FALSE(parse_duration_minutes("-5"));
    CHECK_FALSE(parse_duration_minutes("1e308:00")); // fuzz: was +inf (tests/fuzz/regressions/fields)
}

TEST_CASE("each export's names for the sports, in any case; a name it does not use is other") {
    CHECK(is_one_of("pool swim", "Track Running|Pool Swim"));
    CHECK_FALSE(is_one_of("Pool", "Track Running|Pool Swim"));
    CHECK(sport_named(InputFormat::garmin, "Trail Running") == Sport::run);
    CHECK(sport_named(InputFormat::intervals, "virtualride") == Sport::ride);
    CHECK(sport_named(InputFormat::trainingpeaks, "Mountain Bike") == Sport::ride);
    CHECK(sport_named(InputFormat::strava, "schwimmen") == Sport::swim);
    CHECK(sport_named(InputFormat::intervals, "Workout") == Sport::other); // Strava's word, not intervals.icu's
    CHECK(sport_named(InputFormat::garmin, "Kayaking") == Sport::other);
    CHECK(sport_named(InputFormat::native, "run") == Sport::other); // the native format has its own type words
}

TEST_CASE("columns by name; a required one missing is an error at the header") {
    CsvTable table = read_csv_table("Date,hr_z4_secs,hr_z6_secs,Title\n", "log.csv");
    Column title = find_column(table, "title");
    CHECK(title.name == "title");
    CHECK(title.index == 3u);
    CHECK_FALSE(find_column(table, "Notes").index);
    CHECK(require_column(table, "Date", "a log has Date").index == 0u);
    CHECK(error_of([&] { require_column(table, "Type", "a log has Date and Type"); }) ==
          "log.csv:1:1: no \"Type\" column (a log has Date and Type)");
    std::vector<Column> zones = zone_columns(table, "hr_z", "_secs", 4, 7);
    REQUIRE(zones.size() == 2);
    CHECK(zones[0].name == "hr_z4_secs");
    CHECK(zones[1].index == 2u);
}

TEST_CASE("an export row: texts, numbers, flags and durations, and errors at the cell") {
    CsvTable table = read_csv_table("date,km,done,time,note\n2026-03-05 18:30,\"1,500\",TRUE,1:02:30\n2026-03-06,x,maybe\n",
                                    "log.csv");
    const Column date = find_column(table, "date"), km = find_column(table, "km"), done = find_column(table, "done"),
                 time = find_column(table, "time"), note = find_column(table, "note"),
                 absent = find_column(table, "absent");
    ExportRow row(table, table.rows[0]), short_row(table, table.rows[1]);

    CHECK(row.text(km) == "1,500");
    CHECK(row.number(km, 0, 1e4, "metres") == 1500);
    CHECK(row.flag(done));
    CHECK(row.minutes(time) == 62.5);
    CHECK(row.text(note).empty()); // past the end of the row
    CHECK_FALSE(row.number(absent, 0, 1, "anything"));
    CHECK_FALSE(row.flag(absent));

    LocalDateTime when = row.date_time(date, "YYYY-MM-DD HH:MM");
    MappedRows mapped;
    const Workout& w = row.add_workout(mapped, date, when, options);
    CHECK(&w == &mapped.workouts.back());
    CHECK(w.date == date::local_days{2026_y / 3 / 5});
    CHECK(w.start == std::chrono::minutes{18 * 60 + 30});
    CHECK(w.where.line == 2);
    CHECK_FALSE(w.planned);

    CHECK(error_of([&] { row.number(km, 0, 1000, "metres up to 1000"); }) ==
          "log.csv:2:18: cannot read km \"1,500\" (expected metres up to 1000)");
    CHECK(error_of([&] { short_row.number(km, 0, 1e4, "metres"); }) ==
          "log.csv:3:12: cannot read km \"x\" (expected metres)");
    CHECK(error_of([&] { short_row.flag(done); }) == "log.csv:3:14: cannot read done \"maybe\" (expected true or false)");
    // A cell the row is short of has no place of its own: the error points at the row.
    CHECK(error_of([&] { short_row.minutes(time); }) == "no error");
    CHECK(error_of([&] { short_row.fail(time, "no time"); }) == "log.csv:3:1: no time");
}

TEST_CASE("a cell parsed by the mapper's own reader: nothing when empty, an error when unreadable") {
    CsvTable table = read_csv_table("date,rpe\n2026-03-05,7\n2026-03-06,\n2026-03-07,eleven\n", "log.csv");
    const Column rpe = find_column(table, "rpe");
    auto parse = [](std::string_view text) { return parse_number(text); };
    CHECK(ExportRow(table, table.rows[0]).parsed(rpe, parse, "a number") == 7);
    CHECK_FALSE(ExportRow(table, table.rows[1]).parsed(rpe, parse, "a number"));
    CHECK(error_of([&] { ExportRow(table, table.rows[2]).parsed(rpe, parse, "a number"); }) ==
          "log.csv:4:12: cannot read rpe \"eleven\" (expected a number)");
}

TEST_CASE("heart rate: average, peak and the minutes in hard zones, summed in the zones' unit") {
    CsvTable table = read_csv_table("avg,max,z4,z5\n148,172,300,60\n150,,,\n", "log.csv");
    const HeartRateColumns heart_rate{.average = find_column(table, "avg"),
                                      .peak = find_column(table, "max"),
                                      .hard_zones = zone_columns(table, "z", "", 4, 5),
                                      .zone_units_per_minute = 60,
                                      .zone_high = 1e6,
                                      .zone_expected = "seconds"};
    Signals first, second;
    ExportRow(table, table.rows[0]).heart_rate(heart_rate, first);
    CHECK(first.avg_hr == 148);
    CHECK(first.max_hr == 172);
    CHECK(first.hard_zone_minutes == 6);
    ExportRow(table, table.rows[1]).heart_rate(heart_rate, second);
    CHECK(second.avg_hr == 150);
    CHECK_FALSE(second.max_hr);
    CHECK_FALSE(second.hard_zone_minutes); // no zone time at all is not zero minutes
    CsvTable too_fast = read_csv_table("avg,max\n148,301\n", "log.csv");
    CHECK(error_of([&] {
              ExportRow(too_fast, too_fast.rows[0])
                  .heart_rate({.average = find_column(too_fast, "avg"), .peak = find_column(too_fast, "max")}, second);
          }) == "log.csv:2:5: cannot read max \"301\" (expected beats per minute like 172)");
}

TEST_CASE("the row loop: rows wider than the header fail; --skip-bad-rows keeps the rest") {
    CsvTable table = read_csv_table("date,title\n2026-03-01,Hills,8x60\n2026-03-02,Easy\nnot a date,Long\n", "log.csv");
    const Column date = find_column(table, "date"), title = find_column(table, "title");
    auto read = [&](const LogOptions& with) {
        LogBuilder out(with);
        read_workouts(table, with, date, "YYYY-MM-DD", out, [&](const ExportRow& row, Workout& w) {
            w.title = std::string(row.text(title));
            return true;
        });
        return out.finish();
    };
    CHECK(error_of([&] { read(options); }) ==
          "log.csv:2:18: row has 3 fields but the header has 2 (quote text that contains commas)");
    LogOptions skipping = options;
    skipping.skip_bad_rows = true;
    TrainingLog log = read(skipping);
    REQUIRE(log.workouts.size() == 1);
    CHECK(log.workouts[0].title == "Easy");
    REQUIRE(log.skipped.size() == 2);
    CHECK(log.skipped[1].message() == "log.csv:4:1: cannot read date \"not a date\" (expected YYYY-MM-DD)");
}

TEST_CASE("a row skipped for an error found after its workout was begun leaves nothing of it") {
    // The workout is built in place as the row is read; the row's niggle is added before its
    // error is found: both go with the row.
    CsvTable table = read_csv_table("date,title,niggle,km\n2026-03-01,Hills,calf,x\n2026-03-02,Easy,,5\n", "log.csv");
    const Column date = find_column(table, "date"), title = find_column(table, "title"), niggle = find_column(table, "niggle"),
                 km = find_column(table, "km");
    LogOptions skipping = options;
    skipping.skip_bad_rows = true;
    LogBuilder out(skipping);
    for_each_row(
        table, skipping, out,
        [&](const ExportRow& row, MappedRows& mapped) {
            Workout& w = row.add_workout(mapped, date, row.date_time(date, "YYYY-MM-DD"), skipping);
            w.title = row.text(title);
            if (!row.text(niggle).empty()) mapped.add(NiggleReport{w.where, w.date, Niggle{std::string(row.text(niggle)), {}, "calf"}});
            w.distance_km = row.number(km, 0, 1000, "kilometres");
        },
        RowMapping::independent);
    TrainingLog log = out.finish();
    REQUIRE(log.workouts.size() == 1);
    CHECK(log.workouts[0].title == "Easy");
    CHECK(log.niggles.empty());
    REQUIRE(log.skipped.size() == 1);
    CHECK(log.skipped[0].message() == "log.csv:2:23: cannot read km \"x\" (expected kilometres)");
}

TEST_CASE("a row the mapper says holds no workout is left out") {
    CsvTable table = read_csv_table("date,type\n2026-03-01,Day Off\n2026-03-02,Run\n", "log.csv");
    const Column date = find_column(table, "date"), type = find_column(table, "type");
    LogBuilder out(options);
    read_workouts(table, options, date, "YYYY-MM-DD", out, [&](const ExportRow& row, Workout&) { return row.text(type) != "Day Off"; });
    TrainingLog log = out.finish();
    REQUIRE(log.workouts.size() == 1);
    CHECK(log.workouts[0].date == date::local_days{2026_y / 3 / 2});
}

TEST_CASE("a batch's long texts reuse the storage of the texts of the rows summed before") {
    MappedRows rows;
    const std::string note = "Windy on the seafront, held back", other = "Negative split, last 2 km quick";
    rows.workouts.emplace_back().notes = rows.text(note);
    rows.workouts.emplace_back().title = rows.text("Easy run"); // short: held in place, nothing to keep
    const char* storage = rows.workouts[0].notes.data();
    rows.clear();
    const std::string again = rows.text(other);
    CHECK(again == other);
    CHECK(again.data() == storage);
    CHECK(rows.text(note) == note); // no storage left: a new one
    // A workout kept (moved out of the batch) takes its storage with it.
    rows.workouts.emplace_back().notes = rows.text(note);
    const std::string kept = std::move(rows.workouts[0].notes);
    rows.clear();
    CHECK(rows.text(other).data() != kept.data());
    CHECK(kept == note);
}
