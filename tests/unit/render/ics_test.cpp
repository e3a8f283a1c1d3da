#include "recover/render/render.hpp"
#include "support/render_samples.hpp"

#include <doctest/doctest.h>

#include <regex>

using namespace recover;
using namespace recover::samples;

namespace {

PlanOptions stamped() {
    PlanOptions options;
    options.stamp = date::sys_days{date::year{2026} / 1 / 1} + std::chrono::hours{12} + std::chrono::minutes{34};
    return options;
}

/// The physical lines of a calendar, without their CRLF.
std::vector<std::string> physical_lines(const std::string& ics) {
    std::vector<std::string> lines;
    for (std::size_t start = 0; start < ics.size();) {
        std::size_t end = ics.find("\r\n", start);
        REQUIRE(end != std::string::npos);
        lines.push_back(ics.substr(start, end - start));
        start = end + 2;
    }
    return lines;
}

/// The physical lines that hold the SUMMARY of the only event: its first and its continuations.
std::vector<std::string> summary_lines(const std::string& title) {
    Item i = deep_massage("2026-03-05", "2026-03-03", "6x1K");
    i.title = title;
    std::vector<std::string> lines = physical_lines(render_ics(plan("2026-03-01", "2026-03-31", {i}), stamped()));
    std::vector<std::string> out;
    for (const std::string& line : lines) {
        if (line.rfind("SUMMARY:", 0) == 0)
            out.push_back(line);
        else if (!out.empty() && line[0] == ' ')
            out.push_back(line);
        else if (!out.empty())
            break;
    }
    return out;
}

std::string uid_of(const Item& i) {
    std::string ics = render_ics(plan("2026-01-01", "2026-12-31", {i}), stamped());
    std::smatch m;
    REQUIRE(std::regex_search(ics, m, std::regex("UID:([^\r]*)\r\n")));
    return m[1];
}

std::vector<std::string> all_uids(const std::string& ics) {
    std::vector<std::string> uids;
    std::regex uid("UID:([^\r]*)\r\n");
    for (auto it = std::sregex_iterator(ics.begin(), ics.end(), uid); it != std::sregex_iterator(); ++it)
        uids.push_back((*it)[1]);
    return uids;
}

} // namespace

TEST_CASE("ics: one calendar, CRLF everywhere, one all-day event per item") {
    std::string ics =
        render_ics(plan("2026-03-01", "2026-03-31", {deep_massage("2026-03-05", "2026-03-03", "6x1K")}), stamped());
    CHECK(ics == "BEGIN:VCALENDAR\r\n"
                 "VERSION:2.0\r\n"
                 "PRODID:-//recover//recover " RECOVER_VERSION "//EN\r\n"
                 "CALSCALE:GREGORIAN\r\n"
                 "X-WR-CALNAME:Recovery plan\r\n"
                 "BEGIN:VEVENT\r\n"
                 "UID:" +
                     uid_of(deep_massage("2026-03-05", "2026-03-03", "6x1K")) +
                     "\r\n"
                     "DTSTAMP:20260101T123400Z\r\n"
                     "DTSTART;VALUE=DATE:20260305\r\n"
                     "DTEND;VALUE=DATE:20260306\r\n"
                     "SUMMARY:Deep sports massage\r\n"
                     "DESCRIPTION:48 h after a very hard session\\n\\n45–60 min\\; focus: calves\\,\r\n"
                     "  quads\\n\\nTriggered by: workout 2026-03-03 6x1K\\n\\nRule: deep-massage-afte\r\n"
                     " r-hard. Source: massage-types-and-timing.txt\r\n"
                     "CATEGORIES:APPOINTMENT,DEEP-MASSAGE\r\n"
                     "TRANSP:TRANSPARENT\r\n"
                     "END:VEVENT\r\n"
                     "END:VCALENDAR\r\n");
    CHECK(ics.find("METHOD") == std::string::npos);
}

