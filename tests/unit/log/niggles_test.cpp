#include "recover/log/niggles.hpp"

#include "recover/core/dates.hpp"

#include <doctest/doctest.h>

using namespace recover;

namespace {

date::local_days day(const char* iso) { return *parse_iso_date(iso); }

NiggleReport report(const char* iso, const char* area, std::optional<int> severity = std::nullopt) {
    return NiggleReport{Location{"log.csv", 2, 1}, day(iso), Niggle{area, severity, area}};
}

} // namespace

TEST_CASE("body areas are found by the words runners use") {
    CHECK(body_area("left achilles") == "achilles");
    CHECK(body_area("Calves cramped") == "calf");
    CHECK(body_area("outer knee niggle") == "IT band");
    CHECK(body_area("ITB tight") == "IT band");
    CHECK(body_area("right knee") == "knee");
    CHECK(body_area("heel pain first thing") == "plantar fascia");
    CHECK(body_area("lower back stiff") == "low back");
    CHECK(body_area("hammy twinge") == "hamstring");
    CHECK(body_area("felt great") == "");
    CHECK(body_area("backpack") == ""); // whole words only
}

TEST_CASE("niggles in titles and notes: an area and a complaint, not negated") {
    auto found = niggles_in_text("Calves cramped and achilles sore at the end. Legs fine otherwise");
    REQUIRE(found.size() == 2);
    CHECK(found[0].area == "calf");
    CHECK(found[1].area == "achilles");
    CHECK(found[0].said == "Calves cramped and achilles sore at the end");
    CHECK(niggles_in_text("no achilles pain today").empty());
    CHECK(niggles_in_text("achilles fine, calf ok").empty());
    CHECK(niggles_in_text("Hill repeats, strong finish").empty());
    CHECK(niggles_in_text("sore legs").empty()); // no body area the rules know
    auto rated = niggles_in_text("left knee sharp pain 6/10; stopped");
    REQUIRE(rated.size() == 1);
    CHECK(rated[0].area == "knee");
    CHECK(rated[0].severity == 6);
}

TEST_CASE("titles and notes add reports; the niggle column's report takes the notes' words") {
    TrainingLog log;
    Workout a;
    a.date = day("2026-04-14");
    a.title = "Evening Run";
    a.notes = "achilles sore on the stairs";
    Workout b;
    b.date = day("2026-04-15");
    b.notes = "calves tight";
    Workout massage;
    massage.date = day("2026-04-15");
    massage.received = Received::massage;
    massage.notes = "hamstrings very tight";
    log.workouts = {a, b, massage};
    log.niggles.push_back(NiggleReport{{}, day("2026-04-14"), Niggle{"left achilles", 3, "left achilles:3"}});
    add_niggles_from_text(log);
    REQUIRE(log.niggles.size() == 2);
    CHECK(log.niggles[0].niggle.said == "left achilles:3; achilles sore on the stairs");
    CHECK(log.niggles[0].niggle.severity == 3);
    CHECK(log.niggles[1].niggle.area == "calf");
    CHECK(log.niggles[1].date == day("2026-04-15"));
}

TEST_CASE("reports group into episodes per area; a gap longer than gap_days starts a new one") {
    std::vector<NiggleReport> reports{report("2026-04-14", "left achilles", 3), report("2026-04-16", "achilles", 2),
                                      report("2026-04-15", "calf"), report("2026-04-25", "left achilles", 4)};
    auto episodes = track_niggles(reports, 3);
    REQUIRE(episodes.size() == 3);
    CHECK(episodes[0].area == "achilles");
    CHECK(episodes[0].said == "left achilles");
    CHECK(episodes[0].reports.size() == 2);
    CHECK(episodes[0].day_number(day("2026-04-16")) == 3);
    CHECK(episodes[1].area == "calf");
    CHECK(episodes[2].first() == day("2026-04-25"));
}

TEST_CASE("rule areas match a niggle by its body area or its words") {
    CHECK(area_matches("achilles", {"achilles"}));
    CHECK(area_matches("plantar fascia", {"plantar fascia", "heel", "arch"}));
    CHECK(area_matches("plantar fascia", {"heel"}));
    CHECK_FALSE(area_matches("calf", {"achilles"}));
    CHECK(area_matches("calf", {}));
    CHECK(area_matches("sternum", {"Sternum"}));
}
