#include "recover/core/dates.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

using namespace recover;
using namespace date::literals;

TEST_CASE("ISO dates must be real calendar dates") {
    CHECK(parse_iso_date("2026-02-28") == date::local_days{2026_y / 2 / 28});
    CHECK_FALSE(parse_iso_date("2026-02-29"));
    CHECK_FALSE(parse_iso_date("2026-13-01"));
    CHECK_FALSE(parse_iso_date("26-01-01"));
    CHECK_FALSE(parse_iso_date("2026-1-1x"));
}

TEST_CASE("local date-times with a space or a T, with or without seconds") {
    auto a = parse_local_date_time("2026-03-05 18:30");
    REQUIRE(a);
    CHECK(a->day == date::local_days{2026_y / 3 / 5});
    CHECK(a->time == std::chrono::minutes{18 * 60 + 30});
    CHECK(parse_local_date_time("2026-03-05T06:45:10")->time == std::chrono::minutes{6 * 60 + 45});
    CHECK_FALSE(parse_local_date_time("2026-03-05")->time);
    CHECK_FALSE(parse_local_date_time("2026-03-05 24:00"));
    CHECK_FALSE(parse_local_date_time("2026-03-05 6:45"));
}

TEST_CASE("ISO weeks, Mondays and day names") {
    CHECK(iso_week_label(date::local_days{2026_y / 3 / 2}) == "2026-W10");
    CHECK(iso_week_label(date::local_days{2027_y / 1 / 1}) == "2026-W53");
    CHECK(monday_of(date::local_days{2026_y / 3 / 8}) == date::local_days{2026_y / 3 / 2});
    CHECK(monday_of(date::local_days{2026_y / 3 / 2}) == date::local_days{2026_y / 3 / 2});
    CHECK(day_name(date::local_days{2026_y / 4 / 26}) == "Sun 26 Apr");
    CHECK(iso_date(date::local_days{2026_y / 4 / 6}) == "2026-04-06");
    CHECK(weekday_name(date::local_days{2026_y / 4 / 26}) == "Sunday");
    CHECK(weekday_abbreviation(date::local_days{2026_y / 4 / 29}) == "Wed");
}

TEST_CASE("dates are written as the date library writes them, in English whatever the locale") {
    // Written by hand for speed: against date::format (in the classic locale, as a test runs), on
    // every 13th day of the range, so on each weekday and each day of the month.
    for (auto day = first_date; day <= last_date; day += date::days{13}) {
        REQUIRE(iso_date(day) == date::format("%F", day));
        REQUIRE(weekday_name(day) == date::format("%A", day));
        REQUIRE(weekday_abbreviation(day) == date::format("%a", day));
        REQUIRE(day_name(day) == fmt::format("{} {} {}", date::format("%a", day),
                                             static_cast<unsigned>(date::year_month_day{day}.day()), date::format("%b", day)));
    }
    CHECK(iso_date(date::local_days{date::year{12345} / 1 / 2}) == "12345-01-02"); // past four digits, as date writes it
}

TEST_CASE("the date range recover reads: 1900-01-01 to 2200-12-31") {
    CHECK(in_date_range(*parse_iso_date("1900-01-01")));
    CHECK(in_date_range(*parse_iso_date("2200-12-31")));
    CHECK_FALSE(in_date_range(*parse_iso_date("1899-12-31")));
    CHECK_FALSE(in_date_range(*parse_iso_date("2201-01-01")));
    CHECK_FALSE(in_date_range(*parse_iso_date("0000-01-01")));
    CHECK_FALSE(in_date_range(*parse_iso_date("9999-12-31")));
}
