#pragma once
// Checks of rendered bytes, for the pipeline harness: strict JSON, structurally valid ICS, safe CSV
// cells, and no control byte, C1 control, bidi control or invalid UTF-8 in any output.

#include "fuzz.hpp"

#include "recover/core/diagnostics.hpp"
#include "recover/core/text.hpp"
#include "recover/log/csv.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace recover::fuzz {

/// Valid UTF-8 without C1 controls (U+0080–U+009F) or bidi controls (U+200E, U+200F, U+202A–U+202E,
/// U+2066–U+2069), and no C0 control or DEL but those in `allowed`.
inline void check_clean_bytes(std::string_view out, std::string_view allowed) {
    FUZZ_CHECK(!find_invalid_utf8(out));
    for (std::size_t i = 0; i < out.size(); ++i) {
        const auto byte = static_cast<unsigned char>(out[i]);
        if (byte < 0x20 || byte == 0x7F) FUZZ_CHECK(allowed.find(out[i]) != std::string_view::npos);
        const auto next = [&](std::size_t k) { return i + k < out.size() ? static_cast<unsigned char>(out[i + k]) : 0; };
        if (byte == 0xC2) FUZZ_CHECK(next(1) < 0x80 || next(1) > 0x9F);
        if (byte == 0xE2 && next(1) == 0x80) FUZZ_CHECK(next(2) != 0x8E && next(2) != 0x8F && (next(2) < 0xAA || next(2) > 0xAE));
        if (byte == 0xE2 && next(1) == 0x81) FUZZ_CHECK(next(2) < 0xA6 || next(2) > 0xA9);
    }
}

/// A strict RFC 8259 reader that only says whether `text` is one JSON value: no NaN, Infinity,
/// trailing commas, raw controls in strings or bad escapes.
class JsonChecker {
public:
    explicit JsonChecker(std::string_view text) : text_(text) {}

    bool valid() {
        space();
        if (!value(0)) return false;
        space();
        return at_ == text_.size();
    }

private:
    std::string_view text_;
    std::size_t at_ = 0;

    char peek() const { return at_ < text_.size() ? text_[at_] : '\0'; }
    bool eat(char c) {
        if (peek() != c || at_ >= text_.size()) return false;
        ++at_;
        return true;
    }
    void space() {
        while (at_ < text_.size() && (text_[at_] == ' ' || text_[at_] == '\n' || text_[at_] == '\t' || text_[at_] == '\r')) ++at_;
    }
    bool literal(std::string_view word) {
        if (text_.substr(at_, word.size()) != word) return false;
        at_ += word.size();
        return true;
    }
    static bool digit(char c) { return c >= '0' && c <= '9'; }
    bool digits() {
        if (!digit(peek())) return false;
        while (digit(peek())) ++at_;
        return true;
    }
    bool number() {
        eat('-');
        if (eat('0')) {
            if (digit(peek())) return false;
        } else if (!digits()) {
            return false;
        }
        if (eat('.') && !digits()) return false;
        if (peek() == 'e' || peek() == 'E') {
            ++at_;
            if (!eat('+')) eat('-');
            if (!digits()) return false;
        }
        return true;
    }
    bool string() {
        if (!eat('"')) return false;
        for (;;) {
            if (at_ >= text_.size()) return false;
            const char c = text_[at_++];
            if (c == '"') return true;
            if (static_cast<unsigned char>(c) < 0x20) return false;
            if (c != '\\') continue;
            if (at_ >= text_.size()) return false;
            const char e = text_[at_++];
            if (e == 'u') {
                for (int k = 0; k < 4; ++k) {
                    const char h = peek();
                    if (!(digit(h) || (h >= 'a' && h <= 'f') || (h >= 'A' && h <= 'F'))) return false;
                    ++at_;
                }
            } else if (std::string_view("\"\\/bfnrt").find(e) == std::string_view::npos) {
                return false;
            }
        }
    }
    bool value(int depth) {
        if (depth > 64) return false;
        switch (peek()) {
        case '{':
            ++at_;
            space();
            if (eat('}')) return true;
            for (;;) {
                space();
                if (!string()) return false;
                space();
                if (!eat(':')) return false;
                space();
                if (!value(depth + 1)) return false;
                space();
                if (eat('}')) return true;
                if (!eat(',')) return false;
            }
        case '[':
            ++at_;
            space();
            if (eat(']')) return true;
            for (;;) {
                space();
                if (!value(depth + 1)) return false;
                space();
                if (eat(']')) return true;
                if (!eat(',')) return false;
            }
        case '"': return string();
        case 't': return literal("true");
        case 'f': return literal("false");
        case 'n': return literal("null");
        default: return number();
        }
    }
};

