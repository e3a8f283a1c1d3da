#include "recover/core/dates.hpp"
#include "recover/render/render.hpp"

#include <doctest/doctest.h>

using namespace recover;

namespace {

date::local_days day(std::string_view iso) {
    return *parse_iso_date(iso);
}

/// Two days of ISO week 2026-W10, the second one heavy, and the week itself.
LoadSeries two_days() {
    LoadSeries load;
    DayLoad monday{day("2026-03-02"), 0, 176.667, 168.871, 1.0462, 163.38, 93.22, -95.125};
    DayLoad tuesday{day("2026-03-03"), 364, 200, 150, std::nullopt, 188.5, 100.6, -70.16};
    load.days = {monday, tuesday};
    WeekLoad week;
    week.monday = day("2026-03-02");
    week.load = 364;
    week.acwr = 1.333;
    week.hard_days = 1;
    week.status = WeekStatus::heavy;
    week.reason = "acwr 1.33 above 1.3";
    load.weeks = {week};
    return load;
}

/// The settings of these tests: session RPE × minutes (the default counts minutes).
Settings srpe() {
    Settings s;
    s.load_model = LoadModel::session_rpe;
    return s;
}

} // namespace

TEST_CASE("load json: the settings, then one week and one day a line") {
    CHECK(render_load(two_days(), srpe(), day("2026-03-03"), day("2026-03-03"), LoadFormat::json) ==
          "{\"version\": 1,\n"
          "\"settings\": {\"model\": \"session-rpe\", \"smoothing\": \"rolling\", \"acute_days\": 7, \"chronic_days\": 28, "
          "\"atl_days\": 7, \"ctl_days\": 42, \"heavy_acwr\": 1.3, \"heavy_hard_days\": 3, \"easy_acwr\": 0.8, \"trimp\": "
          "null},\n"
          "\"from\": \"2026-03-03\", \"until\": \"2026-03-03\",\n"
          "\"weeks\": [\n"
          "  {\"week\": \"2026-W10\", \"start\": \"2026-03-02\", \"load\": 364, \"acwr\": 1.33, \"hard_days\": 1, "
          "\"monotony\": null, \"status\": \"heavy\", \"reason\": \"acwr 1.33 above 1.3\"}\n"
          "],\n"
          "\"days\": [\n"
          "  {\"date\": \"2026-03-03\", \"load\": 364, \"acute\": 200, \"chronic\": 150, \"acwr\": null, \"atl\": 188.5, "
          "\"ctl\": 100.6, \"tsb\": -70.16}\n"
          "]}\n");
}

TEST_CASE("load json: a range with no days has empty lists") {
    CHECK(render_load(LoadSeries{}, Settings{}, day("2026-03-03"), day("2026-03-04"), LoadFormat::json).ends_with(
        "\"from\": \"2026-03-03\", \"until\": \"2026-03-04\",\n\"weeks\": [],\n\"days\": []}\n"));
}

TEST_CASE("load text: the model in words, then each week over a table of its days in the range") {
    CHECK(render_load(two_days(), srpe(), day("2026-03-02"), day("2026-03-03"), LoadFormat::text) ==
          "load from 2026-03-02 to 2026-03-03\n"
          "settings: model session-rpe, smoothing rolling (acute: mean of 7 days, chronic: mean of 28 days), ATL 7 "
          "days, CTL 42 days, heavy: acwr above 1.3 or 3+ hard days, easy: acwr below 0.8\n"
          "model: session RPE × minutes (Foster 2001); without an RPE, the effort inferred from heart rate or kind\n"
          "\n"
          "2026-W10 (from 2026-03-02) · load 364 · acwr 1.33 · 1 hard day · monotony - · heavy: acwr 1.33 above 1.3\n"
          "  date        day  load  acute  chronic  acwr    atl    ctl    tsb\n"
          "  2026-03-02  Mon     0  176.7    168.9  1.05  163.4   93.2  -95.1\n"
          "  2026-03-03  Tue   364  200.0    150.0     -  188.5  100.6  -70.2\n");
}

TEST_CASE("load text: TRIMP says what it worked from") {
    Settings trimp;
    trimp.load_model = LoadModel::trimp;
    LoadSeries load = two_days();
    load.trimp = TrimpBasis{170, true, 60, true, 3, 1};
    std::string text = render_load(load, trimp, day("2026-03-02"), day("2026-03-03"), LoadFormat::text);
    CHECK(text.find("model: Banister TRIMP = minutes × HRr × 0.64 × e^(1.92 × HRr), HRr = (avg HR − resting) / "
                    "(max − resting); max HR 170 (the highest in the log), resting HR 60 (assumed: no [athlete] "
                    "resting_hr); without heart rate, session RPE × minutes instead (1 of 4 workouts)\n") !=
          std::string::npos);
}
