// Fuzzes the CSV reader: parse_csv either reads the text or throws a located Error, and reads as
// the reader streamed in drips and the reader's parts (take_records) do; what
// csv_field writes for any field parses back to that one field, cleaned as csv_field documents.

#include "fuzz.hpp"

#include "recover/core/diagnostics.hpp"
#include "recover/core/terminal.hpp"
#include "recover/core/text.hpp"
#include "recover/log/csv.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <vector>

using namespace recover;

namespace {

/// The one field `written` holds, read back; checks that it is one field of one record.
std::string read_back(const std::string& written) {
    // A header keeps the record count meaningful: an empty field alone is an empty line.
    std::vector<CsvRecord> records = parse_csv("h\n" + written + ",end\n", "roundtrip.csv");
    FUZZ_CHECK(records.size() == 2);
    FUZZ_CHECK(records[1].fields.size() == 2);
    FUZZ_CHECK(records[1].fields[1].text == "end");
    return std::string(records[1].fields[0].text);
}

void check_round_trip(std::string_view text) {
    for (bool neutralise : {false, true}) {
        const std::string written = csv_field(text, neutralise);
        const std::string back = read_back(written);
        // Inside quotes a CRLF reads as one line break, LF (parse_csv), so compare with that.
        std::string cleaned = terminal_text(text, LineBreaks::keep);
        // One pass from the left: in "\r\r\n" only the CR of the CRLF goes, as the reader does.
        for (std::size_t at = 0; (at = cleaned.find("\r\n", at)) != std::string::npos; ++at) cleaned.erase(at, 1);
        if (neutralise && back.size() == cleaned.size() + 1 && back.front() == '\'')
            FUZZ_CHECK(back.substr(1) == cleaned);
        else
            FUZZ_CHECK(back == cleaned);
        if (neutralise && !back.empty())
            FUZZ_CHECK(std::string_view("=+-@\t\r").find(back.front()) == std::string_view::npos);
    }
}

/// A source that gives its text a few bytes at a time, as a pipe may: records cross every boundary.
class Drip final : public TextSource {
public:
    explicit Drip(std::string_view text) : rest_(text) {}
    std::size_t read(char* into, std::size_t size) override {
        const std::size_t n = std::min({size, rest_.size(), std::size_t{1} + (step_++ % 7)});
        std::copy_n(rest_.data(), n, into);
        rest_.remove_prefix(n);
        return n;
    }

private:
    std::string_view rest_;
    std::size_t step_ = 0;
};

/// The records of `text` read from a dripping source, or the error's message.
std::vector<std::vector<std::string>> dripped(std::string_view text, std::string& error) {
    std::vector<std::vector<std::string>> out;
    try {
        Drip source(text);
        CsvReader reader(source, "fuzz.csv");
        CsvRecord record;
        while (reader.next(record)) {
            out.emplace_back();
            for (const CsvField& f : record.fields) out.back().emplace_back(f.text);
        }
    } catch (const Error& e) {
        error = e.message();
    }
    return out;
}

/// The records of `text` as the row loop reads them (log/rows.cpp): cut by `take_records` from a
/// dripping source into parts of at least `at_least` bytes, each parsed by a reader of its own.
/// Each field as "line:column:text"; or the first error's message.
std::vector<std::vector<std::string>> in_parts(std::string_view text, std::size_t at_least, std::string& error) {
    std::vector<std::vector<std::string>> out;
    try {
        Drip source(text);
        CsvReader cutter(source, "fuzz.csv");
        std::string bytes;
        int line = 0;
        while (cutter.take_records(bytes, line, at_least)) {
            CsvReader reader(bytes, "fuzz.csv", line);
            CsvRecord record;
            while (reader.next(record)) {
                out.emplace_back();
                for (const CsvField& f : record.fields) out.back().push_back(fmt::format("{}:{}:{}", f.line, f.column, f.text));
            }
        }
    } catch (const Error& e) {
        error = e.message();
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = fuzz::as_text(data, size);
    // Streamed in pieces or read from one block, the same records or the same error.
    std::string drip_error, whole_error;
    const auto pieces = dripped(text, drip_error);
    // Cut into parts that readers of their own parse, the same records, in the same places.
    std::string parts_error;
    const auto parts = in_parts(text, 1 + size % 97, parts_error);
    try {
        std::vector<CsvRecord> whole = parse_csv(text, "fuzz.csv");
        FUZZ_CHECK(drip_error.empty() && pieces.size() == whole.size());
        FUZZ_CHECK(parts_error.empty() && parts.size() == whole.size());
        for (std::size_t r = 0; r < whole.size(); ++r) {
            FUZZ_CHECK(pieces[r].size() == whole[r].fields.size());
            FUZZ_CHECK(parts[r].size() == whole[r].fields.size());
            for (std::size_t f = 0; f < whole[r].fields.size(); ++f) {
                const CsvField& field = whole[r].fields[f];
                FUZZ_CHECK(pieces[r][f] == field.text);
                FUZZ_CHECK(parts[r][f] == fmt::format("{}:{}:{}", field.line, field.column, field.text));
            }
        }
    } catch (const Error& e) {
        FUZZ_CHECK(drip_error == e.message());
        FUZZ_CHECK(parts_error == e.message());
    }
    try {
        std::vector<CsvRecord> records = parse_csv(text, "fuzz.csv");
        int round_trips = 64; // enough to vary the field; every field of a 64 KiB export is slow
        for (const CsvRecord& record : records) {
            FUZZ_CHECK(!record.fields.empty());
            FUZZ_CHECK(record.line >= 1);
            for (const CsvField& field : record.fields) {
                FUZZ_CHECK(field.line >= record.line && field.column >= 1);
                FUZZ_CHECK(field.text.size() <= CsvLimits::field_bytes);
                FUZZ_CHECK(!find_invalid_utf8(field.text));
                if (round_trips-- > 0) check_round_trip(field.text);
            }
        }
    } catch (const Error& e) {
        FUZZ_CHECK(e.code() == ExitCode::data);
        FUZZ_CHECK(e.where().line >= 1 && e.where().column >= 1);
    }
    // Any valid UTF-8 round-trips, not only what parse_csv accepted.
    if (!find_invalid_utf8(text) && text.find('\0') == std::string_view::npos) check_round_trip(text);
    return 0;
}
