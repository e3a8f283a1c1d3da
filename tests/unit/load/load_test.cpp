#include "recover/load/classify.hpp"
#include "recover/load/load.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace recover;
using namespace date::literals;

// Every expected number below is worked out by hand in the comment beside it, from the
// definitions of DESIGN.md §3 and rules/default.toml [load]; none is read back from the code.

namespace {
const date::local_days monday{2026_y / 3 / 2}; // 2026-W10

Workout session(int day, double load, Kind kind = Kind::easy) {
    Workout w;
    w.date = monday + date::days{day};
    w.load = load;
    w.kind = kind;
    return w;
}

/// A run as classification leaves it: `effort` set, load not yet worked out.
Workout run(double minutes, double effort, std::optional<double> avg_hr = std::nullopt) {
    Workout w;
    w.date = monday;
    w.sport = Sport::run;
    w.minutes = minutes;
    w.effort = effort;
    w.signals.avg_hr = avg_hr;
    return w;
}

Settings trimp_settings(std::optional<int> max_hr, std::optional<int> resting_hr) {
    Settings s;
    s.load_model = LoadModel::trimp;
    s.max_hr = max_hr;
    s.resting_hr = resting_hr;
    return s;
}
} // namespace

TEST_CASE("load: a workout's load under each model") {
    Settings s;
    // The default: minutes of training, which every export records alike.
    CHECK(workout_load(run(50, 7), s, std::nullopt) == 50);
    // Foster: session RPE × minutes = 7 × 50.
    s.load_model = LoadModel::session_rpe;
    CHECK(workout_load(run(50, 7), s, std::nullopt) == 350);

    Workout massage = run(60, 0);
    massage.kind = Kind::treatment;
    Workout missed = run(50, 7);
    missed.missed = true;
    for (LoadModel model : {LoadModel::session_rpe, LoadModel::duration, LoadModel::trimp}) {
        s.load_model = model;
        CHECK(workout_load(massage, s, 190.0) == 0);
        CHECK(workout_load(missed, s, 190.0) == 0);
    }
}

TEST_CASE("load: Banister TRIMP for a known heart rate") {
    // 60 min at 150 bpm, max 180, resting 60: HRr = (150 − 60) / (180 − 60) = 0.75;
    // TRIMP = 60 × 0.75 × 0.64 × e^(1.92 × 0.75) = 28.8 × e^1.44 = 28.8 × 4.2206958 = 121.5560.
    CHECK(banister_trimp(60, 150, 180, 60, 0.64, 1.92) == doctest::Approx(121.5560).epsilon(1e-6));
    CHECK(workout_load(run(60, 4, 150), trimp_settings(180, 60), std::nullopt) ==
          doctest::Approx(121.5560).epsilon(1e-6));
    // No [athlete] max_hr: the log's highest; no resting_hr: 60. Same numbers.
    CHECK(workout_load(run(60, 4, 150), trimp_settings(std::nullopt, std::nullopt), 180.0) ==
          doctest::Approx(121.5560).epsilon(1e-6));
    // [athlete] max_hr outranks the log: max 190, resting 50 → HRr = 100 / 140 = 5/7;
    // 60 × 5/7 × 0.64 × e^(1.92 × 5/7) = 27.428571 × e^1.3714286 = 27.428571 × 3.9409766 = 108.0954.
    CHECK(workout_load(run(60, 4, 150), trimp_settings(190, 50), 180.0) == doctest::Approx(108.0954).epsilon(1e-6));
    // HRr is clamped to [0, 1]: above max, 60 × 1 × 0.64 × e^1.92 = 38.4 × 6.8209585 = 261.9248; below resting, 0.
    CHECK(banister_trimp(60, 200, 180, 60, 0.64, 1.92) == doctest::Approx(261.9248).epsilon(1e-6));
    CHECK(banister_trimp(60, 55, 180, 60, 0.64, 1.92) == 0);
}

