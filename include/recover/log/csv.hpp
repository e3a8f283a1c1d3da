#pragma once
/// An RFC 4180 CSV reader that streams its input and keeps the physical place of every field, for
/// error messages.

#include "recover/core/diagnostics.hpp"
#include "recover/core/source.hpp"

#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace recover {

/// What a log may hold at most (recover(1), LIMITS): beyond, reading stops with a located error
/// instead of running on. Generous for any real export: twenty years of Strava activities are about
/// 15,000 rows of 90 fields. Rows are read one at a time, so memory does not grow with their number.
struct CsvLimits {
    static constexpr std::size_t field_bytes = 1 << 20;  ///< one field, quotes removed: 1 MiB
    static constexpr std::size_t record_bytes = 4 << 20; ///< one record (a line, or lines when quoted): 4 MiB
    static constexpr std::size_t columns = 1000;         ///< fields in one record
    static constexpr std::size_t rows = 10'000'000;      ///< records under the header
};

/// One field: its text with quotes removed and doubled quotes undone, and where it starts.
struct CsvField {
    std::string_view text; ///< valid as long as its record's text (see `CsvRecord`)
    int line = 0;          ///< physical line (1-based) of the field's first character
    int column = 0;        ///< column in characters (1-based) of the field's first character
};

/// One record; a quoted field may span lines, so `line` is where the record starts.
struct CsvRecord {
    std::vector<CsvField> fields;
    int line = 0;
    /// What the texts of a record that lives on (from `parse_csv`, or `owned`) point into; empty
    /// for a record of `CsvReader::next`, whose texts view the reader's buffer until its next call.
    std::shared_ptr<const void> storage = {};
};

/// `record` with texts of its own, valid after its reader has moved on.
CsvRecord owned(const CsvRecord& record);

/// Reads CSV a record at a time from a source, in blocks, without holding the whole input:
/// comma-separated, `"`-quoted fields with `""` for a quote, line breaks inside quotes (a CRLF
/// there is one line break), CRLF, LF or a lone CR between records, an optional UTF-8 byte order
/// mark. Lines that are wholly empty hold no record. Text must be UTF-8 without NUL bytes.
/// `next` throws `Error` (ExitCode::data) at the offending place for an unterminated quote, text
/// after a closing quote, bytes that are not UTF-8, a NUL byte, or input beyond `CsvLimits`.
class CsvReader {
public:
    CsvReader(TextSource& source, std::string name);
    /// A reader of whole records that `take_records` cut from a text, read where they are (`text`
    /// must outlive the reader), starting at `first_line` of that text: no byte order mark is
    /// looked for, and its rows are counted against `CsvLimits::rows` by the caller
    /// (`too_many_rows`).
    CsvReader(std::string_view text, std::string name, int first_line);
    /// The next record into `record` (its storage kept for reuse); false at the end of the input.
    /// Its texts view the reader's buffer: valid until the next call.
    bool next(CsvRecord& record);
    /// Whole records, unparsed, for another reader to parse (on another thread): at least
    /// `at_least` bytes of them, or all that is left, into `bytes`, and the line they start on
    /// into `line`; false at the end of the input. The cut is found by following the quotes alone,
    /// so it costs a fraction of parsing. A record too long to cut within the limits is parsed
    /// here instead, which fails at the limit it breaks.
    bool take_records(std::string& bytes, int& line, std::size_t at_least);
    const std::string& name() const { return name_; }

private:
    enum class Parsed { record, end, more }; // `more`: the buffer ends inside the record
    Parsed parse(CsvRecord& record);
    bool fill(); // reads a block more; false at the end of the input
    [[noreturn]] void fail(int line, int column, const std::string& what) const;
    void check_text(const char* from, const char* to, int line) const;

    TextSource* source_;              // nothing for a text read where it is
    std::string name_;
    std::string buffer_;              // what has been read of the source
    const char* data_ = nullptr;      // the bytes being parsed: buffer_'s, or the text's
    std::size_t begin_ = 0, end_ = 0; // the unread bytes: data_[begin_, end_)
    std::size_t block_ = 0;           // bytes asked of the source next
    bool at_end_ = false;             // the source has given its last byte
    bool started_ = false;            // the byte order mark has been looked for
    int line_ = 1;                    // physical line of data_[begin_]
    std::size_t records_ = 0;
    std::deque<std::string> unquoted_;  // texts of this record's fields that quotes had to be undone in
    std::size_t unquoted_used_ = 0;
    std::string_view record_bytes_;     // the bytes the last record was read from
};

/// The error for the first row past `CsvLimits::rows`, at `line` of the input `name`.
Error too_many_rows(const std::string& name, int line);

/// Parses all of `text` as CSV (see `CsvReader`): records that keep their texts.
std::vector<CsvRecord> parse_csv(std::string_view text, std::string_view name);

/// A header record and the records under it. Columns are found by name, never by position.
struct CsvTable {
    std::string name; ///< display name of the input, for locations
    CsvRecord header;
    std::vector<CsvRecord> rows; ///< a table read whole (`read_csv_table`); empty when the rows stream from `stream`
    CsvReader* stream = nullptr; ///< where the rows come from, one at a time, for a table read as it streams

    /// Index of the `occurrence`-th (1-based) header cell equal to `column`, ignoring ASCII case
    /// and surrounding blanks; nothing when the header has no such cell.
    std::optional<std::size_t> find(std::string_view column, int occurrence = 1) const;
};

/// `parse_csv`, with the first record taken as the header. An input with no records at all
/// is an error (ExitCode::data): there is no header to find columns by.
CsvTable read_csv_table(std::string_view text, std::string_view name);

/// The header of `reader`'s input, as a table whose rows stream from `reader`; the same error
/// as `read_csv_table` for an input with no records.
CsvTable read_csv_header(CsvReader& reader);

/// `text` as one CSV field: quoted when it holds a comma, a quote or a line break (quotes doubled).
/// Escape sequences, controls other than tab and line breaks, and bidi controls are removed first
/// (`terminal_text` with `LineBreaks::keep`). With `neutralise_formulas`, a field starting with `=`,
/// `+`, `-`, `@`, a tab or a CR (OWASP's list) gets a leading `'` so that a spreadsheet shows it
/// instead of running it.
std::string csv_field(std::string_view text, bool neutralise_formulas = false);

} // namespace recover
