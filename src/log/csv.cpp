#include "recover/log/csv.hpp"

#include "recover/core/cursor.hpp"
#include "recover/core/terminal.hpp"
#include "recover/core/text.hpp"

#include <fmt/format.h>

namespace recover {

namespace {

/// The CSV walk: a text cursor that also takes line breaks whole and fails at a place.
class Cursor : public TextCursor {
public:
    Cursor(std::string_view text, std::string_view name) : TextCursor(text), name_(name) {}

    /// Consumes a line break (LF, CRLF or a lone CR) if one is next.
    bool take_line_break() {
        if (peek() == '\n' || peek() == '\r') {
            if (take() == '\r' && peek() == '\n') take();
            return true;
        }
        return false;
    }

    [[noreturn]] void fail(int line, int column, const std::string& what) const {
        throw Error(ExitCode::data, Location{std::string(name_), line, column}, what);
    }

private:
    std::string_view name_;
};

/// Fails at the start of `field`, which has grown past `CsvLimits::field_bytes`.
[[noreturn]] void field_too_long(const Cursor& in, const CsvField& field) {
    in.fail(field.line, field.column,
            "field is longer than 1 MiB (the most one field may hold; see LIMITS in recover(1))");
}

CsvField read_field(Cursor& in) {
    CsvField field{"", in.line(), in.column()};
    if (in.peek() != '"') {
        std::size_t start = in.offset();
        while (!in.done() && in.peek() != ',' && in.peek() != '\n' && in.peek() != '\r') {
            in.take();
            if (in.offset() - start > CsvLimits::field_bytes) field_too_long(in, field);
        }
        field.text.assign(in.text().substr(start, in.offset() - start));
        return field;
    }
    in.take();
    for (;;) {
        if (in.done()) in.fail(field.line, field.column, "unterminated quoted field (a closing \" is missing)");
        char c = in.take();
        if (c == '\r' && in.peek() == '\n') continue; // a CRLF inside quotes is one line break
        if (c != '"') {
            field.text += c;
            if (field.text.size() > CsvLimits::field_bytes) field_too_long(in, field);
        } else if (in.peek() == '"') {
            field.text += in.take();
        } else {
            break;
        }
    }
    if (!in.done() && in.peek() != ',' && in.peek() != '\n' && in.peek() != '\r') {
        in.fail(in.line(), in.column(),
                fmt::format("unexpected text after a closing quote (quotes inside a quoted field are written \"\")"));
    }
    return field;
}

} // namespace

std::vector<CsvRecord> parse_csv(std::string_view text, std::string_view name) {
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    auto bad = find_invalid_utf8(text);
    if (std::size_t nul = text.find('\0'); nul != std::string_view::npos && (!bad || nul < *bad)) bad = nul;
    if (bad) {
        std::string_view before = text.substr(0, *bad);
        int line = 1;
        for (char c : before) line += c == '\n';
        std::size_t line_start = before.rfind('\n') == std::string_view::npos ? 0 : before.rfind('\n') + 1;
        int column = count_chars(before.substr(line_start)) + 1;
        const Location where{std::string(name), line, column};
        if (text[*bad] == '\0')
            throw Error(ExitCode::data, where,
                        "a NUL byte (0x00) is not text (a log is UTF-8 text: export it again as CSV)");
        throw Error(
            ExitCode::data, where,
            fmt::format("byte 0x{:02X} is not UTF-8 (save the file as UTF-8)", static_cast<unsigned char>(text[*bad])));
    }
    std::vector<CsvRecord> records;
    std::size_t fields = 0;
    Cursor in(text, name);
    while (!in.done()) {
        if (in.take_line_break()) continue; // an empty line holds no record
        CsvRecord record;
        record.line = in.line();
        if (records.size() == CsvLimits::rows)
            in.fail(record.line, 1, "more than 1,000,000 rows (the most a log may hold; see LIMITS in recover(1))");
        const std::size_t start = in.offset();
        for (;;) {
            if (record.fields.size() == CsvLimits::columns)
                in.fail(in.line(), in.column(),
                        "more than 1,000 fields in one row (the most a row may hold; see LIMITS in recover(1))");
            if (++fields > CsvLimits::fields)
                in.fail(in.line(), in.column(),
                        "more than 10,000,000 fields in all (the most a log may hold; see LIMITS in recover(1))");
            record.fields.push_back(read_field(in));
            if (in.offset() - start > CsvLimits::record_bytes)
                in.fail(record.line, 1,
                        "row is longer than 4 MiB (the most one row may hold; see LIMITS in recover(1))");
            if (in.peek() != ',') break;
            in.take();
        }
        in.take_line_break();
        records.push_back(std::move(record));
    }
    return records;
}

CsvTable read_csv_table(std::string_view text, std::string_view name) {
    std::vector<CsvRecord> records = parse_csv(text, name);
    if (records.empty()) throw Error(ExitCode::data, Location{std::string(name), 1, 1}, "the log is empty (expected a header row)");
    CsvTable table{std::string(name), std::move(records.front()), {}};
    table.rows.assign(std::make_move_iterator(records.begin() + 1), std::make_move_iterator(records.end()));
    return table;
}

std::optional<std::size_t> CsvTable::find(std::string_view column, int occurrence) const {
    for (std::size_t i = 0; i < header.fields.size(); ++i)
        if (iequals(trim(header.fields[i].text), column) && --occurrence == 0) return i;
    return std::nullopt;
}

std::string csv_field(std::string_view text, bool neutralise_formulas) {
    // No control may reach the file: a spreadsheet or `cat` shows it, and a terminal acts on it.
    std::string field = terminal_text(text, LineBreaks::keep);
    // OWASP's list: a cell starting with one of these is read as a formula by some spreadsheet.
    if (neutralise_formulas && !field.empty() && std::string_view("=+-@\t\r").find(field.front()) != std::string_view::npos)
        field.insert(0, 1, '\'');
    if (field.find_first_of(",\"\r\n") == std::string::npos) return field;
    std::string quoted = "\"";
    for (char c : field) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + '"';
}

} // namespace recover
