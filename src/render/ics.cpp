#include "recover/render/render.hpp"

#include "recover/core/dates.hpp"
#include "recover/core/terminal.hpp"
#include "render/common.hpp"

#include <fmt/format.h>
#include <uuid/uuid.h>

#include <algorithm>
#include <map>

namespace recover {

namespace {

/// `text` as an RFC 5545 TEXT value (§3.3.11): backslash, semicolon and comma escaped, every line
/// break (CRLF, CR or LF) written `\n`, and the other control characters, which TEXT cannot hold,
/// dropped.
std::string escape_text(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        switch (c) {
        case '\\': out += "\\\\"; break;
        case ';': out += "\\;"; break;
        case ',': out += "\\,"; break;
        case '\n': out += "\\n"; break;
        case '\r':
            if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
            out += "\\n";
            break;
        default:
            if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7F) break;
            out += c;
        }
    }
    return out;
}

/// `text` on one line: each line break (CRLF, CR or LF) becomes a space. A SUMMARY is one line
/// for every calendar, and calcurse refuses one with a line break.
std::string one_line(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
        out += text[i] == '\r' || text[i] == '\n' ? ' ' : text[i];
    }
    return out;
}

/// One content line, folded (§3.1): no physical line longer than 75 octets, each continuation
/// starting with a space, never a break inside a UTF-8 sequence; ends in CRLF.
std::string fold(std::string_view line) {
    constexpr std::size_t limit = 75;
    std::string out;
    std::size_t room = limit; // octets the current physical line may still take
    while (line.size() > room) {
        std::size_t cut = room;
        while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80)
            --cut; // back to a character's first byte
        // Nor between a backslash and the character it escapes: legal, but naive readers trip on it.
        std::size_t backslashes = 0;
        while (backslashes < cut && line[cut - 1 - backslashes] == '\\')
            ++backslashes;
        if (backslashes % 2 == 1) --cut;
        out.append(line.substr(0, cut)).append("\r\n ");
        line.remove_prefix(cut);
        room = limit - 1; // the leading space takes one
    }
    return out.append(line).append("\r\n");
}

/// A property line `NAME:value`, folded; nothing at all when the value is empty (no empty
/// properties).
std::string property(std::string_view name, std::string_view value) {
    if (value.empty()) return "";
    return fold(fmt::format("{}:{}", name, value));
}

/// The name a UID is made from: the rule and what triggered the item, never the item's date, so
/// that an item the planner moves keeps its UID and a calendar updates it instead of adding it.
std::string uid_name(const Item& item) {
    std::string name = "rule=" + item.rule;
    // A race day and its blackout share rule and race: the race's own event says what it is. (Other
    // items keep the name they had, so that a re-import does not duplicate them.)
    if (item.category == Category::race) name += " category=race";
    for (const Cause& cause : item.triggers)
        name += fmt::format("\n{} {} {}", cause_type(cause.what), iso_date(cause.date), cause.label);
    return name;
}

/// An RFC 4122 version 5 (SHA-1, name-based) UUID of `name` in recover's namespace, which is
/// itself the version 5 UUID of "urn:x-recover:calendar-item" in the URL namespace.
std::string name_uuid(std::string_view name) {
    static const auto space = [] {
        std::array<unsigned char, 16> ns{};
        constexpr std::string_view url = "urn:x-recover:calendar-item";
        uuid_generate_sha1(ns.data(), *uuid_get_template("url"), url.data(), url.size());
        return ns;
    }();
    uuid_t uuid;
    uuid_generate_sha1(uuid, space.data(), name.data(), name.size());
    char text[UUID_STR_LEN];
    uuid_unparse_lower(uuid, text);
    return text;
}

std::string ics_date(date::local_days day) {
    return date::format("%Y%m%d", day);
}

std::string upper(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return out;
}

/// The texts of an item as an event shows them: terminal escape sequences and control characters
/// removed, line breaks and tabs kept for `escape_text`, field by field (an unterminated sequence
/// must not take the next field with it), since calendars are read in terminals too (calcurse, khal).
Item cleaned(const Item& raw) {
    Item item = raw;
    for (std::string* text : {&item.rule, &item.title, &item.reason, &item.source, &item.advice, &item.tell_therapist})
        *text = terminal_text(*text, LineBreaks::keep);
    for (std::string& area : item.focus)
        area = terminal_text(area, LineBreaks::keep);
    for (Cause& cause : item.triggers)
        cause.label = terminal_text(cause.label, LineBreaks::keep);
    return item;
}

