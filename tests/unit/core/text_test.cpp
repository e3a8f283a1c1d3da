#include "recover/core/text.hpp"

#include <doctest/doctest.h>

#include <charconv>
#include <random>
#include <string>

using namespace recover;

TEST_CASE("numbers are read in the C locale and wholly") {
    CHECK(parse_number("12") == 12);
    CHECK(parse_number("-3.5") == -3.5);
    CHECK(parse_number("+4") == 4);
    CHECK_FALSE(parse_number("4km"));
    CHECK_FALSE(parse_number(""));
    CHECK_FALSE(parse_number("nan"));
    CHECK_FALSE(parse_number("inf"));
}

TEST_CASE("a plain decimal is read to the same double as from_chars") {
    // parse_number reads "digits[.digits]" itself; every such text must give from_chars' value.
    std::mt19937_64 random(11);
    for (int i = 0; i < 200000; ++i) {
        const int digits = 1 + static_cast<int>(random() % 16), decimals = static_cast<int>(random() % (digits + 1));
        std::string text;
        for (int d = 0; d < digits; ++d) {
            if (d == digits - decimals && decimals > 0) text += d == 0 ? "0." : ".";
            text += static_cast<char>('0' + random() % 10);
        }
        double expected = 0;
        std::from_chars(text.data(), text.data() + text.size(), expected);
        REQUIRE_MESSAGE(parse_number(text) == expected, text);
    }
    CHECK(parse_number("5.") == 5);  // the forms it leaves to from_chars
    CHECK(parse_number(".5") == 0.5);
    CHECK(parse_number("1e3") == 1000);
    CHECK(parse_number("0000000000000000012.5") == 12.5); // past 15 digits
    CHECK(parse_number("12345678901234567890") == 12345678901234567890.0);
    CHECK_FALSE(parse_number("1.2.3"));
    CHECK_FALSE(parse_number("."));
}

TEST_CASE("split, trim and case") {
    CHECK(split(" a ; b;;c ", ';') == std::vector<std::string_view>{"a", "b", "", "c"});
    CHECK(lowercase("Left ACHILLES") == "left achilles");
    CHECK(iequals("Date", "DATE"));
    CHECK_FALSE(iequals("Date", "Dates"));
}

TEST_CASE("UTF-8 is counted by character and checked") {
    CHECK(count_chars("Zürich 🏃") == 8);
    CHECK_FALSE(find_invalid_utf8("Zürich 🏃 ®"));
    CHECK(find_invalid_utf8("ok\xE9") == 2u);
    CHECK(find_invalid_utf8("\xC0\xAF") == 0u);         // overlong
    CHECK(find_invalid_utf8("\xED\xA0\x80") == 0u);     // a UTF-16 surrogate
}

TEST_CASE("fixed decimals round half away from zero and never print -0") {
    CHECK(fixed_decimals(62.5, 2) == "62.50");
    CHECK(fixed_decimals(0.125, 2) == "0.13");
    CHECK(fixed_decimals(-0.004, 2) == "0.00");
    CHECK(fixed_decimals(1234.5, 0) == "1235");
}
