#include "recover/core/dates.hpp"
#include "recover/render/render.hpp"

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

TEST_CASE("--explain adds what to tell the therapist and the advice when there is some") {
    Plan p = sample();
    p.items[0].tell_therapist = "this week's load is 1066; focus on calves";
    p.items[0].advice = "Ask for mobility drills.";
    std::string text = render_text(p, explained());
    CHECK(text.find("    triggered by: workout 2026-03-03 6x1K\n"
                    "    tell your therapist: this week's load is 1066; focus on calves\n"
                    "    advice: Ask for mobility drills.\n"
                    "    rule: deep-massage-after-hard\n") != std::string::npos);
    CHECK(text.find("2026-03-12 Thu  flag         Race blackout\n    rule: race-blackout\n") != std::string::npos);
}

TEST_CASE("text from the log reaches the terminal without control characters or escape sequences") {
    Plan p = sample();
    p.items[0].title = "Deep \x1b[31mred\x1b[0m\nmassage\x07";
    p.items[0].triggers[0].label = "6x1K\x1b]0;owned\x07 \xc2\x9b" "2Jdone\x1b]8;;http://x\x1b\\link";
    p.notes[0].text = "moved\r\nlater \x1b(B";
    std::string text = render_text(p, explained());
    CHECK(text.find('\x1b') == std::string::npos);
    CHECK(text.find('\x07') == std::string::npos);
    CHECK(text.find("2026-03-05 Thu  appointment  Deep red massage  45–60 min  calves, quads\n") != std::string::npos);
    CHECK(text.find("    triggered by: workout 2026-03-03 6x1K donelink\n") != std::string::npos);
    CHECK(text.find("note 2026-03-13 deep-massage-after-hard: moved later \n") != std::string::npos);
}

TEST_CASE("text: colour only when asked; the category by its treatment, the week by its status") {
    Plan p = sample();
    p.items[1].treatment = Treatment::blackout;
    WeekLoad week;
    week.monday = *parse_iso_date("2026-03-02");
    week.load = 1500;
    week.acwr = 1.42;
    week.status = WeekStatus::heavy;
    week.reason = "acwr 1.42 above 1.3";
    p.load.weeks = {week};
    CHECK(render_text(p, explained()).find('\x1b') == std::string::npos);
    PlanOptions options;
    options.color = true;
    std::string text = render_text(p, options);
    CHECK(text.find("\x1b[1m2026-W10\x1b[0m (from 2026-03-02) · load 1500 · acwr 1.42 · \x1b[31mheavy\x1b[0m: acwr 1.42 above 1.3\n"
                    "2026-03-05 Thu  \x1b[36mappointment\x1b[0m  Deep sports massage  45–60 min  calves, quads\n") !=
          std::string::npos);
    CHECK(text.find("2026-03-12 Thu  \x1b[33mflag\x1b[0m         Race blackout\n") != std::string::npos);
    CHECK(text.find("\x1b[33mnote\x1b[0m 2026-03-13") != std::string::npos);
}