/// JSON that parses strictly (so no inf or nan), with no control byte but line breaks between tokens.
inline void check_json(std::string_view out) {
    check_clean_bytes(out, "\n");
    FUZZ_CHECK(JsonChecker(out).valid());
}

/// RFC 5545 structure: CRLF line endings, physical lines of at most 75 octets that each hold whole
/// UTF-8 characters, folded lines starting with a space or a tab, no control byte but tabs, every
/// content line NAME[;PARAMS]:VALUE, BEGIN/END balanced and nested as VCALENDAR > VEVENT > VALARM.
inline void check_ics(std::string_view out) {
    FUZZ_CHECK(!find_invalid_utf8(out));
    FUZZ_CHECK(out.ends_with("\r\n"));
    std::vector<std::string> logical;
    std::size_t start = 0;
    while (start < out.size()) {
        const std::size_t end = out.find("\r\n", start);
        FUZZ_CHECK(end != std::string_view::npos);
        std::string_view line = out.substr(start, end - start);
        start = end + 2;
        FUZZ_CHECK(line.size() <= 75);
        FUZZ_CHECK(!line.empty());
        const bool folded = line.front() == ' ' || line.front() == '\t';
        if (folded) {
            FUZZ_CHECK(!logical.empty());
            line.remove_prefix(1);
        }
        FUZZ_CHECK(!find_invalid_utf8(line)); // no character cut by a fold
        // RFC 5545 allows HTAB in values (TSAFE-CHAR includes WSP), and no other control.
        for (char c : line) FUZZ_CHECK((static_cast<unsigned char>(c) >= 0x20 || c == '\t') && c != 0x7F);
        if (folded)
            logical.back() += line;
        else
            logical.emplace_back(line);
    }
    check_clean_bytes(out, "\r\n\t"); // C1 and bidi controls; the tabs are checked above
    std::vector<std::string> open;
    for (const std::string& line : logical) {
        const std::size_t colon = line.find(':');
        FUZZ_CHECK(colon != std::string::npos && colon > 0);
        const std::string_view name = std::string_view(line).substr(0, std::min(colon, line.find(';')));
        FUZZ_CHECK(!name.empty());
        for (char c : name) FUZZ_CHECK((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-');
        const std::string value = line.substr(colon + 1);
        if (name == "BEGIN") {
            const std::string_view parent = open.empty() ? "" : std::string_view(open.back());
            if (value == "VCALENDAR") FUZZ_CHECK(open.empty());
            else if (value == "VEVENT") FUZZ_CHECK(parent == "VCALENDAR");
            else if (value == "VALARM") FUZZ_CHECK(parent == "VEVENT");
            else FUZZ_FAIL("an unknown component");
            open.push_back(value);
        } else if (name == "END") {
            FUZZ_CHECK(!open.empty() && open.back() == value);
            open.pop_back();
            if (open.empty()) FUZZ_CHECK(&line == &logical.back()); // nothing after the calendar
        } else {
            FUZZ_CHECK(!open.empty());
        }
    }
    FUZZ_CHECK(!logical.empty() && logical.front() == "BEGIN:VCALENDAR");
    FUZZ_CHECK(open.empty());
}

/// True for a cell that is a number as the renderers write one ("-3.5"): a minus is safe there.
inline bool is_plain_number(std::string_view cell) {
    if (cell.starts_with('-')) cell.remove_prefix(1);
    if (cell.empty()) return false;
    for (char c : cell)
        if (!((c >= '0' && c <= '9') || c == '.')) return false;
    return true;
}

/// CSV that reads back as a table of equal rows, whose cells cannot start a spreadsheet formula
/// (OWASP: = + - @ TAB CR, unless a plain number) and hold no control but line breaks and tabs.
inline void check_csv(std::string_view out, bool header) {
    check_clean_bytes(out, "\r\n\t");
    std::vector<CsvRecord> records;
    try {
        records = parse_csv(out, "output.csv");
    } catch (const Error& e) {
        std::fprintf(stderr, "fuzz: CSV output does not read back: %s\n", e.message().c_str());
        FUZZ_FAIL("CSV output does not read back");
    }
    for (const CsvRecord& record : records) {
        if (header) FUZZ_CHECK(record.fields.size() == records.front().fields.size());
        for (const CsvField& cell : record.fields) {
            if (cell.text.empty() || is_plain_number(cell.text)) continue;
            FUZZ_CHECK(std::string_view("=+-@\t\r").find(cell.text.front()) == std::string_view::npos);
        }
    }
}

/// Text for a terminal: no escape sequence or control byte but line breaks.
inline void check_terminal_text(std::string_view out) { check_clean_bytes(out, "\n"); }

} // namespace recover::fuzz
