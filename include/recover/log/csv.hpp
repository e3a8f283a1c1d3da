#pragma once
/// An RFC 4180 CSV reader that keeps the physical place of every field, for error messages.

#include "recover/core/diagnostics.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace recover {

/// One field: its text with quotes removed and doubled quotes undone, and where it starts.
struct CsvField {
    std::string text;
    int line = 0;   ///< physical line (1-based) of the field's first character
    int column = 0; ///< column in characters (1-based) of the field's first character
};

/// One record; a quoted field may span lines, so `line` is where the record starts.
struct CsvRecord {
    std::vector<CsvField> fields;
    int line = 0;
};

/// A header record and the records under it. Columns are found by name, never by position.
struct CsvTable {
    std::string name; ///< display name of the input, for locations
    CsvRecord header;
    std::vector<CsvRecord> rows;

    /// Index of the `occurrence`-th (1-based) header cell equal to `column`, ignoring ASCII case
    /// and surrounding blanks; nothing when the header has no such cell.
    std::optional<std::size_t> find(std::string_view column, int occurrence = 1) const;
};

/// Parses `text` as CSV: comma-separated, `"`-quoted fields with `""` for a quote, line breaks
/// inside quotes, CRLF or LF, an optional UTF-8 byte order mark. Lines that are wholly empty are
/// skipped. Text must be UTF-8. Throws `Error` (ExitCode::data) at the offending place for an
/// unterminated quote, text after a closing quote, or bytes that are not UTF-8.
std::vector<CsvRecord> parse_csv(std::string_view text, std::string_view name);

/// `parse_csv`, with the first record taken as the header. An input with no records at all
/// is an error (ExitCode::data): there is no header to find columns by.
CsvTable read_csv_table(std::string_view text, std::string_view name);

/// `text` as one CSV field: quoted when it holds a comma, a quote or a line break (quotes doubled).
/// Escape sequences, controls other than tab and line breaks, and bidi controls are removed first
/// (`terminal_text` with `LineBreaks::keep`). With `neutralise_formulas`, a field starting with `=`,
/// `+`, `-`, `@`, a tab or a CR (OWASP's list) gets a leading `'` so that a spreadsheet shows it
/// instead of running it.
std::string csv_field(std::string_view text, bool neutralise_formulas = false);

} // namespace recover