TEST_CASE("load: TRIMP falls back to session RPE x minutes without heart rate") {
    // No average heart rate: RPE 6 × 40 min = 240.
    CHECK(workout_load(run(40, 6), trimp_settings(180, 60), 180.0) == 240);
    // A heart rate but no maximum anywhere: no HRr, so the same fallback.
    CHECK(workout_load(run(40, 6, 150), trimp_settings(std::nullopt, std::nullopt), std::nullopt) == 240);

    // compute_load reports what TRIMP worked from.
    std::vector<Workout> log{run(60, 4, 150), run(40, 6)};
    log[0].signals.max_hr = 182;
    Workout missed = run(30, 3, 140);
    missed.missed = true;
    log.push_back(missed);
    LoadSeries series = compute_load(log, trimp_settings(std::nullopt, std::nullopt), monday, monday);
    REQUIRE(series.trimp);
    CHECK(*series.trimp->max_hr == 182);
    CHECK(series.trimp->max_hr_from_log);
    CHECK(series.trimp->resting_hr == 60);
    CHECK(series.trimp->resting_hr_assumed);
    CHECK(series.trimp->from_heart_rate == 1);
    CHECK(series.trimp->without_heart_rate == 1); // the missed one counts for nothing
    CHECK_FALSE(compute_load(log, Settings{}, monday, monday).trimp);
}

TEST_CASE("load: classification works out each workout's load") {
    Settings s = trimp_settings(180, 60);
    std::vector<Workout> log{run(60, 0, 150), run(40, 0)};
    log[0].signals.rpe = 4;
    log[1].signals.rpe = 6;
    classify_workouts(log, s);
    CHECK(log[0].load == doctest::Approx(121.5560).epsilon(1e-6)); // the TRIMP above
    CHECK(log[1].load == 240);                                     // 6 × 40
}

TEST_CASE("load: weeks are whole ISO weeks and sum their daily load") {
    std::vector<Workout> log{session(0, 100), session(0, 50), session(3, 200)};
    LoadSeries series = compute_load(log, Settings{}, monday, monday + date::days{6});
    REQUIRE(series.days.size() == 7);
    REQUIRE(series.weeks.size() == 1);
    CHECK(series.days[0].load == 150); // 100 + 50 on the same day
    CHECK(series.weeks[0].load == 350);
    CHECK(series.week_of(monday + date::days{6}) == &series.weeks[0]);
    CHECK(series.week_of(monday + date::days{7}) == nullptr);
    CHECK_FALSE(series.weeks[0].acwr); // less than 28 days of history
    CHECK(series.weeks[0].reason == "too little history for acwr");
    // A range starting mid-week still covers the whole week.
    CHECK(compute_load(log, Settings{}, monday + date::days{3}, monday + date::days{4}).days.front().date == monday);
}

