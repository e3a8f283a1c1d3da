#include "recover/render/render.hpp"
#include "support/render_samples.hpp"

#include <doctest/doctest.h>

using namespace recover;
using namespace recover::samples;

TEST_CASE("plan csv: RFC 4180 with CRLF, formula-looking cells neutralised") {
    CHECK(render_plan_csv(small_plan()) ==
          "date,category,treatment,rule,title,minutes_min,minutes_max,focus,triggers,reason,source\r\n"
          "2026-03-05,appointment,deep-massage,deep-massage-after-hard,Deep sports massage,45,60,calves; quads,"
          "\"workout 2026-03-03 6x800, \"\"hard\"\"\",48 h after a very hard session,massage-types-and-timing.txt\r\n"
          "2026-03-12,flag,blackout,race-blackout,'=cmd|' /C calc'!A0,,,,race 2026-03-15,\"'-3 days to race day\nno "
          "deep work\",\r\n");
    CHECK(render_plan_csv(plan("2026-03-04", "2026-03-12")) ==
          "date,category,treatment,rule,title,minutes_min,minutes_max,focus,triggers,reason,source\r\n");
}
