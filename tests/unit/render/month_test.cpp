#include "recover/render/render.hpp"
#include "support/render_samples.hpp"

#include <doctest/doctest.h>

using namespace recover;
using namespace recover::samples;

namespace {

/// June 2026 (it starts on a Monday): one item of each kind, two on one day, and a race.
Plan june() {
    Item deep = deep_massage("2026-06-03", "2026-06-01", "6x1K");
    Item roll = item("2026-06-03", Category::self_care, Treatment::foam_roll, "foam-roll-after-easy", "Foam roll");
    Item stretch = item("2026-06-04", Category::self_care, Treatment::stretch, "fascia-stretch", "Fascia stretches");
    Item art = item("2026-06-10", Category::appointment, Treatment::art, "art-achilles", "ART: Achilles");
    Item physio = item("2026-06-12", Category::flag, Treatment::physio, "see-physio-red-flag", "See a physio");
    Item blackout = item("2026-06-18", Category::flag, Treatment::blackout, "race-blackout", "Race blackout");
    blackout.triggers = {cause(Cause::What::race, "2026-06-21", "City 10K")};
    blackout.until = day("2026-06-23"); // one item over every day it closes, the two after the race too
    Item flush = item("2026-06-19", Category::appointment, Treatment::flush_massage, "race-blackout", "Light flush");
    Plan p = plan("2026-06-01", "2026-06-30", {deep, roll, stretch, art, physio, blackout, flush});
    Race race;
    race.date = day("2026-06-21");
    race.name = "City 10K";
    p.races = {race};
    return p;
}

} // namespace

TEST_CASE("month: a cal-style grid, Monday first, one mark per day, the most important one") {
    CHECK(render_month(june(), {}) ==
          "         June 2026\n"
          "Mo  Tu  We  Th  Fr  Sa  Su\n"
          " 1   2   3M  4s  5   6   7\n"
          " 8   9  10A 11  12P 13  14\n"
          "15  16  17  18B 19M 20B 21R\n"
          "22B 23B 24  25  26  27  28\n"
          "29  30\n"
          "\n"
          "R race  P physio  A ART  M massage  B race blackout  s self-care\n"
          "one mark a day, the first of these that applies; the plan runs from 2026-06-01 to 2026-06-30\n");
}

TEST_CASE("month: every month the plan touches, marks only inside the plan") {
    Plan p = june();
    p.from = day("2026-05-28");
    p.until = day("2026-06-04");
    std::string grid = render_month(p, {});
    CHECK(grid.rfind("         May 2026\n"
                     "Mo  Tu  We  Th  Fr  Sa  Su\n"
                     "                 1   2   3\n"
                     " 4   5   6   7   8   9  10\n"
                     "11  12  13  14  15  16  17\n"
                     "18  19  20  21  22  23  24\n"
                     "25  26  27  28  29  30  31\n"
                     "\n"
                     "         June 2026\n"
                     "Mo  Tu  We  Th  Fr  Sa  Su\n"
                     " 1   2   3M  4s  5   6   7\n"
                     " 8   9  10  11  12  13  14\n",
                     0) == 0);
}

TEST_CASE("month: colour only when asked, and today in reverse video") {
    PlanOptions options;
    options.today = day("2026-06-10");
    std::string plain = render_month(june(), options);
    CHECK(plain.find('\x1b') == std::string::npos);
    options.color = true;
    std::string coloured = render_month(june(), options);
    CHECK(coloured.find("\x1b[7m10\x1b[0m\x1b[35mA\x1b[0m") != std::string::npos);
    CHECK(coloured.find(" 3\x1b[36mM\x1b[0m") != std::string::npos);
    CHECK(coloured.find("21\x1b[1;34mR\x1b[0m") != std::string::npos);
    CHECK(coloured.find("; \x1b[7m2026-06-10\x1b[0m is today\n") != std::string::npos);

    options.today = day("2026-08-01"); // not in the grid: not in the legend either
    CHECK(render_month(june(), options).find("is today") == std::string::npos);
}
