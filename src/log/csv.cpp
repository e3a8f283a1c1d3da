#include "recover/log/csv.hpp"

#include "recover/core/cursor.hpp"
#include "recover/core/terminal.hpp"
#include "recover/core/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace recover {

namespace {

/// Bytes asked of the source at a time: 64 KiB at first (a small log, or a test, costs little),
/// doubling to 1 MiB; the buffer grows past it only for a longer record.
constexpr std::size_t first_block_bytes = std::size_t{64} << 10, block_bytes = std::size_t{1} << 20;

bool is_break(char c) { return c == '\n' || c == '\r'; }

/// What a byte is to the parser's loops, a table lookup per byte.
constexpr unsigned char ends_field = 1;   ///< a comma, LF or CR ends an unquoted field
constexpr unsigned char suspect_byte = 2; ///< NUL, or a byte past ASCII: the text needs checking
constexpr std::array<unsigned char, 256> byte_kinds = [] {
    std::array<unsigned char, 256> kinds{};
    kinds[','] = kinds['\n'] = kinds['\r'] = ends_field;
    kinds[0] = suspect_byte;
    for (std::size_t byte = 0x80; byte < kinds.size(); ++byte) kinds[byte] = suspect_byte;
    return kinds;
}();

/// Eight bytes at a time (SWAR: SIMD within a register). A word holds eight bytes, the first in its
/// lowest lane on a little-endian machine; masks mark a lane by its high bit.
namespace swar {
constexpr std::uint64_t ones = 0x0101010101010101, highs = 0x8080808080808080;
constexpr bool usable = std::endian::native == std::endian::little; // else the parser goes byte by byte

std::uint64_t load(const char* p) {
    std::uint64_t word;
    std::memcpy(&word, p, 8);
    return word;
}
/// The lanes of `word` that are zero. Exact up to the first such lane; a lane above it may be
/// marked wrongly (the borrow), so only the lowest mark, and the marks below a lane known to be the
/// first of its kind, are to be trusted.
constexpr std::uint64_t zeros(std::uint64_t word) { return (word - ones) & ~word & highs; }
/// The lanes of `word` that hold `byte`, as `zeros` marks them.
constexpr std::uint64_t equal(std::uint64_t word, unsigned char byte) { return zeros(word ^ (ones * byte)); }
/// The lanes that hold NUL or a byte past ASCII: what `check_text` must look at.
constexpr std::uint64_t suspect(std::uint64_t word) { return (word & highs) | zeros(word); }
/// The lanes that hold a UTF-8 continuation byte (10xxxxxx): bytes that start no character.
constexpr std::uint64_t continuations(std::uint64_t word) { return word & ~(word << 1) & highs; }
/// How many lanes come before the lowest marked one of `marks` (8 when none is).
int before_first(std::uint64_t marks) { return marks == 0 ? 8 : std::countr_zero(marks) / 8; }
/// The marks of the first `n` lanes only.
constexpr std::uint64_t first(std::uint64_t marks, int n) { return n >= 8 ? marks : marks & ((std::uint64_t{1} << (8 * n)) - 1); }
} // namespace swar

/// True when [from, to) holds only ASCII without NUL: the common case, checked eight bytes at a time.
bool plain_ascii(const char* from, const char* to) {
    for (; to - from >= 8; from += 8)
        if (swar::suspect(swar::load(from)) != 0) return false;
    for (; from < to; ++from)
        if (*from == '\0' || static_cast<unsigned char>(*from) >= 0x80) return false;
    return true;
}

#if defined(__SSE2__)
/// The bytes of sixteen at `p` that the parser's loops stop at, a bit each (the first byte in the
/// lowest bit): what SSE2 compares find in one load, for `unquoted_end` and `plain_fields`.
struct Lanes {
    unsigned commas, feeds, returns, quotes;
    unsigned suspects; ///< NUL, or past ASCII (its high bit set): what `check_text` must look at
};

Lanes lanes_at(const char* p) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    auto equal = [&](char c) { return static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, _mm_set1_epi8(c)))); };
    return Lanes{equal(','), equal('\n'), equal('\r'), equal('"'), static_cast<unsigned>(_mm_movemask_epi8(bytes)) | equal('\0')};
}
#endif

