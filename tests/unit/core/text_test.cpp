#include "recover/core/text.hpp"

#include <doctest/doctest.h>

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
