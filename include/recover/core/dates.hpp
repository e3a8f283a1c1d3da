#pragma once
/// Calendar dates as recover reads and writes them: ISO dates, ISO weeks, short day names.

#include <date/date.h>

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

/// `YYYY-MM-DD` (a real calendar date), nothing otherwise.
std::optional<date::local_days> parse_iso_date(std::string_view text);

/// `YYYY-MM-DD`, optionally followed by ` HH:MM[:SS]` or `THH:MM[:SS]`; nothing otherwise.
std::optional<LocalDateTime> parse_local_date_time(std::string_view text);

/// `YYYY-MM-DD`.
std::string iso_date(date::local_days day);

/// "Sun 26 Apr", for sentences.
std::string day_name(date::local_days day);

/// `2026-W23` for the ISO week holding `day`.
std::string iso_week_label(date::local_days day);

/// The Monday of the ISO week holding `day`.
date::local_days monday_of(date::local_days day);

} // namespace recover
