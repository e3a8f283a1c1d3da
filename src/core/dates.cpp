#include "recover/core/dates.hpp"

#include <date/iso_week.h>
#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace recover {

namespace {
std::optional<int> digits(std::string_view text) {
    if (text.empty() || !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    int value = 0;
    for (char c : text) value = value * 10 + (c - '0');
    return value;
}
} // namespace

std::optional<date::local_days> parse_iso_date(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    // Every log row has a date, and a log's rows come day by day: the last day read is kept.
    thread_local std::array<char, 10> last_text{};
    thread_local date::local_days last_day{};
    if (std::equal(last_text.begin(), last_text.end(), text.begin())) return last_day;
    auto y = digits(text.substr(0, 4)), m = digits(text.substr(5, 2)), d = digits(text.substr(8, 2));
    if (!y || !m || !d) return std::nullopt;
    date::year_month_day ymd{date::year{*y}, date::month{static_cast<unsigned>(*m)}, date::day{static_cast<unsigned>(*d)}};
    if (!ymd.ok()) return std::nullopt;
    std::copy(text.begin(), text.end(), last_text.begin());
    last_day = date::local_days{ymd};
    return last_day;
}

std::optional<LocalDateTime> parse_local_date_time(std::string_view text) {
    auto day = parse_iso_date(text.substr(0, 10));
    if (!day) return std::nullopt;
    LocalDateTime out{*day, std::nullopt};
    if (text.size() == 10) return out;
    std::string_view rest = text.substr(10);
    if (rest[0] != ' ' && rest[0] != 'T') return std::nullopt;
    rest.remove_prefix(1);
    if (rest.size() != 5 && rest.size() != 8) return std::nullopt;
    auto hh = digits(rest.substr(0, 2)), mm = digits(rest.substr(3, 2));
    if (rest[2] != ':' || !hh || !mm || *hh > 23 || *mm > 59) return std::nullopt;
    if (rest.size() == 8) {
        auto ss = digits(rest.substr(6, 2));
        if (rest[5] != ':' || !ss || *ss > 59) return std::nullopt;
    }
    out.time = std::chrono::hours{*hh} + std::chrono::minutes{*mm};
    return out;
}

// Dates are written by hand rather than with date::format, whose stream costs a hundred times
// more: plans write a date into most of their sentences.

std::string iso_date(date::local_days day) {
    const date::year_month_day ymd{day};
    const int year = static_cast<int>(ymd.year());
    if (year < 0 || year > 9999) return date::format("%F", day); // never from a checked date; written as date writes it
    return fmt::format("{:04}-{:02}-{:02}", year, static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
}

namespace {
constexpr std::array<std::string_view, 7> weekday_names{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
constexpr std::array<std::string_view, 12> month_abbreviations{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
} // namespace

std::string_view weekday_name(date::local_days day) { return weekday_names[date::weekday{day}.c_encoding()]; }

std::string_view weekday_abbreviation(date::local_days day) { return weekday_name(day).substr(0, 3); }

std::string day_name(date::local_days day) {
    const date::year_month_day ymd{day};
    return fmt::format("{} {} {}", weekday_abbreviation(day), static_cast<unsigned>(ymd.day()),
                       month_abbreviations[static_cast<unsigned>(ymd.month()) - 1]);
}

std::string iso_week_label(date::local_days day) {
    iso_week::year_weeknum_weekday week{date::sys_days{day.time_since_epoch()}};
    return fmt::format("{}-W{:02}", static_cast<int>(week.year()), static_cast<unsigned>(week.weeknum()));
}

date::local_days monday_of(date::local_days day) { return day - (date::weekday{day} - date::Monday); }

} // namespace recover
