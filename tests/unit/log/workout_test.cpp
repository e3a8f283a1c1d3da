#include "recover/log/workout.hpp"

#include <doctest/doctest.h>

using namespace recover;

TEST_CASE("sports, kinds and treatments received print as the log and the outputs spell them") {
    CHECK(to_string(Sport::run) == "run");
    CHECK(to_string(Sport::strength) == "strength");
    CHECK(to_string(Sport::other) == "other");
    CHECK(to_string(Kind::long_run) == "long");
    CHECK(to_string(Kind::treatment) == "treatment");
    CHECK(to_string(Received::none) == "none");
    CHECK(to_string(Received::art) == "art");
}

TEST_CASE("a workout is named by its title, or by its kind when it has none") {
    Workout w;
    w.kind = Kind::long_run;
    CHECK(label(w) == "long");
    w.title = "Sunday long run";
    CHECK(label(w) == "Sunday long run");
}
