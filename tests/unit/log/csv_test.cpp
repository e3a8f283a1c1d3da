#include "recover/log/csv.hpp"
#include "support/errors.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <random>

using namespace recover;

namespace {
std::vector<std::string> texts(const CsvRecord& record) {
    std::vector<std::string> out;
    for (const CsvField& f : record.fields) out.emplace_back(f.text);
    return out;
}

std::string error_of(std::string_view text) {
    return testing::error_of([&] { parse_csv(text, "t.csv"); }, ExitCode::data);
}
} // namespace

TEST_CASE("plain, quoted and doubled-quote fields") {
    auto records = parse_csv("a,b,c\n1,\"x, y\",\"say \"\"hi\"\"\"\n", "t.csv");
    REQUIRE(records.size() == 2);
    CHECK(texts(records[0]) == std::vector<std::string>{"a", "b", "c"});
    CHECK(texts(records[1]) == std::vector<std::string>{"1", "x, y", "say \"hi\""});
}

TEST_CASE("CRLF, a byte order mark, a missing final newline and empty fields") {
    auto records = parse_csv("\xEF\xBB\xBF" "a,b\r\n,\r\n1,2", "t.csv");
    REQUIRE(records.size() == 3);
    CHECK(texts(records[0]) == std::vector<std::string>{"a", "b"});
    CHECK(texts(records[1]) == std::vector<std::string>{"", ""});
    CHECK(texts(records[2]) == std::vector<std::string>{"1", "2"});
}

TEST_CASE("a quoted line break stays in the field and lines count physically") {
    auto records = parse_csv("a,b\n1,\"two\r\nlines\"\n\n3,4\n", "t.csv");
    REQUIRE(records.size() == 3);
    CHECK(records[1].fields[1].text == "two\nlines");
    CHECK(records[1].line == 2);
    CHECK(records[2].line == 5); // the empty line 4 holds no record
    CHECK(records[2].fields[1].column == 3);
}

TEST_CASE("columns count characters, not bytes") {
    auto records = parse_csv("Zürich 🏃,x\n", "t.csv");
    CHECK(records[0].fields[1].column == 10);
}

TEST_CASE("malformed CSV is an error at its place") {
    CHECK(error_of("a,b\n1,\"open\n") == "t.csv:2:3: unterminated quoted field (a closing \" is missing)");
    CHECK(error_of("a,b\n1,\"x\"y\n") ==
          "t.csv:2:6: unexpected text after a closing quote (quotes inside a quoted field are written \"\")");
    CHECK(error_of("a,b\n1,caf\xE9\n") == "t.csv:2:6: byte 0xE9 is not UTF-8 (save the file as UTF-8)");
}

TEST_CASE("a table finds columns by name, case-insensitively, by occurrence") {
    CsvTable table = read_csv_table("Date, Distance ,distance\n1,2,3\n", "t.csv");
    CHECK(table.find("date") == 0u);
    CHECK(table.find("DISTANCE") == 1u);
    CHECK(table.find("distance", 2) == 2u);
    CHECK_FALSE(table.find("distance", 3));
    CHECK_FALSE(table.find("rpe"));
    CHECK(table.rows.size() == 1);
}

TEST_CASE("an empty input has no header") {
    CHECK_THROWS_WITH_AS(read_csv_table("", "t.csv"), "the log is empty (expected a header row)", Error);
}

TEST_CASE("writing a field quotes only when it must, and can neutralise formulas") {
    CHECK(csv_field("plain") == "plain");
    CHECK(csv_field("a, b") == "\"a, b\"");
    CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(csv_field("two\nlines") == "\"two\nlines\"");
    CHECK(csv_field("=1+2") == "=1+2");
    CHECK(csv_field("=1+2", true) == "'=1+2");
    CHECK(csv_field("-3", true) == "'-3");
    CHECK(csv_field("@SUM(A1)", true) == "'@SUM(A1)");
    CHECK(csv_field("+x,y", true) == "\"'+x,y\"");
}

TEST_CASE("a NUL byte is an error at its place, not text") {
    CHECK(error_of(std::string_view("date\n2026-03-01,a\0b\n", 20)) ==
          "t.csv:2:13: a NUL byte (0x00) is not text (a log is UTF-8 text: export it again as CSV)");
}

