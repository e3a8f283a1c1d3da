#pragma once
/// Calendar dates as recover reads and writes them: ISO dates, ISO weeks, short day names.

#include <date/date.h>

#include <algorithm>
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace recover {

/// A local date with an optional time of day, as a log writes it.
struct LocalDateTime {
    date::local_days day;
    std::optional<std::chrono::minutes> time;
};

/// The dates recover reads and writes (recover(1), LIMITS): a log's dates, the options' and the
/// environment's. Past them, ISO weeks, calendars and years of four digits would not hold, and a
/// load series from year 0 to 9999 would be millions of days long.
constexpr date::local_days first_date{date::year{1900} / 1 / 1};
constexpr date::local_days last_date{date::year{2200} / 12 / 31};
/// The range as messages write it.
constexpr std::string_view date_range_said = "1900-01-01 to 2200-12-31";

/// True when `day` is from `first_date` to `last_date`.
constexpr bool in_date_range(date::local_days day) {
    return day >= first_date && day <= last_date;
}

/// Widens [first, last] to hold `day` (both nothing: the span of no day yet).
inline void widen(std::optional<date::local_days>& first, std::optional<date::local_days>& last, date::local_days day) {
    first = first ? std::min(*first, day) : day;
    last = last ? std::max(*last, day) : day;
}

/// `YYYY-MM-DD` (a real calendar date), nothing otherwise.
std::optional<date::local_days> parse_iso_date(std::string_view text);

/// `YYYY-MM-DD`, optionally followed by ` HH:MM[:SS]` or `THH:MM[:SS]`; nothing otherwise.
std::optional<LocalDateTime> parse_local_date_time(std::string_view text);

/// `YYYY-MM-DD`.
std::string iso_date(date::local_days day);

/// "Sun 26 Apr", for sentences.
std::string day_name(date::local_days day);

/// The English name of `day`'s weekday ("Sunday"), whatever the locale: plans read the same everywhere.
std::string_view weekday_name(date::local_days day);

/// "Sun": the first three letters of `weekday_name`.
std::string_view weekday_abbreviation(date::local_days day);

/// `2026-W23` for the ISO week holding `day`.
std::string iso_week_label(date::local_days day);

/// The Monday of the ISO week holding `day`.
date::local_days monday_of(date::local_days day);

} // namespace recover
