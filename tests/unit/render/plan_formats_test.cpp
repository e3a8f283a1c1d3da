#include "recover/render/render.hpp"
#include "support/render_samples.hpp"

#include <doctest/doctest.h>

using namespace recover;
using namespace recover::samples;

namespace {

Plan small() {
    Item deep = deep_massage("2026-03-05", "2026-03-03", "6x800, \"hard\"");
    Item flag = item("2026-03-12", Category::flag, Treatment::blackout, "race-blackout", "=cmd|' /C calc'!A0");
    flag.triggers = {cause(Cause::What::race, "2026-03-15", "")};
    flag.reason = "-3 days to race day\nno deep work";
    Plan p = plan("2026-03-04", "2026-03-12", {deep, flag});
    p.notes = {Note{day("2026-03-13"), "deep-massage-after-hard", "moved \"later\""}};
    WeekLoad w9, w10, w11;
    w9.monday = day("2026-02-23");
    w10.monday = day("2026-03-02");
    w10.load = 1234.56;
    w10.acwr = 1.318;
    w10.status = WeekStatus::heavy;
    w11.monday = day("2026-03-09");
    w11.load = 800;
    p.load.weeks = {w9, w10, w11};
    return p;
}

} // namespace

TEST_CASE("plan json: the contract's keys, in order, one item a line") {
    CHECK(
        render_plan_json(small()) ==
        "{\"version\": 1, \"from\": \"2026-03-04\", \"until\": \"2026-03-12\",\n"
        "\"items\": [\n"
        "  {\"date\": \"2026-03-05\", \"category\": \"appointment\", \"treatment\": \"deep-massage\", \"rule\": "
        "\"deep-massage-after-hard\", \"title\": \"Deep sports massage\", \"minutes\": [45, 60], \"focus\": "
        "[\"calves\", "
        "\"quads\"], \"triggers\": [{\"type\": \"workout\", \"date\": \"2026-03-03\", \"label\": \"6x800, "
        "\\\"hard\\\"\"}], "
        "\"reason\": \"48 h after a very hard session\", \"source\": \"massage-types-and-timing.txt\"},\n"
        "  {\"date\": \"2026-03-12\", \"category\": \"flag\", \"treatment\": \"blackout\", \"rule\": "
        "\"race-blackout\", "
        "\"title\": \"=cmd|' /C calc'!A0\", \"minutes\": [0, 0], \"focus\": [], \"triggers\": [{\"type\": \"race\", "
        "\"date\": "
        "\"2026-03-15\", \"label\": \"\"}], \"reason\": \"-3 days to race day\\nno deep work\", \"source\": \"\"}\n"
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
          "{\"version\": 1, \"from\": \"2026-03-04\", \"until\": \"2026-03-12\",\n\"items\": [],\n\"notes\": "
          "[],\n\"weeks\": []}\n");
}

TEST_CASE("plan csv: RFC 4180 with CRLF, formula-looking cells neutralised") {
    CHECK(render_plan_csv(small()) ==
          "date,category,treatment,rule,title,minutes_min,minutes_max,focus,triggers,reason,source\r\n"
          "2026-03-05,appointment,deep-massage,deep-massage-after-hard,Deep sports massage,45,60,calves; quads,"
          "\"workout 2026-03-03 6x800, \"\"hard\"\"\",48 h after a very hard session,massage-types-and-timing.txt\r\n"
          "2026-03-12,flag,blackout,race-blackout,'=cmd|' /C calc'!A0,,,,race 2026-03-15,\"'-3 days to race day\nno "
          "deep work\",\r\n");
    CHECK(render_plan_csv(plan("2026-03-04", "2026-03-12")) ==
          "date,category,treatment,rule,title,minutes_min,minutes_max,focus,triggers,reason,source\r\n");
}