TEST_CASE("the limits of CsvLimits are errors at the place they are passed") {
    const std::string big(CsvLimits::field_bytes + 1, 'x');
    CHECK(error_of("a,b\n1," + big + "\n") ==
          "t.csv:2:3: field is longer than 1 MiB (the most one field may hold; see LIMITS in recover(1))");
    CHECK(error_of("a,b\n1,\"" + big + "\"\n") ==
          "t.csv:2:3: field is longer than 1 MiB (the most one field may hold; see LIMITS in recover(1))");
    CHECK(parse_csv("a\n" + big.substr(1) + "\n", "t.csv")[1].fields[0].text.size() == CsvLimits::field_bytes);

    std::string wide;
    for (int i = 0; i < 5; ++i)
        wide += std::string(CsvLimits::field_bytes, 'y') + ',';
    CHECK(error_of("a\n" + wide + "\n") ==
          "t.csv:2:1: row is longer than 4 MiB (the most one row may hold; see LIMITS in recover(1))");

    // A row that passes 4 MiB in the plain fields after its quoted ones, which are read sixteen
    // bytes at a time up to the row's LF (plain_fields): the limit holds there too.
    std::string quoted_then_plain;
    for (int i = 0; i < 4; ++i)
        quoted_then_plain += '"' + std::string(CsvLimits::field_bytes - (i == 3 ? 1000 : 0), 'q') + "\",";
    quoted_then_plain += std::string(2000, 'p') + "\n" + std::string(40, 'z') + "\n";
    CHECK(error_of("a\n" + quoted_then_plain) ==
          "t.csv:2:1: row is longer than 4 MiB (the most one row may hold; see LIMITS in recover(1))");

    std::string columns(CsvLimits::columns, ',');
    CHECK(error_of(columns + "\n") ==
          "t.csv:1:1001: more than 1,000 fields in one row (the most a row may hold; see LIMITS in recover(1))");
    CHECK(parse_csv(columns.substr(1) + "\n", "t.csv")[0].fields.size() == CsvLimits::columns);
    // With more rows after it, the row's line break is read sixteen bytes at a time with its
    // commas (plain_fields): the limit holds there too.
    const std::string after = "\n" + std::string(40, 'z') + "\n";
    CHECK(error_of(columns + after) ==
          "t.csv:1:1001: more than 1,000 fields in one row (the most a row may hold; see LIMITS in recover(1))");
    CHECK(error_of(columns + columns + after) ==
          "t.csv:1:1001: more than 1,000 fields in one row (the most a row may hold; see LIMITS in recover(1))");
    const std::vector<CsvRecord> widest = parse_csv(columns.substr(1) + after, "t.csv");
    CHECK(widest[0].fields.size() == CsvLimits::columns);
    CHECK(widest[0].fields.back().column == static_cast<int>(CsvLimits::columns));
    CHECK(widest[1].fields[0].text == std::string(40, 'z'));
}

TEST_CASE("csv_field neutralises a leading tab or CR too, and lets no control through") {
    CHECK(csv_field("\t=1+2", true) == "'\t=1+2");
    CHECK(csv_field("\r=1+2", true) == "\"'\r=1+2\"");
    CHECK(csv_field("\x1b[31m=HYPERLINK(1)", true) == "'=HYPERLINK(1)"); // neutralised once the escape is gone
    CHECK(csv_field("a\x1b]52;c;aGk=\x07" "b\x07" "c\x7f") == "abc");
    CHECK(csv_field("c1 \xC2\x9B" "31mx") == "c1 x");
    CHECK(csv_field("evil\u202Etxt.exe \u2066x\u2069") == "eviltxt.exe x");
    CHECK(csv_field("two\nlines") == "\"two\nlines\"");
}

TEST_CASE("rows past CsvLimits::rows are an error at the first one too many") {
    std::string text = "a\n";
    text.reserve(2 * (CsvLimits::rows + 2) + 2);
    for (std::size_t i = 0; i <= CsvLimits::rows; ++i) text += "x\n";
    TextInMemory source(text);
    CsvReader reader(source, "t.csv");
    CsvRecord record;
    std::size_t records = 0;
    CHECK(testing::error_of(
              [&] {
                  while (reader.next(record)) ++records;
              },
              ExitCode::data) == "t.csv:10000002:1: more than 10,000,000 rows (the most a log may hold; see LIMITS in recover(1))");
    CHECK(records == CsvLimits::rows + 1); // the header and every row allowed
}

