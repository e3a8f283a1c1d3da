// The validating TOML table reader (src/rules/toml_reader.cpp) on tables parsed from text.

#include "rules/toml_reader.hpp"
#include "support/errors.hpp"

#include <doctest/doctest.h>

using namespace recover;
using namespace recover::rules;

namespace {

/// The message `run` fails with, as recover prints it.
template <class Run> std::string error_of(Run&& run) {
    return testing::error_of(run, ExitCode::config);
}

} // namespace

TEST_CASE("typed values, or the current one when the key is absent") {
    toml::table table = toml::parse("acwr = 1.5\ndays = 7\nwindow = [48, 72]\non = false\nname = \"x\"\n"
                                    "areas = [\"calf\", \"shin\"]\nmodel = \"trimp\"\n[sub]\n");
    TableReader r(table, "r.toml", "[load]");
    CHECK(r.number("acwr", 1, 0, 10) == 1.5);
    CHECK(r.number("days", 1, 0, 10) == 7); // an integer is a number too
    CHECK(r.number("absent", 1.25, 0, 10) == 1.25);
    CHECK(r.integer("days", 0, 1, 28) == 7);
    CHECK(r.range("window", {0, 0}, 0, 240) == std::array<int, 2>{48, 72});
    CHECK_FALSE(r.boolean("on", true));
    CHECK(r.string("name", "") == "x");
    CHECK(r.strings("areas", {}) == std::vector<std::string>{"calf", "shin"});
    CHECK(r.enumeration("model", LoadModel::session_rpe, load_models, "load model") == LoadModel::trimp);
    CHECK(r.table("sub") != nullptr);
    CHECK(r.table("nothing") == nullptr);
    CHECK(r.has("acwr"));
    CHECK_FALSE(r.has("absent"));
    CHECK(r.file() == "r.toml");
}

TEST_CASE("a value of the wrong type or out of range is an error at the value") {
    toml::table table = toml::parse("days = 1.5\nrpe = 11\nwindow = [72, 48]\non = \"yes\"\nareas = [\"calf\", \" \"]\n"
                                    "model = \"trimpp\"\nsub = 3\n");
    TableReader r(table, "r.toml", "[load]");
    CHECK(error_of([&] { r.integer("days", 0, 0, 10); }) == "r.toml:1:8: \"days\" must be an integer, not a number");
    CHECK(error_of([&] { r.number("rpe", 0, 0, 10); }) == "r.toml:2:7: \"rpe\" is 11, out of range (expected 0 to 10)");
    CHECK(error_of([&] { r.range("window", {0, 0}, 0, 240); }) == "r.toml:3:10: \"window\" minimum 72 exceeds its maximum 48");
    CHECK(error_of([&] { r.boolean("on", false); }) == "r.toml:4:6: \"on\" must be true or false, not a string");
    CHECK(error_of([&] { r.strings("areas", {}); }) == "r.toml:5:18: \"areas\" must not hold an empty string");
    CHECK(error_of([&] { r.enumeration("model", LoadModel::session_rpe, load_models, "load model"); }) ==
          "r.toml:6:9: unknown load model \"trimpp\"; did you mean \"trimp\"? (known: session-rpe, duration, trimp)");
    CHECK(error_of([&] { r.table("sub"); }) == "r.toml:7:7: \"sub\" must be a table, not an integer");
    CHECK(error_of([&] { r.fail_at("absent", "at the table"); }) == "r.toml:1:1: at the table");
}

TEST_CASE("finish reports the first key not read, in file order, with a suggestion or where it belongs") {
    toml::table table = toml::parse("zeta = 1\nacute_dayz = 7\nchronic_days = 28\n");
    TableReader r(table, "r.toml", "[load]");
    r.integer("chronic_days", 28, 1, 365);
    CHECK(error_of([&] { r.finish({"acute_days"}); }) == "r.toml:1:1: unknown key \"zeta\" in [load]");
    TableReader again(table, "r.toml", "[load]");
    again.context("rule \"x\"");
    CHECK(error_of([&] {
              again.finish({"zeta", "acute_days", "chronic_days"}, [](std::string_view key) {
                  return key == "acute_dayz" ? std::string("key \"acute_dayz\" belongs elsewhere") : std::string();
              });
          }) == "r.toml:2:1: key \"acute_dayz\" belongs elsewhere");
    CHECK(error_of([&] { again.finish({"zeta", "acute_days", "chronic_days"}); }) ==
          "r.toml:2:1: unknown key \"acute_dayz\" in rule \"x\"; did you mean \"acute_days\"?");
}

TEST_CASE("syntax errors and type names in our words") {
    CHECK(char_at("ab\ncd", 2, 2) == 'd');
    CHECK(char_at("ab\ncd", 3, 1) == 0);
    CHECK(syntax_message("Error while parsing key-value pair: encountered end-of-file", 0) ==
          "syntax error in key-value pair: encountered end-of-file");
    CHECK(syntax_message("Unexpected character", 0) == "syntax error: unexpected character");
    CHECK(syntax_message("control characters are not allowed", '\n') ==
          "syntax error in string: the line ends before the closing quote");
}
