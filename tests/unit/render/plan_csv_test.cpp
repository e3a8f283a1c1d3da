#include "recover/render/render.hpp"
#include "support/render_samples.hpp"

#include <doctest/doctest.h>

using namespace recover;
using namespace recover::samples;

TEST_CASE("plan csv: RFC 4180 with CRLF, formula-looking cells neutralised, notes as rows of their own") {
    CHECK(render_plan_csv(small_plan()) ==
          "date,until,category,treatment,rule,title,minutes_min,minutes_max,focus,triggers,reason,advice,tell_therapist,"
          "booked,source\r\n"
          "2026-03-05,2026-03-05,appointment,deep-massage,deep-massage-after-hard,Deep sports massage,45,60,calves; quads,"
          "\"workout 2026-03-03 6x800, \"\"hard\"\"\",48 h after a very hard session,,,false,massage-types-and-timing.txt\r\n"
          "2026-03-12,2026-03-12,flag,blackout,race-blackout,'=cmd|' /C calc'!A0,,,,race 2026-03-15,\"'-3 days to race "
          "day\nno deep work\",,,false,\r\n"
          "2026-03-13,2026-03-13,note,,deep-massage-after-hard,\"moved \"\"later\"\"\",,,,,,,,false,\r\n");
    CHECK(render_plan_csv(plan("2026-03-04", "2026-03-12")) ==
          "date,until,category,treatment,rule,title,minutes_min,minutes_max,focus,triggers,reason,advice,tell_therapist,"
          "booked,source\r\n");
}

TEST_CASE("plan csv: a span's last day, the advice, the brief and a booking") {
    Plan p = plan("2026-03-01", "2026-03-31");
    Item blackout = item("2026-03-12", Category::flag, Treatment::blackout, "race-blackout", "Race blackout");
    blackout.until = day("2026-03-17");
    blackout.advice = "A light flush is fine until Fri 13 Mar.";
    Item booked = item("2026-03-20", Category::appointment, Treatment::maintenance_massage, "booked", "Booked: Massage");
    booked.booked = true;
    booked.tell_therapist = "this week's load is 300";
    p.items = {blackout, booked};
    CHECK(render_plan_csv(p) ==
          "date,until,category,treatment,rule,title,minutes_min,minutes_max,focus,triggers,reason,advice,tell_therapist,"
          "booked,source\r\n"
          "2026-03-12,2026-03-17,flag,blackout,race-blackout,Race blackout,,,,,,A light flush is fine until Fri 13 Mar.,,"
          "false,\r\n"
          "2026-03-20,2026-03-20,appointment,maintenance-massage,booked,Booked: Massage,,,,,,,this week's load is 300,"
          "true,\r\n");
}
