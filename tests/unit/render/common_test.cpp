#include "render/common.hpp"
#include "support/render_samples.hpp"

#include <doctest/doctest.h>

using namespace recover;
using namespace recover::samples;

TEST_CASE("an item's minutes: a range, one number, or nothing") {
    CHECK(minutes_text({45, 60}) == "45–60 min");
    CHECK(minutes_text({10, 10}) == "10 min");
    CHECK(minutes_text({0, 0}) == "");
}

TEST_CASE("causes in one word and in one phrase; the label is left out when empty") {
    CHECK(cause_type(Cause::What::workout) == "workout");
    CHECK(cause_type(Cause::What::clock) == "clock");
    CHECK(cause_text(cause(Cause::What::workout, "2026-03-03", "6x800 @ 5K pace")) ==
          "workout 2026-03-03 6x800 @ 5K pace");
    CHECK(cause_text(cause(Cause::What::race, "2026-03-15", "")) == "race 2026-03-15");
    CHECK(triggers_text({cause(Cause::What::niggle, "2026-03-01", "calf"), cause(Cause::What::clock, "2026-03-02", "")}) ==
          "niggle 2026-03-01 calf; clock 2026-03-02");
    CHECK(triggers_text({}) == "");
}

TEST_CASE("paint wraps text in an SGR code and a reset, only when on") {
    CHECK(paint("heavy", sgr::red, true) == "\x1b[31mheavy\x1b[0m");
    CHECK(paint("heavy", sgr::red, false) == "heavy");
    CHECK(paint("normal", "", true) == "normal");
}

TEST_CASE("a colour means the same in every view") {
    CHECK(treatment_colour(Treatment::deep_massage) == sgr::cyan);
    CHECK(treatment_colour(Treatment::flush_massage) == sgr::cyan);
    CHECK(treatment_colour(Treatment::art) == sgr::magenta);
    CHECK(treatment_colour(Treatment::physio) == sgr::bold_red);
    CHECK(treatment_colour(Treatment::blackout) == sgr::yellow);
    CHECK(treatment_colour(Treatment::foam_roll) == sgr::green);
    CHECK(status_colour(WeekStatus::heavy) == sgr::red);
    CHECK(status_colour(WeekStatus::easy) == sgr::green);
    CHECK(status_colour(WeekStatus::normal) == "");
}