TEST_CASE("ics: an empty plan is an empty calendar") {
    CHECK(render_ics(plan("2026-03-01", "2026-03-31"), stamped()) ==
          "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//recover//recover " RECOVER_VERSION
          "//EN\r\nCALSCALE:GREGORIAN\r\nX-WR-CALNAME:Recovery plan\r\nEND:VCALENDAR\r\n");
}

TEST_CASE("ics: lines fold at exactly 75 octets") {
    // "SUMMARY:" is 8 octets.
    CHECK(summary_lines(std::string(67, 'a')) == std::vector<std::string>{"SUMMARY:" + std::string(67, 'a')});
    CHECK(summary_lines(std::string(68, 'a')) == std::vector<std::string>{"SUMMARY:" + std::string(67, 'a'), " a"});
    // A continuation holds 74 octets after its space.
    CHECK(summary_lines(std::string(67 + 74 + 1, 'a')) ==
          std::vector<std::string>{"SUMMARY:" + std::string(67, 'a'), " " + std::string(74, 'a'), " a"});
}

TEST_CASE("ics: a fold never splits a UTF-8 character") {
    // é is 2 octets: 8 + 65 + 2 = 75 fits; 8 + 66 + 2 = 76 moves é to the next line whole.
    CHECK(summary_lines(std::string(65, 'a') + "é") ==
          std::vector<std::string>{"SUMMARY:" + std::string(65, 'a') + "é"});
    CHECK(summary_lines(std::string(66, 'a') + "é") ==
          std::vector<std::string>{"SUMMARY:" + std::string(66, 'a'), " é"});
    // 🏃 is 4 octets: 8 + 63 + 4 = 75 fits; one more octet before it and it moves, leaving 74... 72.
    CHECK(summary_lines(std::string(63, 'a') + "🏃") ==
          std::vector<std::string>{"SUMMARY:" + std::string(63, 'a') + "🏃"});
    CHECK(summary_lines(std::string(64, 'a') + "🏃") ==
          std::vector<std::string>{"SUMMARY:" + std::string(64, 'a'), " 🏃"});
    CHECK(summary_lines(std::string(66, 'a') + "日") ==
          std::vector<std::string>{"SUMMARY:" + std::string(66, 'a'), " 日"});

    std::string long_title;
    for (int i = 0; i < 60; ++i)
        long_title += "é日🏃";
    std::string unfolded;
    for (const std::string& line : summary_lines(long_title)) {
        CHECK(line.size() <= 75);
        CHECK((static_cast<unsigned char>(line[1]) & 0xC0) != 0x80); // no line starts inside a character
        unfolded += line.front() == ' ' ? line.substr(1) : line;
    }
    CHECK(unfolded == "SUMMARY:" + long_title);
}

TEST_CASE("ics: a fold keeps a backslash with the character it escapes") {
    // 8 + 66 = 74, then "\," would end at 76: both go to the next line.
    CHECK(summary_lines(std::string(66, 'a') + ",b") ==
          std::vector<std::string>{"SUMMARY:" + std::string(66, 'a'), " \\,b"});
    // An escaped backslash before it does not count: "\\" ends at 75, "\," goes on.
    CHECK(summary_lines(std::string(65, 'a') + "\\,") ==
          std::vector<std::string>{"SUMMARY:" + std::string(65, 'a') + "\\\\", " \\,"});
}

TEST_CASE("ics: TEXT escapes backslash, semicolon, comma and line breaks, and drops control characters") {
    Item i = deep_massage("2026-03-05", "2026-03-03", "6x1K");
    i.title = "a\\b;c,d\ne\r\nf\x07g \x1b[31mred\x1b[0m";
    i.reason = "one\r\ntwo\nthree\rfour;\x1b]0;title\x07"
               "five\tsix";
    i.source = "";
    i.focus = {};
    i.minutes = {0, 0};
    i.triggers = {};
    std::string ics = render_ics(plan("2026-03-01", "2026-03-31", {i}), stamped());
    CHECK(ics.find("SUMMARY:a\\\\b\\;c\\,d e fg red\r\n") != std::string::npos); // one line: calcurse refuses a break
    CHECK(ics.find("DESCRIPTION:one\\ntwo\\nthree\\nfour\\;five\tsix\\n\\nRule: deep-massage-after-har\r\n d\r\n") !=
          std::string::npos);
}