/// Where the unquoted field at `p` ends in [p, end): at its comma or line break, or at `end`. Adds
/// `suspect_byte` to `seen` when a byte of it is NUL or past ASCII. Sixteen bytes at a time with
/// SSE2 while sixteen are left: most fields of a log end within the first sixteen, found with one
/// load and a few compares instead of a loop over their bytes.
const char* unquoted_end(const char* p, const char* const end, unsigned char& seen) {
#if defined(__SSE2__)
    while (end - p >= 16) {
        const Lanes lanes = lanes_at(p);
        const unsigned stops = lanes.commas | lanes.feeds | lanes.returns, suspects = lanes.suspects;
        if (stops != 0) {
            const int text = std::countr_zero(stops);
            if ((suspects & ((1U << text) - 1)) != 0) seen |= suspect_byte;
            return p + text;
        }
        if (suspects != 0) seen |= suspect_byte;
        p += 16;
    }
#endif
    for (; p < end; ++p) {
        const unsigned char kind = byte_kinds[static_cast<unsigned char>(*p)];
        if ((kind & ends_field) != 0) break;
        seen |= kind;
    }
    return p;
}

/// What `plain_fields` read of a record: the fields up to `at`, and whether they are all of it.
struct PlainFields {
    const char* at; ///< the LF that ends the record when `whole`, else the start of the field to read on from
    bool whole;
};

/// The bytes of a record that `plain_fields` looks at, at most: past them the parser's own loop
/// takes over, which knows the limits of a field and a row.
constexpr std::ptrdiff_t plain_fields_bytes = std::ptrdiff_t{64} << 10;

/// Reads a record from the field at `start` (at `line` and `column`) up to the first field that
/// needs `CsvReader::parse`'s own loop: a quoted one, or one holding a quote, a CR, a NUL or a byte
/// past ASCII. The fields before it (their columns counted in bytes) go to `fields`. Commas and the
/// record's LF are found sixteen bytes at a time, with SSE2: most rows of a log are all plain
/// fields on one line, or plain runs between a few quoted fields (an export's dates and names),
/// and each field then costs a few instructions instead of a loop over its bytes. Stops at the
/// `CsvLimits::columns`th field, so that the loop reports the next one; looks at no byte past `end`.
PlainFields plain_fields(const char* const start, const char* const end, int line, int column, std::vector<CsvField>& fields) {
    const char* field = start;
#if defined(__SSE2__)
    for (const char* p = start; end - p >= 16 && p - start < plain_fields_bytes; p += 16) {
        const Lanes lanes = lanes_at(p);
        unsigned commas = lanes.commas, others = lanes.quotes | lanes.returns | lanes.suspects;
        const unsigned feeds = lanes.feeds;
        // Only the lanes before the record's LF are the record's.
        const unsigned record = feeds == 0 ? 0xFFFFU : (feeds & (0U - feeds)) - 1;
        others &= record;
        commas &= others == 0 ? record : (others & (0U - others)) - 1; // the fields that end before an odd byte
        for (; commas != 0; commas &= commas - 1) {
            const char* const end_of_field = p + std::countr_zero(commas);
            fields.push_back(CsvField{std::string_view(field, static_cast<std::size_t>(end_of_field - field)), line, column + static_cast<int>(field - start)});
            field = end_of_field + 1;
            if (fields.size() == CsvLimits::columns) return {field, false};
        }
        if (others != 0) return {field, false};
        if (feeds != 0) {
            const char* const feed_at = p + std::countr_zero(feeds);
            fields.push_back(CsvField{std::string_view(field, static_cast<std::size_t>(feed_at - field)), line, column + static_cast<int>(field - start)});
            return {feed_at, true};
        }
    }
#else
    (void)end, (void)line, (void)column, (void)fields;
#endif
    return {field, false};
}

