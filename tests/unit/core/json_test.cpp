#include "recover/core/json.hpp"

#include <doctest/doctest.h>

using namespace recover;

TEST_CASE("JSON strings escape quotes, backslashes and control characters, and keep UTF-8") {
    CHECK(json_string("a\"b\\c") == "\"a\\\"b\\\\c\"");
    CHECK(json_string("line\nnext\ttab\r") == "\"line\\nnext\\ttab\\r\"");
    CHECK(json_string(std::string("\x1b[31m") + "\x7f") == "\"\\u001b[31m\\u007f\"");
    CHECK(json_string("Zürich 🏃") == "\"Zürich 🏃\"");
}

TEST_CASE("JSON numbers have no exponent, no trailing zeros and no negative zero") {
    CHECK(json_number(92.0) == "92");
    CHECK(json_number(62.5) == "62.5");
    CHECK(json_number(1.0 / 3, 2) == "0.33");
    CHECK(json_number(1234567.0, 0) == "1234567");
    CHECK(json_number(-0.001) == "0");
    CHECK(json_number(std::optional<double>{}) == "null");
}

TEST_CASE("TOML strings differ from JSON ones only in \\b, \\f and the case of \\u escapes") {
    CHECK(quote_string("a\"b\\c\nd", StringSyntax::toml) == "\"a\\\"b\\\\c\\nd\"");
    CHECK(quote_string("\b\f\x1b\x7f", StringSyntax::toml) == "\"\\b\\f\\u001B\\u007F\"");
    CHECK(quote_string("\b\f\x1b\x7f", StringSyntax::json) == "\"\\u0008\\u000c\\u001b\\u007f\"");
    CHECK(quote_string("Zürich 🏃", StringSyntax::toml) == "\"Zürich 🏃\"");
}

TEST_CASE("arrays on one line, or one element a line") {
    CHECK(json_array({"1", "\"a\""}) == "[1, \"a\"]");
    CHECK(json_array({}) == "[]");
    CHECK(json_array({"{}", "{}"}, ArrayLayout::one_per_line) == "[\n  {},\n  {}\n]");
    CHECK(json_array({}, ArrayLayout::one_per_line) == "[]");
    CHECK(json_array(std::vector<std::string>{"x", "y"}, json_string) == "[\"x\", \"y\"]");
}

TEST_CASE("JSON and TOML strings escape every control character and the bidi controls") {
    CHECK(json_string("\x1b]52;c;x\x07") == "\"\\u001b]52;c;x\\u0007\"");
    CHECK(json_string("c1 \xC2\x85\xC2\x9B") == "\"c1 \\u0085\\u009b\"");
    CHECK(json_string("abc\u202Eevil\u2066\u200F") == "\"abc\\u202eevil\\u2066\\u200f\"");
    CHECK(json_string("\u00A0\u2014\u2065") == "\"\u00A0\u2014\u2065\""); // neighbours are text
    CHECK(quote_string("\u202E", StringSyntax::toml) == "\"\\u202E\"");
}
