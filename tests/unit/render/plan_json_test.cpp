#include "recover/render/render.hpp"
#include "support/render_samples.hpp"

#include <doctest/doctest.h>

using namespace recover;
using namespace recover::samples;

TEST_CASE("plan json: the contract's keys, in order, one item a line") {
    CHECK(
        render_plan_json(small_plan()) ==
        "{\"version\": 2, \"from\": \"2026-03-04\", \"until\": \"2026-03-12\",\n"
        "\"items\": [\n"
        "  {\"date\": \"2026-03-05\", \"until\": \"2026-03-05\", \"category\": \"appointment\", \"treatment\": \"deep-massage\", \"rule\": "
        "\"deep-massage-after-hard\", \"title\": \"Deep sports massage\", \"minutes\": [45, 60], \"focus\": "
        "[\"calves\", "
        "\"quads\"], \"triggers\": [{\"type\": \"workout\", \"date\": \"2026-03-03\", \"label\": \"6x800, "
        "\\\"hard\\\"\"}], "
        "\"reason\": \"48 h after a very hard session\", \"advice\": \"\", \"tell_therapist\": \"\", \"booked\": false, "
        "\"source\": \"massage-types-and-timing.txt\"},\n"
        "  {\"date\": \"2026-03-12\", \"until\": \"2026-03-12\", \"category\": \"flag\", \"treatment\": \"blackout\", \"rule\": "
        "\"race-blackout\", "
        "\"title\": \"=cmd|' /C calc'!A0\", \"minutes\": [0, 0], \"focus\": [], \"triggers\": [{\"type\": \"race\", "
        "\"date\": "
        "\"2026-03-15\", \"label\": \"\"}], \"reason\": \"-3 days to race day\\nno deep work\", \"advice\": \"\", "
        "\"tell_therapist\": \"\", \"booked\": false, \"source\": \"\"}\n"
        "],\n"
        "\"notes\": [\n"
        "  {\"date\": \"2026-03-13\", \"rule\": \"deep-massage-after-hard\", \"text\": \"moved \\\"later\\\"\"}\n"
        "],\n"
        "\"weeks\": [\n" // W09 ends on 1 March, before the plan
        "  {\"week\": \"2026-W10\", \"start\": \"2026-03-02\", \"load\": 1234.56, \"acwr\": 1.32, \"status\": "
        "\"heavy\"},\n"
        "  {\"week\": \"2026-W11\", \"start\": \"2026-03-09\", \"load\": 800, \"acwr\": null, \"status\": \"normal\"}\n"
        "]}\n");
}

TEST_CASE("plan json: an empty plan has empty lists") {
    CHECK(render_plan_json(plan("2026-03-04", "2026-03-12")) ==
          "{\"version\": 2, \"from\": \"2026-03-04\", \"until\": \"2026-03-12\",\n\"items\": [],\n\"notes\": "
          "[],\n\"weeks\": []}\n");
}