/// Where the first record that ends at or past `from + at_least` ends in [from, to): just past its
/// line break. `from` is where a record starts. Quotes are followed as `CsvReader::parse` does (a
/// quote opens a quoted field only at the start of a field, and `""` in it is a quote), so a line
/// break inside quotes ends nothing. Nothing when no record ends in [from, to) past that point, or
/// when the bytes at `to` could still change where it ends (a quote or a CR as the last byte).
const char* record_cut(const char* from, const char* to, std::size_t at_least) {
    auto starts_field = [&](const char* quote) {
        return quote == from || quote[-1] == ',' || quote[-1] == '\n' || quote[-1] == '\r';
    };
    auto past_closing_quote = [&](const char* open) -> const char* {
        for (const char* q = open + 1;; q += 2) {
            q = static_cast<const char*>(std::memchr(q, '"', static_cast<std::size_t>(to - q)));
            if (q == nullptr || q + 1 == to) return nullptr;
            if (q[1] != '"') return q + 1;
        }
    };
    const char* const target = from + std::min(at_least, static_cast<std::size_t>(to - from));
    const char* p = from;
    // Up to the target only the quotes matter: the records ending there are taken whole.
    while (p < target) {
        const char* quote = static_cast<const char*>(std::memchr(p, '"', static_cast<std::size_t>(target - p)));
        if (quote == nullptr) {
            p = target;
        } else if (!starts_field(quote)) {
            p = quote + 1; // a quote inside an unquoted field is text
        } else if ((p = past_closing_quote(quote)) == nullptr) {
            return nullptr;
        }
    }
    while (p < to) {
        if (*p == '\n') return p + 1;
        if (*p == '\r') return p + 1 == to ? nullptr : p + (p[1] == '\n' ? 2 : 1);
        if (*p == '"' && starts_field(p)) {
            if ((p = past_closing_quote(p)) == nullptr) return nullptr;
        } else {
            ++p;
        }
    }
    return nullptr;
}

/// How many of the bytes in [from, to) are LF: sixteen at a time with SSE2 (every x86-64 has it),
/// else eight at a time in a word. The reading thread counts every line of the log so.
std::size_t count_line_feeds(const char* from, const char* to) {
    std::size_t count = 0;
#if defined(__SSE2__)
    const __m128i feeds = _mm_set1_epi8('\n');
    while (to - from >= 16) {
        __m128i lanes = _mm_setzero_si128(); // per byte lane, the LFs seen there: at most 255
        for (int i = 0; i < 255 && to - from >= 16; ++i, from += 16) {
            const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(from));
            lanes = _mm_sub_epi8(lanes, _mm_cmpeq_epi8(bytes, feeds)); // an LF's lane is -1: minus it counts one
        }
        const __m128i sums = _mm_sad_epu8(lanes, _mm_setzero_si128()); // the two halves' lanes added up
        count += static_cast<std::size_t>(_mm_cvtsi128_si32(sums)) + static_cast<std::size_t>(_mm_extract_epi16(sums, 4));
    }
#endif
    constexpr std::uint64_t ones = swar::ones, low7 = 0x7F7F7F7F7F7F7F7F, feeds8 = ones * '\n';
    while (to - from >= 8) {
        std::uint64_t lanes = 0; // per byte lane, the LFs seen there: at most 31, so 8 lanes add up below 256
        for (int i = 0; i < 31 && to - from >= 8; ++i, from += 8) {
            std::uint64_t word;
            std::memcpy(&word, from, 8);
            const std::uint64_t x = word ^ feeds8;                  // a zero byte where an LF is
            const std::uint64_t nonzero = ((x & low7) + low7) | x;  // the high bit of each byte that is not zero
            lanes += (~nonzero >> 7) & ones;
        }
        count += (lanes * ones) >> 56; // the sum of the lanes, in the top byte
    }
    return count + static_cast<std::size_t>(std::count(from, to, '\n'));
}

/// The line breaks in [from, to) as `CsvReader::parse` counts lines: a CRLF, a lone CR or an LF.
int line_breaks(const char* from, const char* to) {
    const auto size = static_cast<std::size_t>(to - from);
    if (std::memchr(from, '\r', size) == nullptr) return static_cast<int>(count_line_feeds(from, to));
    int breaks = 0;
    for (const char* p = from; p < to; ++p) breaks += *p == '\n' || (*p == '\r' && (p + 1 == to || p[1] != '\n'));
    return breaks;
}

} // namespace

