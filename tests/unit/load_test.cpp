#include "recover/load.hpp"

#include <doctest/doctest.h>

using namespace recover;
using namespace date::literals;

namespace {
const date::local_days monday{2026_y / 3 / 2};

Workout session(int day, double load, Kind kind = Kind::easy) {
    Workout w;
    w.date = monday + date::days{day};
    w.load = load;
    w.kind = kind;
    return w;
}
} // namespace

TEST_CASE("weeks are whole ISO weeks and sum their daily load") {
    std::vector<Workout> log{session(0, 100), session(0, 50), session(3, 200)};
    LoadSeries series = compute_load(log, Settings{}, monday, monday + date::days{6});
    REQUIRE(series.days.size() == 7);
    REQUIRE(series.weeks.size() == 1);
    CHECK(series.days[0].load == 150);
    CHECK(series.weeks[0].load == 350);
    CHECK(series.week_of(monday + date::days{6}) == &series.weeks[0]);
    CHECK(series.week_of(monday + date::days{7}) == nullptr);
    CHECK_FALSE(series.weeks[0].acwr); // less than 28 days of history
    CHECK(series.weeks[0].reason == "too little history for acwr");
}

TEST_CASE("rolling acute:chronic ratio, hand-computed") {
    // Four weeks of 100 a day, then a week of 200 a day.
    std::vector<Workout> log;
    for (int d = 0; d < 28; ++d) log.push_back(session(d, 100));
    for (int d = 28; d < 35; ++d) log.push_back(session(d, 200));
    LoadSeries series = compute_load(log, Settings{}, monday, monday + date::days{34});
    REQUIRE(series.weeks.size() == 5);
    CHECK(*series.weeks[3].acwr == doctest::Approx(1.0));
    CHECK(series.weeks[3].status == WeekStatus::normal);
    // Week 5: acute = 200; chronic = (21 × 100 + 7 × 200) / 28 = 125; ratio 1.6.
    CHECK(*series.weeks[4].acwr == doctest::Approx(1.6));
    CHECK(series.weeks[4].status == WeekStatus::heavy);
    CHECK(series.weeks[4].reason == "acwr 1.60 above 1.3");
    CHECK_FALSE(series.weeks[4].monotony); // flat load: no monotony
}

TEST_CASE("easy weeks, hard days and monotony") {
    std::vector<Workout> log;
    for (int d = 0; d < 28; ++d) log.push_back(session(d, 100));
    log.push_back(session(28, 100, Kind::hard));
    log.push_back(session(29, 100, Kind::hard));
    log.push_back(session(30, 100, Kind::race));
    for (int d = 35; d < 42; d += 2) log.push_back(session(d, 50));
    LoadSeries series = compute_load(log, Settings{}, monday, monday + date::days{41});
    CHECK(series.weeks[4].hard_days == 3);
    CHECK(series.weeks[4].status == WeekStatus::heavy);
    CHECK(series.weeks[4].reason == "3 hard days");
    CHECK(series.weeks[5].status == WeekStatus::easy);
    // Week 6: loads 50,0,50,0,50,0,50 → mean 200/7, sd = sqrt(10000/7 − mean²).
    double mean = 200.0 / 7, sd = std::sqrt(10000.0 / 7 - mean * mean);
    CHECK(*series.weeks[5].monotony == doctest::Approx(mean / sd));
}

TEST_CASE("CTL, ATL and TSB follow the exponential convention") {
    std::vector<Workout> log{session(0, 700)};
    Settings s;
    LoadSeries series = compute_load(log, s, monday, monday + date::days{1});
    CHECK(series.days[0].atl == doctest::Approx(100));  // 700 / 7
    CHECK(series.days[0].ctl == doctest::Approx(700.0 / 42));
    CHECK(series.days[0].tsb == 0);                     // yesterday's CTL − ATL
    CHECK(series.days[1].tsb == doctest::Approx(700.0 / 42 - 100));
    CHECK(series.days[1].atl == doctest::Approx(100 * 6.0 / 7));
}

TEST_CASE("weeks after the last workout say nothing is logged") {
    std::vector<Workout> log{session(0, 100)};
    LoadSeries series = compute_load(log, Settings{}, monday, monday + date::days{13});
    CHECK(series.weeks[1].status == WeekStatus::normal);
    CHECK(series.weeks[1].reason == "no workouts logged");
}
