#include "recover/core/diagnostics.hpp"

#include <doctest/doctest.h>

#include <vector>

using namespace recover;

TEST_CASE("a location prints only the parts it knows") {
    CHECK(to_string(Location{"log.csv", 14, 3}) == "log.csv:14:3");
    CHECK(to_string(Location{"log.csv", 14, 0}) == "log.csv:14");
    CHECK(to_string(Location{"log.csv"}) == "log.csv");
}

TEST_CASE("an error's message is its location then what went wrong") {
    Error e(ExitCode::data, Location{"log.csv", 2, 1}, "cannot read date \"x\"");
    CHECK(e.message() == "log.csv:2:1: cannot read date \"x\"");
    CHECK(e.code() == ExitCode::data);
    CHECK(Error(ExitCode::usage, {}, "bad").message() == "bad");
}

TEST_CASE("exit codes are the documented ones") {
    CHECK(static_cast<int>(ExitCode::usage) == 64);
    CHECK(static_cast<int>(ExitCode::data) == 65);
    CHECK(static_cast<int>(ExitCode::no_input) == 66);
    CHECK(static_cast<int>(ExitCode::software) == 70);
    CHECK(static_cast<int>(ExitCode::cant_create) == 73);
    CHECK(static_cast<int>(ExitCode::io_error) == 74);
    CHECK(static_cast<int>(ExitCode::config) == 78);
}

TEST_CASE("near-miss names get a suggestion, far ones none") {
    std::vector<std::string_view> keys{"window_hours", "max_per_week", "title"};
    CHECK(edit_distance("kitten", "sitting") == 3);
    CHECK(nearest("windwo_hours", keys) == "window_hours");
    CHECK(did_you_mean("titel", keys) == "; did you mean \"title\"?");
    CHECK(did_you_mean("colour", keys).empty());
}
