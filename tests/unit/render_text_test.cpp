#include "recover/dates.hpp"
#include "recover/render.hpp"

#include <doctest/doctest.h>

using namespace recover;

namespace {

PlanOptions explained() {
    PlanOptions options;
    options.explain = true;
    return options;
}
Plan sample() {
    Plan p;
    p.from = *parse_iso_date("2026-03-02");
    p.until = *parse_iso_date("2026-03-15");
    Item deep;
    deep.date = *parse_iso_date("2026-03-05");
    deep.rule = "deep-massage-after-hard";
    deep.title = "Deep sports massage";
    deep.minutes = {45, 60};
    deep.focus = {"calves", "quads"};
    deep.triggers = {Cause{Cause::What::workout, *parse_iso_date("2026-03-03"), "6x1K"}};
    deep.reason = "48 h after 6x1K";
    deep.source = "massage-types-and-timing.txt";
    Item flag;
    flag.date = *parse_iso_date("2026-03-12");
    flag.category = Category::flag;
    flag.rule = "race-blackout";
    flag.title = "Race blackout";
    p.items = {deep, flag};
    p.notes = {Note{*parse_iso_date("2026-03-13"), "deep-massage-after-hard", "moved"}};
    return p;
}
} // namespace

TEST_CASE("text groups by ISO week and starts each item line with its ISO date") {
    CHECK(render_text(sample(), {}) == "2026-W10\n"
                                       "2026-03-05 Thu  appointment  Deep sports massage  45–60 min  calves, quads\n"
                                       "\n"
                                       "2026-W11\n"
                                       "2026-03-12 Thu  flag         Race blackout\n"
                                       "note 2026-03-13 deep-massage-after-hard: moved\n");
}

TEST_CASE("--explain adds why, what triggered it, the rule and the source") {
    std::string text = render_text(sample(), explained());
    CHECK(text.find("2026-03-05 Thu  appointment  Deep sports massage  45–60 min  calves, quads\n"
                    "    why: 48 h after 6x1K\n"
                    "    triggered by: workout 2026-03-03 6x1K\n"
                    "    rule: deep-massage-after-hard\n"
                    "    source: massage-types-and-timing.txt\n") != std::string::npos);
}

TEST_CASE("an empty plan says so") {
    Plan p;
    p.from = *parse_iso_date("2026-03-02");
    p.until = *parse_iso_date("2026-03-15");
    CHECK(render_text(p, {}) == "no recovery items from 2026-03-02 to 2026-03-15\n");
}