Error too_many_rows(const std::string& name, int line) {
    return Error(ExitCode::data, Location{name, line, 1}, "more than 10,000,000 rows (the most a log may hold; see LIMITS in recover(1))");
}

CsvRecord owned(const CsvRecord& record) {
    auto text = std::make_shared<std::string>();
    std::size_t size = 0;
    for (const CsvField& f : record.fields) size += f.text.size();
    text->reserve(size);
    for (const CsvField& f : record.fields) text->append(f.text);
    CsvRecord out{{}, record.line, text};
    out.fields.reserve(record.fields.size());
    std::size_t at = 0;
    for (const CsvField& f : record.fields) {
        out.fields.push_back(CsvField{std::string_view(*text).substr(at, f.text.size()), f.line, f.column});
        at += f.text.size();
    }
    return out;
}

CsvReader::CsvReader(TextSource& source, std::string name) : source_(&source), name_(std::move(name)) {}

CsvReader::CsvReader(std::string_view text, std::string name, int first_line)
    : source_(nullptr), name_(std::move(name)), data_(text.data()), end_(text.size()), at_end_(true), started_(true),
      line_(first_line) {}

void CsvReader::fail(int line, int column, const std::string& what) const {
    throw Error(ExitCode::data, Location{name_, line, column}, what);
}

bool CsvReader::fill() {
    if (at_end_) return false;
    if (begin_ > 0) { // keep only the unread bytes, at the front
        std::memmove(buffer_.data(), buffer_.data() + begin_, end_ - begin_);
        end_ -= begin_;
        begin_ = 0;
    }
    block_ = block_ == 0 ? first_block_bytes : std::min(2 * block_, block_bytes);
    if (buffer_.size() - end_ < block_) buffer_.resize(end_ + block_);
    data_ = buffer_.data();
    const std::size_t got = source_->read(buffer_.data() + end_, buffer_.size() - end_);
    end_ += got;
    at_end_ = got == 0;
    if (!started_ && (end_ >= 3 || at_end_)) {
        started_ = true;
        if (std::string_view(data_, end_).starts_with("\xEF\xBB\xBF")) begin_ = 3;
    }
    return got > 0;
}

void CsvReader::check_text(const char* from, const char* to, int line) const {
    if (plain_ascii(from, to)) return;
    const std::string_view text(from, static_cast<std::size_t>(to - from));
    auto bad = find_invalid_utf8(text);
    if (std::size_t nul = text.find('\0'); nul != std::string_view::npos && (!bad || nul < *bad)) bad = nul;
    if (!bad) return;
    TextCursor place(text);
    place.take(*bad);
    const int at_line = line + place.line() - 1, at_column = place.column();
    if (text[*bad] == '\0') fail(at_line, at_column, "a NUL byte (0x00) is not text (a log is UTF-8 text: export it again as CSV)");
    fail(at_line, at_column, fmt::format("byte 0x{:02X} is not UTF-8 (save the file as UTF-8)", static_cast<unsigned char>(text[*bad])));
}