TEST_CASE("load: 7- and 28-day rolling means and the acute:chronic ratio, hand-computed") {
    // 280 every Monday for four weeks (days 0, 7, 14, 21), then 560 on day 28.
    std::vector<Workout> log{session(0, 280), session(7, 280), session(14, 280), session(21, 280), session(28, 560)};
    LoadSeries series = compute_load(log, Settings{}, monday, monday + date::days{34});
    REQUIRE(series.days.size() == 35);
    const auto& d = series.days;
    // Day 0: acute = 280 / 7 = 40; chronic = 280 / 28 = 10 (the window counts days before the log as 0).
    CHECK(d[0].acute == doctest::Approx(40));
    CHECK(d[0].chronic == doctest::Approx(10));
    CHECK_FALSE(d[0].acwr);
    // Day 6: acute still 40 (days 0–6); day 7 drops day 0 and adds day 7: 40 again; chronic 560 / 28 = 20.
    CHECK(d[6].acute == doctest::Approx(40));
    CHECK(d[7].chronic == doctest::Approx(20));
    // Day 26 is the 27th day of history: no ratio yet. Day 27 is the 28th: acute (days 21–27) = 280 / 7 = 40,
    // chronic (days 0–27) = 4 × 280 / 28 = 40, ratio 1.
    CHECK_FALSE(d[26].acwr);
    CHECK(d[27].acute == doctest::Approx(40));
    CHECK(d[27].chronic == doctest::Approx(40));
    CHECK(*d[27].acwr == doctest::Approx(1.0));
    // Day 28: acute (22–28) = 560 / 7 = 80; chronic (1–28) = (3 × 280 + 560) / 28 = 1400 / 28 = 50; ratio 1.6.
    CHECK(d[28].acute == doctest::Approx(80));
    CHECK(d[28].chronic == doctest::Approx(50));
    CHECK(*d[28].acwr == doctest::Approx(1.6));

    REQUIRE(series.weeks.size() == 5);
    CHECK_FALSE(series.weeks[2].acwr); // Sunday day 20: 21 days of history
    CHECK(series.weeks[2].reason == "too little history for acwr");
    CHECK(series.weeks[3].status == WeekStatus::normal);
    CHECK(series.weeks[3].reason == "acwr 1.00");
    // Week 5's Sunday (day 34): acute (28–34) = 80, chronic (7–34) = 1400 / 28 = 50: 1.6 > 1.3.
    CHECK(*series.weeks[4].acwr == doctest::Approx(1.6));
    CHECK(series.weeks[4].status == WeekStatus::heavy);
    CHECK(series.weeks[4].reason == "acwr 1.60 above 1.3");
    // Monotony of 560, 0 × 6: mean 80; variance (480² + 6 × 80²) / 7 = 268800 / 7 = 38400; sd 195.96;
    // 80 / 195.96 = 0.40825 (one session in a week is always 1/√6).
    CHECK(*series.weeks[4].monotony == doctest::Approx(1 / std::sqrt(6.0)));
}

TEST_CASE("load: four flat weeks then a doubled week is heavy; a flat week has no monotony") {
    std::vector<Workout> log;
    for (int d = 0; d < 28; ++d)
        log.push_back(session(d, 100));
    for (int d = 28; d < 35; ++d)
        log.push_back(session(d, 200));
    LoadSeries series = compute_load(log, Settings{}, monday, monday + date::days{34});
    REQUIRE(series.weeks.size() == 5);
    CHECK(*series.weeks[3].acwr == doctest::Approx(1.0));
    // Week 5: acute = 200; chronic = (21 × 100 + 7 × 200) / 28 = 125; ratio 1.6.
    CHECK(*series.weeks[4].acwr == doctest::Approx(1.6));
    CHECK(series.weeks[4].reason == "acwr 1.60 above 1.3");
    CHECK_FALSE(series.weeks[4].monotony); // flat load: sd 0, no monotony
}

TEST_CASE("load: a flat week of fractional loads has no monotony") {
    // 41.2 a day: Σx²/7 − mean² leaves about 7e-13 in doubles, an sd of 8e-7 and a "monotony" of
    // 5e7; the real sd is 0.
    std::vector<Workout> log;
    for (int d = 0; d < 7; ++d)
        log.push_back(session(d, 41.2));
    LoadSeries series = compute_load(log, Settings{}, monday, monday + date::days{6});
    CHECK_FALSE(series.weeks[0].monotony);
}

TEST_CASE("load: hard days, easy weeks and monotony, with reasons") {
    std::vector<Workout> log;
    for (int d = 0; d < 28; ++d)
        log.push_back(session(d, 100));
    log.push_back(session(28, 100, Kind::hard));
    log.push_back(session(29, 100, Kind::hard));
    log.push_back(session(30, 100, Kind::race));
    for (int d = 31; d < 35; ++d)
        log.push_back(session(d, 100));
    for (int d = 35; d < 42; d += 2)
        log.push_back(session(d, 50));
    LoadSeries series = compute_load(log, Settings{}, monday, monday + date::days{41});
    // Week 5: acwr 1.00 (100 a day throughout), but three hard days (two hard, one race).
    CHECK(series.weeks[4].hard_days == 3);
    CHECK(series.weeks[4].status == WeekStatus::heavy);
    CHECK(series.weeks[4].reason == "3 hard days");
    // Week 6: loads 50, 0, 50, 0, 50, 0, 50: acute = 200 / 7 = 28.571; chronic (days 14–41) =
    // (21 × 100 + 200) / 28 = 82.143; ratio 0.3478 < 0.8.
    CHECK(*series.weeks[5].acwr == doctest::Approx(0.347826));
    CHECK(series.weeks[5].status == WeekStatus::easy);
    CHECK(series.weeks[5].reason == "acwr 0.35 below 0.8");
    // Monotony: mean 200/7 = 28.571; variance (4 × (150/7)² + 3 × (200/7)²) / 7 = 210000 / 343 = 612.24;
    // sd 24.744; 28.571 / 24.744 = 1.1547 (= 2 / √3).
    CHECK(*series.weeks[5].monotony == doctest::Approx(2 / std::sqrt(3.0)));
}

