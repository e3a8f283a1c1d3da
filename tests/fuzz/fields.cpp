// Fuzzes the parsers of single values: dates, times, durations, numbers, races and niggles. Each
// either gives nothing or a value in its documented range: a real calendar date that prints back
// as it was written, a time of day, a finite number, a severity from 0 to 10. (A race named
// "0 mi" has a distance of 0: not a finding, a distance the runner wrote.)

#include "fuzz.hpp"

#include "log/format.hpp"
#include "recover/core/text.hpp"
#include "recover/log/niggles.hpp"
#include "recover/planner/planner.hpp"

#include <chrono>
#include <string>

using namespace recover;

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

/// True when `text` starts with `YYYY-MM-DD` written with digits.
bool starts_as_iso_date(std::string_view text) {
    if (text.size() < 10) return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (!is_digit(text[i])) return false;
    return text[4] == '-' && text[7] == '-';
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = fuzz::as_text(data, size);

    if (auto day = parse_iso_date(text)) {
        FUZZ_CHECK(date::year_month_day{*day}.ok());
        FUZZ_CHECK(starts_as_iso_date(text) && text.size() == 10);
        FUZZ_CHECK(iso_date(*day) == text);
    }
    if (auto when = parse_local_date_time(text)) {
        FUZZ_CHECK(date::year_month_day{when->day}.ok());
        FUZZ_CHECK(starts_as_iso_date(text));
        FUZZ_CHECK(iso_date(when->day) == text.substr(0, 10));
        if (when->time) FUZZ_CHECK(when->time->count() >= 0 && when->time->count() < 24 * 60);
        else FUZZ_CHECK(text.size() == 10);
    }
    if (auto number = parse_number(text)) FUZZ_CHECK(fuzz::finite(*number));
    for (char mark : {'.', ','}) {
        if (auto number = formats::parse_export_number(text, mark)) FUZZ_CHECK(fuzz::finite(*number));
    }
    if (auto minutes = formats::parse_duration_minutes(text)) FUZZ_CHECK(fuzz::finite(*minutes) && *minutes >= 0);
    if (auto race = parse_race_option(text)) {
        FUZZ_CHECK(date::year_month_day{race->date}.ok());
        FUZZ_CHECK(fuzz::finite(race->distance_km) && (!race->distance_km || *race->distance_km >= 0));
    }
    // Free text: well-formed UTF-8 only, as the CSV reader lets nothing else through.
    if (!find_invalid_utf8(text)) {
        for (const Niggle& niggle : niggles_in_text(text)) {
            FUZZ_CHECK(!niggle.area.empty());
            if (niggle.severity) FUZZ_CHECK(*niggle.severity >= 0 && *niggle.severity <= 10);
        }
        (void)body_area(text);
        (void)count_chars(text);
    }
    return 0;
}