TEST_CASE("a streamed record that crosses the reader's blocks reads as one, with its place") {
    // Blocks are 1 MiB: records of 700 KiB cross the first boundary inside a quoted field, the
    // second inside an unquoted one, and a CRLF may be cut between blocks.
    const std::string long_text(700 * 1024, 'q');
    const std::string text = "a,b\r\n1,\"" + long_text + "\"\"x\"\r\n2," + long_text + "\r\n3,\"z\"";
    TextInMemory source(text);
    CsvReader reader(source, "t.csv");
    CsvRecord record;
    std::vector<std::string> seconds;
    std::vector<int> lines;
    while (reader.next(record)) {
        seconds.emplace_back(record.fields.back().text);
        lines.push_back(record.line);
    }
    REQUIRE(seconds.size() == 4);
    CHECK(seconds[1] == long_text + "\"x");
    CHECK(seconds[2] == long_text);
    CHECK(seconds[3] == "z");
    CHECK(lines == std::vector<int>{1, 2, 3, 4});
    CHECK(parse_csv(text, "t.csv")[1].fields[1].column == 3);
}

namespace {

/// Every record of `text` as "line:column=text|..." lines, then the error that stopped reading:
/// read by one reader, or cut by `take_records` into parts of `at_least` bytes that readers of
/// their own parse, in order, as the row loop's threads do (log/rows.cpp).
/// Appends every record `reader` reads to `out`, a line each.
void append_records(CsvReader& reader, std::string& out) {
    CsvRecord record;
    while (reader.next(record)) {
        for (const CsvField& f : record.fields) out += fmt::format("{}:{}={}|", f.line, f.column, f.text);
        out += '\n';
    }
}

/// A source that gives one byte at a time, as a pipe may.
class OneByte final : public TextSource {
public:
    explicit OneByte(std::string_view text) : rest_(text) {}
    std::size_t read(char* into, std::size_t size) override {
        if (rest_.empty() || size == 0) return 0;
        *into = rest_.front();
        rest_.remove_prefix(1);
        return 1;
    }

private:
    std::string_view rest_;
};

template <class Source = TextInMemory>
std::string read_whole(const std::string& text) {
    Source source(text);
    CsvReader reader(source, "t.csv");
    std::string out;
    try {
        append_records(reader, out);
    } catch (const Error& e) {
        out += e.message();
    }
    return out;
}

std::string read_in_parts(const std::string& text, std::size_t at_least, int* parts = nullptr) {
    TextInMemory source(text);
    CsvReader cutter(source, "t.csv");
    std::string bytes, out;
    int line = 0;
    try {
        while (cutter.take_records(bytes, line, at_least)) {
            if (parts) ++*parts;
            CsvReader reader(bytes, "t.csv", line);
            append_records(reader, out);
        }
    } catch (const Error& e) {
        out += e.message();
    }
    return out;
}

/// A CSV text from `seed` with every shape that decides where a record ends: quoted commas and
/// line breaks (LF, CRLF, lone CR), doubled quotes, a quote inside an unquoted field, empty lines,
/// UTF-8, line ends of each kind (or LF alone), and now and then an error (text after a closing quote, a byte
/// that is not UTF-8, an unterminated quote).
std::string random_csv(unsigned seed) {
    std::mt19937 random(seed);
    const char* fields[]{"",       "plain",          "\"quoted, with comma\"", "\"two\nlines\"", "\"crlf\r\nin\"",
                         "\"cr\rin\"", "\"say \"\"hi\"\"\"", "5'10\" tall",             "\"\"",          "caf\xC3\xA9",
                         "\"\"\"\"", "a\"b\"c",        "\"ends in quote\"\"\""};
    const char* breaks[]{"\n", "\r\n", "\r", "\n\n", "\r\n\r\n"};
    std::string out;
    const int rows = 20 + static_cast<int>(random() % 200);
    for (int r = 0; r < rows; ++r) {
        const int width = 1 + static_cast<int>(random() % 4);
        for (int f = 0; f < width; ++f) {
            if (f > 0) out += ',';
            out += fields[random() % std::size(fields)];
        }
        out += seed % 3 == 0 ? breaks[random() % std::size(breaks)] : breaks[seed % 2];
    }
    switch (seed % 7) {
    case 1: out.insert(out.size() / 2, "\"closed\"x,"); break;          // text after a closing quote
    case 2: out.insert(out.size() / 2, "\xFF"); break;                   // not UTF-8
    case 3: out += "\"never closed,1\n2,3\n"; break;                     // an unterminated quote
    case 4: out.pop_back(); break;                                       // no final line break
    default: break;
    }
    if (seed % 5 == 0) std::erase(out, '\r'); // LF alone, as most logs are
    return out;
}

} // namespace