TEST_CASE("load: a heavy week names every reason; two hard days are not heavy") {
    // Four weeks of 100 a day; week 5 has 300 on Mon, Wed, Fri (hard) and 100 on the other days.
    std::vector<Workout> log;
    for (int d = 0; d < 28; ++d)
        log.push_back(session(d, 100));
    for (int d = 28; d < 35; ++d)
        log.push_back(
            session(d, (d - 28) % 2 == 0 && d < 33 ? 300 : 100, (d - 28) % 2 == 0 && d < 33 ? Kind::hard : Kind::easy));
    // Week 6: 300 hard on Mon and Wed, 100 on the other days.
    for (int d = 35; d < 42; ++d)
        log.push_back(session(d, d == 35 || d == 37 ? 300 : 100, d == 35 || d == 37 ? Kind::hard : Kind::easy));
    LoadSeries series = compute_load(log, Settings{}, monday, monday + date::days{41});
    // Week 5: load 3 × 300 + 4 × 100 = 1300; acute 1300 / 7 = 185.714; chronic (7–34) = (2100 + 1300) / 28 = 121.429;
    // ratio 1.5294.
    CHECK(series.weeks[4].load == 1300);
    CHECK(*series.weeks[4].acwr == doctest::Approx(1.529412));
    CHECK(series.weeks[4].reason == "acwr 1.53 above 1.3; 3 hard days");
    // Week 6: load 2 × 300 + 5 × 100 = 1100; acute 157.143; chronic (14–41) = (1400 + 1300 + 1100) / 28 = 135.714;
    // ratio 1.1579: normal, and two hard days are not three.
    CHECK(series.weeks[5].hard_days == 2);
    CHECK(*series.weeks[5].acwr == doctest::Approx(1.157895));
    CHECK(series.weeks[5].status == WeekStatus::normal);
    CHECK(series.weeks[5].reason == "acwr 1.16");
}

TEST_CASE("load: a week after four weeks without load is easy") {
    // A session on day 0, then nothing until day 42: the week of days 35–41 has 28 days of history
    // and a chronic window (days 14–41) with no load at all, so no ratio.
    std::vector<Workout> log{session(0, 100), session(42, 100)};
    LoadSeries series = compute_load(log, Settings{}, monday, monday + date::days{48});
    CHECK_FALSE(series.weeks[5].acwr);
    CHECK(series.weeks[5].status == WeekStatus::easy);
    CHECK(series.weeks[5].reason == "no load in the last 28 days");
}

