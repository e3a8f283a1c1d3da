// recover-rules(5) documents every key the rules loader accepts, where a reader looks for it: each
// settings table's keys under its own subsection of SETTINGS, the keys of every rule under RULES,
// and each trigger's keys under its subsection of TRIGGERS. A key added to the schema fails this
// test until the man page says what it means.

#include "recover/rules/rules.hpp"

#include "rules/spelling.hpp" // every trigger's spelling, in enum order

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

using namespace recover;

namespace {

/// One `.SH` section or `.SS` subsection of the page: its heading and the text under it.
struct Part {
    std::string heading;
    std::string text;
};

/// A line of roff as a reader sees it, for the escapes a key or a heading may hold: `\-` is a
/// hyphen, font changes (`\fB`, `\fI`, `\fR`, `\fP`) vanish, and quotes around a heading go.
std::string plain(std::string line) {
    std::string out;
    for (std::size_t i = 0; i < line.size(); ++i) {
        if (line[i] == '\\' && i + 1 < line.size() && line[i + 1] == '-') {
            out += '-';
            ++i;
        } else if (line[i] == '\\' && i + 2 < line.size() && line[i + 1] == 'f') {
            i += 2;
        } else if (line[i] != '"') {
            out += line[i];
        }
    }
    return out;
}

/// The page's `.SH` sections, each with the `.SS` subsections under it.
struct Page {
    std::vector<Part> sections;
    std::vector<std::vector<Part>> subsections; ///< by section
};

Page read_page() {
    std::ifstream in(RECOVER_SOURCE_DIR "/man/recover-rules.5", std::ios::binary);
    REQUIRE_MESSAGE(in, "cannot read man/recover-rules.5");
    Page page;
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind(".SH ", 0) == 0) {
            page.sections.push_back({plain(line.substr(4)), ""});
            page.subsections.emplace_back();
            continue;
        }
        if (page.sections.empty()) continue;
        if (line.rfind(".SS ", 0) == 0) {
            page.subsections.back().push_back({plain(line.substr(4)), ""});
            continue;
        }
        const std::string text = plain(line) + "\n";
        page.sections.back().text += text;
        if (!page.subsections.back().empty()) page.subsections.back().back().text += text;
    }
    return page;
}

bool key_char(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'; }

/// True when `text` holds `key` as a word of its own: "days" in "days (window ...)", not in
/// "days_before" nor "heavy_every_days".
bool names(std::string_view text, std::string_view key) {
    for (std::size_t at = text.find(key); at != std::string_view::npos; at = text.find(key, at + 1)) {
        const bool starts = at == 0 || !key_char(text[at - 1]);
        const bool ends = at + key.size() == text.size() || !key_char(text[at + key.size()]);
        if (starts && ends) return true;
    }
    return false;
}

/// The section headed `heading`, or nullptr.
const Part* section(const Page& page, std::string_view heading) {
    for (const Part& part : page.sections)
        if (part.heading == heading) return &part;
    return nullptr;
}

/// The subsections of the section headed `heading`.
const std::vector<Part>& subsections(const Page& page, std::string_view heading) {
    static const std::vector<Part> none;
    for (std::size_t i = 0; i < page.sections.size(); ++i)
        if (page.sections[i].heading == heading) return page.subsections[i];
    return none;
}

/// The subsection whose heading lists `name` ("long-run, easy-run, run-day" lists "easy-run").
const Part* subsection_listing(const std::vector<Part>& parts, std::string_view name) {
    for (const Part& part : parts) {
        std::string_view heading = part.heading;
        for (std::size_t start = 0; start <= heading.size();) {
            std::size_t comma = heading.find(',', start);
            std::string_view item = heading.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
            while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
            while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
            if (item == name) return &part;
            if (comma == std::string_view::npos) break;
            start = comma + 1;
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("recover-rules(5) documents each settings table's keys under the table's own heading") {
    const Page page = read_page();
    const std::vector<Part>& settings = subsections(page, "SETTINGS");
    const Part* format = section(page, "FILE FORMAT");
    REQUIRE(format);
    for (const SettingsTable& table : settings_tables()) {
        CAPTURE(table.name);
        CHECK_MESSAGE(names(format->text, table.name.substr(1, table.name.size() - 2)), "FILE FORMAT does not list ", table.name);
        const Part* part = subsection_listing(settings, table.name);
        REQUIRE_MESSAGE(part, "SETTINGS has no subsection ", table.name);
        for (std::string_view key : table.keys) CHECK_MESSAGE(names(part->text, key), table.name, " does not document ", key);
    }
}

TEST_CASE("recover-rules(5) documents the keys of every rule under RULES") {
    const Page page = read_page();
    const Part* rules = section(page, "RULES");
    REQUIRE(rules);
    for (std::string_view key : common_rule_keys()) CHECK_MESSAGE(names(rules->text, key), "RULES does not document ", key);
}

TEST_CASE("recover-rules(5) documents each trigger's keys under the trigger's heading in TRIGGERS") {
    const Page page = read_page();
    const std::vector<Part>& triggers = subsections(page, "TRIGGERS");
    for (const auto& trigger : rules::triggers) {
        CAPTURE(trigger.name);
        REQUIRE(to_string(trigger.value) == trigger.name);
        const Part* part = subsection_listing(triggers, trigger.name);
        REQUIRE_MESSAGE(part, "TRIGGERS has no subsection for ", trigger.name);
        for (std::string_view key : trigger_keys(trigger.value))
            CHECK_MESSAGE(names(part->text, key), "trigger ", trigger.name, ": TRIGGERS does not document ", key);
    }
}

TEST_CASE("recover-rules(5) says what each category a rule may have means, under the key category") {
    const Page page = read_page();
    const Part* rules = section(page, "RULES");
    REQUIRE(rules);
    // The paragraph of RULES that documents the key: from ".B category" to the next ".TP".
    const std::size_t start = rules->text.find("\n.B category\n");
    REQUIRE_MESSAGE(start != std::string::npos, "RULES has no paragraph for the key category");
    const std::string paragraph = rules->text.substr(start, rules->text.find("\n.TP\n", start + 1) - start);
    for (std::string_view category : category_names())
        CHECK_MESSAGE(names(paragraph, category), "RULES does not say what category ", category, " means");
}

TEST_CASE("the man page check finds a key only as a word of its own, however groff spells it") {
    CHECK(names("days (window of 0-28)", "days"));
    CHECK_FALSE(names("days_before = 3", "days"));
    CHECK_FALSE(names("heavy_every_days", "days"));
    CHECK(plain(R"x(.BR min_gap_days " (integer)")x") == ".BR min_gap_days  (integer)");
    CHECK(plain(R"(.SS long\-run, easy\-run, run\-day)") == ".SS long-run, easy-run, run-day");
    CHECK(plain(R"(\fBevery_session\fR)") == "every_session");
    const std::vector<Part> parts{{"long-run, easy-run, run-day", ""}, {"[gentle]", ""}};
    CHECK(subsection_listing(parts, "easy-run") == &parts[0]);
    CHECK(subsection_listing(parts, "[gentle]") == &parts[1]);
    CHECK(subsection_listing(parts, "run") == nullptr);
}