CsvReader::Parsed CsvReader::parse(CsvRecord& record) {
    const char* const data = data_;
    const char* p = data + begin_;
    const char* const end = data + end_;
    // Lines that are wholly empty hold no record.
    int line = line_;
    while (p < end && is_break(*p)) {
        if (*p == '\r' && p + 1 == end && !at_end_) return Parsed::more; // a CRLF cut in two
        p += *p == '\r' && p + 1 < end && p[1] == '\n' ? 2 : 1;
        ++line;
    }
    begin_ = static_cast<std::size_t>(p - data);
    line_ = line;
    if (p == end) return at_end_ ? Parsed::end : Parsed::more;

    const char* const start = p;
    record.fields.clear();
    record.line = line;
    record.storage.reset();
    unquoted_used_ = 0;
    // Plain fields first; the loop below reads the field they stop at, and the plain fields after
    // it again, until the record's end.
    const PlainFields prefix = plain_fields(start, end, line, 1, record.fields);
    p = prefix.at;
    bool whole = prefix.whole;
    int column = static_cast<int>(p - start) + 1; // the plain fields are ASCII on one line
    auto within_row_limit = [&] {
        if (static_cast<std::size_t>(p - start) > CsvLimits::record_bytes) {
            check_text(start, p, record.line);
            fail(record.line, 1, "row is longer than 4 MiB (the most one row may hold; see LIMITS in recover(1))");
        }
    };
    // `suspect` has `suspect_byte` when any byte of the record is past ASCII or a NUL: only then is
    // its text checked as UTF-8. Every other byte of it is a comma, a quote or a line break.
    unsigned char suspect = 0;
    while (!whole) {
        if (record.fields.size() == CsvLimits::columns)
            fail(line, column, "more than 1,000 fields in one row (the most a row may hold; see LIMITS in recover(1))");
        if (p == end || *p != '"') {
            const char* const from = p;
            unsigned char seen = 0;
            p = unquoted_end(p, end, seen);
            suspect |= seen;
            // Characters are counted apart from bytes only when some byte may be a part of one.
            const int characters = (seen & suspect_byte) == 0 ? static_cast<int>(p - from) : count_chars(std::string_view(from, static_cast<std::size_t>(p - from)));
            if (static_cast<std::size_t>(p - from) > CsvLimits::field_bytes) {
                check_text(start, p, record.line); // a bad byte in it is the first thing wrong
                fail(line, column, "field is longer than 1 MiB (the most one field may hold; see LIMITS in recover(1))");
            }
            if (p == end && !at_end_) return Parsed::more;
            record.fields.push_back(CsvField{std::string_view(from, static_cast<std::size_t>(p - from)), line, column});
            column += characters;
        } else {
            const int field_line = line, field_column = column;
            const char* const from = ++p;
            ++column;
            std::size_t size = 0;  // the text's bytes, quotes undone
            bool plain = true;     // no "" or CRLF inside: the text is the bytes between the quotes
            for (;;) {
                // Text up to the next quote or line break, eight bytes at a time while eight are
                // left and the field stays within its limit.
                while (swar::usable && end - p >= 8 && size + 8 <= CsvLimits::field_bytes) {
                    const std::uint64_t word = swar::load(p);
                    const std::uint64_t stops = swar::equal(word, '"') | swar::equal(word, '\n') | swar::equal(word, '\r');
                    const int text = swar::before_first(stops);
                    column += text;
                    if (swar::first(swar::suspect(word), text) != 0) {
                        suspect |= suspect_byte;
                        column -= std::popcount(swar::first(swar::continuations(word), text));
                    }
                    p += text;
                    size += static_cast<std::size_t>(text);
                    if (stops != 0) break;
                }
                if (p == end) {
                    if (!at_end_) return Parsed::more;
                    check_text(start, p, record.line);
                    fail(field_line, field_column, "unterminated quoted field (a closing \" is missing)");
                }
                const char c = *p;
                if (c == '"') {
                    if (p + 1 == end && !at_end_) return Parsed::more;
                    if (p + 1 == end || p[1] != '"') break;
                    plain = false;
                    p += 2;
                    column += 2;
                    ++size;
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && p + 1 == end && !at_end_) return Parsed::more;
                    if (c == '\r' && p + 1 < end && p[1] == '\n') {
                        plain = false;
                        ++p;
                    }
                    ++p;
                    ++line;
                    column = 1;
                    ++size;
                } else {
                    column += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
                    suspect |= byte_kinds[static_cast<unsigned char>(c)];
                    ++p;
                    ++size;
                }
                if (size > CsvLimits::field_bytes) {
                    check_text(start, p, record.line);
                    fail(field_line, field_column, "field is longer than 1 MiB (the most one field may hold; see LIMITS in recover(1))");
                }
            }
            const std::string_view raw(from, static_cast<std::size_t>(p - from));
            ++p; // the closing quote
            ++column;
            std::string_view text = raw;
            if (!plain) {
                if (unquoted_used_ == unquoted_.size()) unquoted_.emplace_back();
                std::string& out = unquoted_[unquoted_used_++];
                out.clear();
                for (std::size_t i = 0; i < raw.size(); ++i) {
                    if (raw[i] == '"' || (raw[i] == '\r' && i + 1 < raw.size() && raw[i + 1] == '\n')) ++i;
                    out += raw[i];
                }
                text = out;
            }
            record.fields.push_back(CsvField{text, field_line, field_column});
            if (p < end && *p != ',' && !is_break(*p))
                fail(line, column, "unexpected text after a closing quote (quotes inside a quoted field are written \"\")");
        }
        within_row_limit();
        if (p == end || *p != ',') break;
        ++p;
        ++column;
        const PlainFields more = plain_fields(p, end, line, column, record.fields);
        column += static_cast<int>(more.at - p);
        p = more.at;
        whole = more.whole;
        if (whole) within_row_limit();
    }
    // The record ends at a line break or at the end of the input.
    if (p < end) {
        if (*p == '\r' && p + 1 == end && !at_end_) return Parsed::more;
        p += *p == '\r' && p + 1 < end && p[1] == '\n' ? 2 : 1;
        ++line;
    }
    if ((suspect & suspect_byte) != 0) check_text(start, p, record.line);
    if (records_++ > CsvLimits::rows) throw too_many_rows(name_, record.line);
    record_bytes_ = std::string_view(start, static_cast<std::size_t>(p - start));
    begin_ = static_cast<std::size_t>(p - data);
    line_ = line;
    return Parsed::record;
}