TEST_CASE("ics: no empty properties") {
    Item flag = item("2026-03-12", Category::flag, Treatment::blackout, "race-blackout", "");
    std::string ics = render_ics(plan("2026-03-01", "2026-03-31", {flag}), stamped());
    CHECK(ics.find("SUMMARY:blackout\r\n") != std::string::npos); // no title: the treatment
    CHECK(ics.find("DESCRIPTION:Rule: race-blackout\r\n") != std::string::npos);
    CHECK(ics.find(":\r\n") == std::string::npos);
}

TEST_CASE("ics: the UID is a version 5 UUID of the rule and the triggers, not of the date") {
    Item first = deep_massage("2026-03-05", "2026-03-03", "6x1K");
    Item moved = first;
    moved.date = day("2026-03-06");
    moved.reason = "72 h after it";
    std::string uid = uid_of(first);
    CHECK(std::regex_match(uid,
                           std::regex("[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}@recover")));
    CHECK(uid_of(moved) == uid);
    // Pinned: a change here gives every user's calendar a second copy of each event on re-import.
    CHECK(uid == "3fe99f92-b1d8-5fe6-ad08-b7d77428d69f@recover");

    Item other_workout = deep_massage("2026-03-05", "2026-03-02", "6x1K");
    Item other_label = deep_massage("2026-03-05", "2026-03-03", "5x1K");
    Item other_rule = first;
    other_rule.rule = "maintenance-massage";
    CHECK(uid_of(other_workout) != uid);
    CHECK(uid_of(other_label) != uid);
    CHECK(uid_of(other_rule) != uid);
}

TEST_CASE("ics: items with the same rule and triggers still get distinct UIDs, stable in plan order") {
    Item a = deep_massage("2026-03-05", "2026-03-03", "6x1K"), b = a;
    b.date = day("2026-03-06");
    std::vector<std::string> uids = all_uids(render_ics(plan("2026-03-01", "2026-03-31", {a, b}), stamped()));
    REQUIRE(uids.size() == 2);
    CHECK(uids[0] != uids[1]);
    CHECK(uids[0] == uid_of(a)); // the first keeps the UID it has alone
}

TEST_CASE("ics: --alarm adds a VALARM at that time of the all-day event's day") {
    PlanOptions options = stamped();
    auto alarm_of = [&](std::chrono::minutes at) {
        options.alarm = at;
        std::string ics =
            render_ics(plan("2026-03-01", "2026-03-31", {deep_massage("2026-03-05", "2026-03-03", "6x1K")}), options);
        std::smatch m;
        REQUIRE(std::regex_search(ics, m,
                                  std::regex("BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:Deep sports massage\r\n"
                                             "TRIGGER;RELATED=START:([^\r]*)\r\nEND:VALARM\r\nEND:VEVENT\r\n")));
        return std::string(m[1]);
    };
    CHECK(alarm_of(std::chrono::minutes{8 * 60}) == "PT8H");
    CHECK(alarm_of(std::chrono::minutes{7 * 60 + 30}) == "PT7H30M");
    CHECK(alarm_of(std::chrono::minutes{45}) == "PT45M");
    CHECK(alarm_of(std::chrono::minutes{0}) == "PT0S");
    CHECK(render_ics(plan("2026-03-01", "2026-03-31", {deep_massage("2026-03-05", "2026-03-03", "6x1K")}), stamped())
              .find("VALARM") == std::string::npos);
}