/// The event's description: why, what to tell the therapist, what goes with it, what caused
/// it, the rule and the source, as paragraphs.
std::string description(const Item& item) {
    std::vector<std::string> parts;
    if (!item.reason.empty()) parts.push_back(item.reason);
    std::string duration = minutes_text(item.minutes);
    std::string focus = fmt::format("{}", fmt::join(item.focus, ", "));
    if (!duration.empty() || !focus.empty())
        parts.push_back(duration.empty() ? "Focus: " + focus
                        : focus.empty()  ? duration
                                         : duration + "; focus: " + focus);
    if (!item.tell_therapist.empty()) parts.push_back("Tell your therapist: " + item.tell_therapist);
    if (!item.advice.empty()) parts.push_back("Advice: " + item.advice);
    if (!item.triggers.empty()) parts.push_back("Triggered by: " + triggers_text(item.triggers));
    parts.push_back(item.source.empty() ? "Rule: " + item.rule
                                        : fmt::format("Rule: {}. Source: {}", item.rule, item.source));
    return fmt::format("{}", fmt::join(parts, "\n\n"));
}

/// `PT8H`, `PT7H30M`, `PT0S`: a duration after the start of the all-day event.
std::string alarm_offset(std::chrono::minutes time) {
    auto hours = time.count() / 60, minutes = time.count() % 60;
    if (hours == 0 && minutes == 0) return "PT0S";
    return fmt::format("PT{}{}", hours ? fmt::format("{}H", hours) : "", minutes ? fmt::format("{}M", minutes) : "");
}

std::string event(const Item& raw, const std::string& uid, const PlanOptions& options) {
    const Item item = cleaned(raw);
    std::string out = "BEGIN:VEVENT\r\n";
    out += property("UID", uid);
    out += property("DTSTAMP", date::format("%Y%m%dT%H%M%SZ", options.stamp));
    out += property("DTSTART;VALUE=DATE", ics_date(item.date));
    out += property("DTEND;VALUE=DATE", ics_date(item.last_day() + date::days{1})); // exclusive: every day of a span
    std::string summary = one_line(item.title.empty() ? to_string(item.treatment) : item.title);
    out += property("SUMMARY", escape_text(summary));
    out += property("DESCRIPTION", escape_text(description(item)));
    // A race day is a race, not a treatment: its category alone.
    out += property("CATEGORIES", item.category == Category::race
                                      ? std::string("RACE")
                                      : fmt::format("{},{}", escape_text(upper(to_string(item.category))),
                                                    escape_text(upper(to_string(item.treatment)))));
    out += "TRANSP:TRANSPARENT\r\n";
    if (options.alarm && std::find(options.alarm_for.begin(), options.alarm_for.end(), item.category) != options.alarm_for.end()) {
        out += "BEGIN:VALARM\r\nACTION:DISPLAY\r\n";
        out += property("DESCRIPTION", escape_text(summary));
        out += property("TRIGGER;RELATED=START", alarm_offset(*options.alarm));
        out += "END:VALARM\r\n";
    }
    return out + "END:VEVENT\r\n";
}

} // namespace

std::string render_ics(const Plan& plan, const PlanOptions& options) {
    std::string out = "BEGIN:VCALENDAR\r\n"
                      "VERSION:2.0\r\n"
                      "PRODID:-//recover//recover " RECOVER_VERSION "//EN\r\n"
                      "CALSCALE:GREGORIAN\r\n"
                      "X-WR-CALNAME:Recovery plan\r\n";
    // Items with the same rule and causes (rare: one rule writing two items for one workout)
    // are told apart by their rank among those, in plan order.
    std::map<std::string, int> seen;
    for (const Item& item : plan.items) {
        std::string name = uid_name(item);
        int rank = seen[name]++;
        if (rank > 0) name += fmt::format("\n#{}", rank + 1);
        out += event(item, name_uuid(name) + "@recover", options);
    }
    return out + "END:VCALENDAR\r\n";
}

} // namespace recover