TEST_CASE("load: EWMA acute and chronic load with lambda = 2 / (N + 1)") {
    // acute_days 3: λ = 2 / 4 = 0.5; chronic_days 7: λ = 2 / 8 = 0.25. Loads 100, 0, 200, then 0.
    Settings s;
    s.smoothing = Smoothing::ewma;
    s.acute_days = 3;
    s.chronic_days = 7;
    std::vector<Workout> log{session(0, 100), session(2, 200)};
    LoadSeries series = compute_load(log, s, monday, monday + date::days{6});
    const auto& d = series.days;
    // acute: 0.5 × 100 = 50; 0.5 × 50 = 25; 0.5 × 200 + 0.5 × 25 = 112.5; then halves: 56.25, 28.125, 14.0625, 7.03125.
    CHECK(d[0].acute == doctest::Approx(50));
    CHECK(d[1].acute == doctest::Approx(25));
    CHECK(d[2].acute == doctest::Approx(112.5));
    CHECK(d[6].acute == doctest::Approx(7.03125));
    // chronic: 0.25 × 100 = 25; 0.75 × 25 = 18.75; 0.25 × 200 + 0.75 × 18.75 = 64.0625; then × 0.75:
    // 48.046875, 36.035156, 27.026367, 20.269775.
    CHECK(d[0].chronic == doctest::Approx(25));
    CHECK(d[1].chronic == doctest::Approx(18.75));
    CHECK(d[2].chronic == doctest::Approx(64.0625));
    CHECK(d[6].chronic == doctest::Approx(20.269775));
    // A ratio only on the 7th day of history: 7.03125 / 20.269775 = 0.346883.
    CHECK_FALSE(d[5].acwr);
    CHECK(*d[6].acwr == doctest::Approx(0.346883));

    // The defaults: λ = 2 / 8 and 2 / 29, so 290 on one day gives 72.5 and 20.
    Settings defaults;
    defaults.smoothing = Smoothing::ewma;
    LoadSeries one = compute_load({session(0, 290)}, defaults, monday, monday);
    CHECK(one.days[0].acute == doctest::Approx(72.5));
    CHECK(one.days[0].chronic == doctest::Approx(20));
}

TEST_CASE("load: CTL, ATL and TSB follow the exponential convention") {
    // X += (load − X) / N with N = 7 (ATL) and 42 (CTL); TSB = yesterday's CTL − yesterday's ATL.
    std::vector<Workout> log{session(0, 700), session(2, 350)};
    LoadSeries series = compute_load(log, Settings{}, monday, monday + date::days{2});
    const auto& d = series.days;
    // ATL: 700 / 7 = 100; 100 − 100 / 7 = 600 / 7 = 85.714; 600/7 + (350 − 600/7) / 7 = 6050 / 49 = 123.469.
    CHECK(d[0].atl == doctest::Approx(100));
    CHECK(d[1].atl == doctest::Approx(600.0 / 7));
    CHECK(d[2].atl == doctest::Approx(6050.0 / 49));
    // CTL: 700 / 42 = 16.667; × 41/42 = 1025 / 63 = 16.270; 1025/63 × 41/42 + 350/42 = 64075 / 2646 = 24.216.
    CHECK(d[0].ctl == doctest::Approx(700.0 / 42));
    CHECK(d[1].ctl == doctest::Approx(1025.0 / 63));
    CHECK(d[2].ctl == doctest::Approx(64075.0 / 2646));
    // TSB: 0 on the first day; 16.667 − 100 = −83.333; 1025/63 − 600/7 = −4375 / 63 = −69.444.
    CHECK(d[0].tsb == 0);
    CHECK(d[1].tsb == doctest::Approx(700.0 / 42 - 100));
    CHECK(d[2].tsb == doctest::Approx(-4375.0 / 63));
}

TEST_CASE("load: weeks after the last workout say nothing is logged") {
    std::vector<Workout> log{session(0, 100)};
    LoadSeries series = compute_load(log, Settings{}, monday, monday + date::days{13});
    CHECK(series.weeks[1].status == WeekStatus::normal);
    CHECK(series.weeks[1].reason == "no workouts logged");
    LoadSeries empty = compute_load({}, Settings{}, monday, monday + date::days{6});
    REQUIRE(empty.weeks.size() == 1);
    CHECK(empty.weeks[0].reason == "no workouts logged");
}

TEST_CASE("load: a treatment outside the range is no workout and no index") {
    // A massage ten days before the first run and the range: the series starts at the run's week.
    Workout massage = session(-10, 0, Kind::treatment);
    std::vector<Workout> log{massage, session(3, 100)};
    LoadSeries series = compute_load(log, Settings{}, monday, monday + date::days{6});
    REQUIRE(series.days.size() == 7);
    CHECK(series.days.front().date == monday);
    CHECK(series.weeks[0].load == 100);
}
