#include "recover/core/memo.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace recover;

TEST_CASE("a text memo makes each text's value once, and forgets all past its limit") {
    TextMemo<std::string> memo(3);
    int made = 0;
    auto shout = [&](std::string_view text) {
        ++made;
        return std::string(text) + "!";
    };
    CHECK(memo("calf", shout) == "calf!");
    CHECK(memo("calf", shout) == "calf!");
    CHECK(made == 1);
    CHECK(memo("knee", shout) == "knee!");
    CHECK(memo("shin", shout) == "shin!");
    CHECK(made == 3);
    CHECK(memo("hip", shout) == "hip!"); // the fourth text: the three before are forgotten
    CHECK(made == 4);
    CHECK(memo("hip", shout) == "hip!");
    CHECK(made == 4);
    CHECK(memo("calf", shout) == "calf!");
    CHECK(made == 5);
}
