#include "recover/core/dates.hpp"
#include "recover/render/render.hpp"

#include <doctest/doctest.h>

#include <vector>

using namespace recover;

namespace {

/// A hard run with every value, and a planned ride with none of the optional ones.
std::vector<Workout> two_workouts() {
    Workout run;
    run.date = *parse_iso_date("2026-03-03");
    run.start = std::chrono::minutes{18 * 60 + 5};
    run.sport = Sport::run;
    run.kind = Kind::hard;
    run.minutes = 45.25;
    run.distance_km = 10.456;
    run.signals.rpe = 7;
    run.load = 316.75;
    run.title = "Hills, \"8x60\"";
    run.why = "rpe 7 (hard from 7)";
    Workout ride;
    ride.date = *parse_iso_date("2026-03-05");
    ride.sport = Sport::ride;
    ride.kind = Kind::cross;
    ride.long_run = true;
    ride.minutes = 120;
    ride.planned = true;
    ride.title = "=SUM(A1)";
    ride.why = "cross-training";
    return {run, ride};
}

} // namespace

TEST_CASE("workouts json: one workout a line, missing values null, numbers rounded") {
    CHECK(render_workouts(two_workouts(), WorkoutsFormat::json) ==
          "{\"workouts\": [\n"
          "  {\"date\": \"2026-03-03\", \"start\": \"18:05\", \"sport\": \"run\", \"kind\": \"hard\", \"long\": false, "
          "\"minutes\": 45.3, \"distance_km\": 10.46, \"rpe\": 7, \"load\": 317, \"planned\": false, "
          "\"title\": \"Hills, \\\"8x60\\\"\", \"why\": \"rpe 7 (hard from 7)\"},\n"
          "  {\"date\": \"2026-03-05\", \"start\": null, \"sport\": \"ride\", \"kind\": \"cross\", \"long\": true, "
          "\"minutes\": 120, \"distance_km\": null, \"rpe\": null, \"load\": 0, \"planned\": true, "
          "\"title\": \"=SUM(A1)\", \"why\": \"cross-training\"}\n"
          "]}\n");
    CHECK(render_workouts({}, WorkoutsFormat::json) == "{\"workouts\": []}\n");
}

TEST_CASE("workouts csv: RFC 4180 with CRLF, missing values empty, formulas neutralised") {
    CHECK(render_workouts(two_workouts(), WorkoutsFormat::csv) ==
          "date,start,sport,kind,long,minutes,distance_km,rpe,load,planned,title,why\r\n"
          "2026-03-03,18:05,run,hard,false,45.3,10.46,7,317,false,\"Hills, \"\"8x60\"\"\",rpe 7 (hard from 7)\r\n"
          "2026-03-05,,ride,cross,true,120,,,0,true,'=SUM(A1),cross-training\r\n");
}

TEST_CASE("workouts text: an aligned table, numbers to the right, titles safe for the terminal") {
    std::vector<Workout> workouts = two_workouts();
    workouts[0].title = "Hills \x1b[31m8x60\x1b[0m\nfast";
    CHECK(render_workouts(workouts, WorkoutsFormat::text) ==
          "date        start  sport  kind   long   minutes  distance_km  rpe  load  planned  title            why\n"
          "2026-03-03  18:05  run    hard   false     45.3        10.46    7   317  false    Hills 8x60 fast  rpe 7 (hard from 7)\n"
          "2026-03-05         ride   cross  true       120                       0  true     =SUM(A1)         cross-training\n");
    CHECK(render_workouts({}, WorkoutsFormat::text) == "no workouts in the log\n");
}
