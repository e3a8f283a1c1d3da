#pragma once
/// An RFC 4180 CSV reader that keeps the physical place of every field, for error messages.

#include "recover/core/diagnostics.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace recover {

/// What a log may hold at most (recover(1), LIMITS): beyond, `parse_csv` stops with a located
/// error instead of reading on until memory runs out. Generous for any real export: twenty years
/// of Strava activities are about 15,000 rows of 90 fields.
struct CsvLimits {
    static constexpr std::size_t field_bytes = 1 << 20;  ///< one field, quotes removed: 1 MiB
    static constexpr std::size_t record_bytes = 4 << 20; ///< one record (a line, or lines when quoted): 4 MiB
    static constexpr std::size_t columns = 1000;         ///< fields in one record
    static constexpr std::size_t rows = 1'000'000;       ///< records, the header included
    static constexpr std::size_t fields = 10'000'000;    ///< fields in all records together
};

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
/// skipped. Text must be UTF-8 without NUL bytes. Throws `Error` (ExitCode::data) at the offending
/// place for an unterminated quote, text after a closing quote, bytes that are not UTF-8, a NUL
/// byte, or input beyond `CsvLimits`.
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