bool CsvReader::next(CsvRecord& record) {
    while (!started_) fill(); // the first three bytes tell whether a byte order mark starts the text
    for (;;) {
        switch (parse(record)) {
        case Parsed::record: return true;
        case Parsed::end: return false;
        case Parsed::more:
            // A record that does not fit: the limits above end it before the buffer grows past them.
            fill();
            break;
        }
    }
}

bool CsvReader::take_records(std::string& bytes, int& line, std::size_t at_least) {
    while (!started_) fill(); // the first three bytes tell whether a byte order mark starts the text
    for (;;) {
        const char* const data = data_;
        const char* const from = data + begin_;
        const char* cut = record_cut(from, data + end_, at_least);
        if (cut == nullptr && at_end_) {
            if (begin_ == end_) return false;
            cut = data + end_;
        }
        if (cut != nullptr) {
            bytes.assign(from, cut);
            line = line_;
            line_ += line_breaks(from, cut);
            begin_ = static_cast<std::size_t>(cut - data);
            return true;
        }
        // No record ends within the longest one `parse` takes: it fails there, or finds the end.
        if (end_ - begin_ > at_least + CsvLimits::record_bytes + 8) {
            CsvRecord record;
            if (!next(record)) return false;
            bytes.assign(record_bytes_);
            line = record.line;
            return true;
        }
        fill();
    }
}

std::vector<CsvRecord> parse_csv(std::string_view text, std::string_view name) {
    TextInMemory source(text);
    CsvReader reader(source, std::string(name));
    std::vector<CsvRecord> records;
    CsvRecord record;
    while (reader.next(record)) records.push_back(owned(record));
    return records;
}

CsvTable read_csv_table(std::string_view text, std::string_view name) {
    std::vector<CsvRecord> records = parse_csv(text, name);
    if (records.empty()) throw Error(ExitCode::data, Location{std::string(name), 1, 1}, "the log is empty (expected a header row)");
    CsvTable table{std::string(name), std::move(records.front()), {}};
    table.rows.assign(std::make_move_iterator(records.begin() + 1), std::make_move_iterator(records.end()));
    return table;
}

CsvTable read_csv_header(CsvReader& reader) {
    CsvRecord header;
    if (!reader.next(header)) throw Error(ExitCode::data, Location{reader.name(), 1, 1}, "the log is empty (expected a header row)");
    return CsvTable{reader.name(), owned(header), {}, &reader};
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
