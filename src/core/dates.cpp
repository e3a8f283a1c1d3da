#include "recover/core/dates.hpp"

#include <date/iso_week.h>
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstring>

namespace recover {

namespace {
/// The number that the `n` digits at `p` write, or -1 when one of them is not a digit.
int digits_at(const char* p, int n) {
    int value = 0;
    for (int i = 0; i < n; ++i) {
        const unsigned digit = static_cast<unsigned char>(p[i]) - unsigned{'0'};
        if (digit > 9) return -1;
        value = value * 10 + static_cast<int>(digit);
    }
    return value;
}
} // namespace

std::optional<date::local_days> parse_iso_date(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    // Every log row has a date, and a log's rows come day by day: the last day read is kept.
    thread_local std::array<char, 10> last_text{};
    thread_local date::local_days last_day{};
    if (std::memcmp(last_text.data(), text.data(), last_text.size()) == 0) return last_day; // two loads, not ten compares
    const int y = digits_at(text.data(), 4), m = digits_at(text.data() + 5, 2), d = digits_at(text.data() + 8, 2);
    if (y < 0 || m < 0 || d < 0) return std::nullopt;
    date::year_month_day ymd{date::year{y}, date::month{static_cast<unsigned>(m)}, date::day{static_cast<unsigned>(d)}};
    if (!ymd.ok()) return std::nullopt;
    std::memcpy(last_text.data(), text.data(), last_text.size());
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
    const int hh = digits_at(rest.data(), 2), mm = digits_at(rest.data() + 3, 2);
    if (rest[2] != ':' || hh < 0 || mm < 0 || hh > 23 || mm > 59) return std::nullopt;
    if (rest.size() == 8) {
        const int ss = digits_at(rest.data() + 6, 2);
        if (rest[5] != ':' || ss < 0 || ss > 59) return std::nullopt;
    }
    out.time = std::chrono::hours{hh} + std::chrono::minutes{mm};
    return out;
}

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