TEST_CASE("records cut by take_records and parsed part by part read as the whole text does") {
    int parts = 0, errors = 0;
    for (unsigned seed = 1; seed <= 300; ++seed) {
        const std::string text = random_csv(seed);
        const std::string whole = read_whole(text);
        errors += whole.find("t.csv:") != std::string::npos;
        for (std::size_t at_least : {std::size_t{1}, std::size_t{7}, std::size_t{64}, std::size_t{1} << 16}) {
            INFO("seed " << seed << ", parts of at least " << at_least << " bytes");
            REQUIRE(read_in_parts(text, at_least, &parts) == whole);
        }
    }
    CHECK(parts > 10000);
    CHECK(errors >= 100); // the texts must have reached every kind of error
}

TEST_CASE("take_records counts lines as the reader does and looks for no byte order mark in a part") {
    const std::string text = "h\r\n\"a\r\nb\",1\r2\n\n3\r\n";
    TextInMemory source(text);
    CsvReader cutter(source, "t.csv");
    std::string bytes;
    int line = 0;
    std::vector<std::pair<std::string, int>> got;
    while (cutter.take_records(bytes, line, 1)) got.emplace_back(bytes, line);
    // The header, the quoted CRLF (one line break), a lone CR, then an empty line before "3".
    CHECK(got == std::vector<std::pair<std::string, int>>{{"h\r\n", 1}, {"\"a\r\nb\",1\r", 2}, {"2\n", 4}, {"\n3\r\n", 5}});
    CsvRecord record;
    CsvReader part("\xEF\xBB\xBFx,y\n", "t.csv", 9);
    REQUIRE(part.next(record));
    CHECK(record.line == 9);
    CHECK(record.fields[0].text == "\xEF\xBB\xBFx"); // data, not a byte order mark: only a file starts with one
}

TEST_CASE("a record too long to cut is read by take_records itself, and fails at its limit") {
    // No record ends within at least + CsvLimits::record_bytes of the cut: no reader could take it.
    const std::string text = "h\nshort\n\"" + std::string(CsvLimits::record_bytes + CsvLimits::field_bytes, 'q') + "\"\n";
    TextInMemory source(text);
    CsvReader cutter(source, "t.csv");
    std::string bytes;
    int line = 0;
    REQUIRE(cutter.take_records(bytes, line, 1));
    REQUIRE(cutter.take_records(bytes, line, 1));
    CHECK(bytes == "short\n");
    CHECK(testing::error_of([&] { cutter.take_records(bytes, line, 1); }, ExitCode::data) ==
          "t.csv:3:1: field is longer than 1 MiB (the most one field may hold; see LIMITS in recover(1))");
}

TEST_CASE("only the first bytes of the input can be a byte order mark, however the source gives them") {
    // A pipe may give one byte at a time: the empty line is read before the next bytes come.
    const std::pair<std::string_view, std::string_view> read_as[]{{"\n\xEF\xBB\xBFx\n", "\xEF\xBB\xBFx"}, {"\xEF\xBB\xBFx\n", "x"}};
    for (const auto& [text, first] : read_as) {
        OneByte source(text);
        CsvReader reader(source, "t.csv");
        CsvRecord record;
        REQUIRE(reader.next(record));
        CHECK(record.fields[0].text == first);
    }
}

namespace {

/// A CSV text written with the place and text of each of its fields, as the reader must find them:
/// the expectation is kept as the text is written, by counting, and not by reading it back.
struct ExpectedCsv {
    std::string text, records; // records as `append_records` writes them
    int line = 1, column = 1;

    void put(std::string_view bytes, int characters) {
        text += bytes;
        column += characters;
    }
    void line_break(std::string_view bytes) {
        text += bytes;
        ++line;
        column = 1;
    }
};

/// Random records whose fields put a comma, a quote, a line break or a character of 1 to 4 bytes at
/// every offset from the field's start, so at every lane of the reader's eight-byte words.
ExpectedCsv random_fields(unsigned seed) {
    std::mt19937 random(seed);
    auto below = [&](std::size_t n) { return static_cast<std::size_t>(random() % n); };
    // Characters of 1 to 4 bytes; a quote inside an unquoted field (not at its start) is text.
    const std::string_view characters[]{"a", "Z", " ", "7", ";", "\xC3\xA9", "\xE2\x82\xAC", "\xF0\x9F\x8F\x83", "'"};
    ExpectedCsv out;
    const int rows = 1 + static_cast<int>(below(60));
    for (int r = 0; r < rows; ++r) {
        const std::size_t width = 1 + below(6);
        for (std::size_t f = 0; f < width; ++f) {
            if (f > 0) out.put(",", 1);
            const int field_line = out.line, field_column = out.column;
            std::string field;
            const std::size_t length = below(3) == 0 ? below(40) : below(12);
            if (below(3) == 0) { // quoted: commas, doubled quotes and line breaks of every kind inside
                out.put("\"", 1);
                for (std::size_t i = 0; i < length; ++i) {
                    switch (below(8)) {
                    case 0: out.put(",", 1), field += ','; break;
                    case 1: out.put("\"\"", 2), field += '"'; break;
                    case 2: out.line_break("\n"), field += '\n'; break;
                    case 3: out.line_break("\r\n"), field += '\n'; break;
                    case 4: // a CR alone: no LF may follow it, or the two are one CRLF
                        out.line_break("\r"), field += '\r';
                        if (i + 1 < length) out.put("a", 1), field += 'a';
                        break;
                    default: {
                        const std::string_view c = characters[below(std::size(characters))];
                        out.put(c, 1), field += c;
                    }
                    }
                }
                out.put("\"", 1);
            } else {
                for (std::size_t i = 0; i < length; ++i) {
                    const std::string_view c = i > 0 && below(9) == 0 ? "\"" : characters[below(std::size(characters))];
                    out.put(c, 1), field += c;
                }
                if (width == 1 && field.empty()) out.put(field = "x", 1); // an empty line holds no record
            }
            out.records += fmt::format("{}:{}={}|", field_line, field_column, field);
        }
        out.records += '\n';
        out.line_break(below(2) == 0 ? "\n" : "\r\n");
    }
    if (below(2) == 0) out.text.pop_back(); // no final line break (or a CR alone, which ends the record too)
    return out;
}

} // namespace

TEST_CASE("every field's text, line and column, whatever byte of a word it starts or stops at") {
    for (unsigned seed = 1; seed <= 1000; ++seed) {
        const ExpectedCsv csv = random_fields(seed);
        INFO("seed " << seed);
        REQUIRE(read_whole(csv.text) == csv.records);
        REQUIRE(read_whole<OneByte>(csv.text) == csv.records); // every field cut by the end of the bytes read
        REQUIRE(read_in_parts(csv.text, 16) == csv.records);
    }
}

TEST_CASE("take_records counts long runs of line breaks, sixteen bytes at a time, as the reader does") {
    // Thousands of empty lines fill each of the counter's byte lanes to its limit; LFs at every
    // offset of a 16-byte block, and CRLF or a lone CR among them, are counted as one reader does.
    for (const std::string& run : {std::string(5000, '\n'), std::string(70000, '\n'), std::string("a\nbc\r\nd\re\n") + std::string(4093, '\n')}) {
        for (std::size_t lead = 0; lead < 17; ++lead) {
            const std::string text = "h\n" + std::string(lead, 'z') + "\n" + run + "x,y\n" + run + "last\n";
            INFO("run of " << run.size() << " bytes after " << lead << " bytes");
            REQUIRE(read_in_parts(text, 1) == read_whole(text));
            REQUIRE(read_in_parts(text, 4096) == read_whole(text));
        }
    }
}
