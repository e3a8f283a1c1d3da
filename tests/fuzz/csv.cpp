// Fuzzes the CSV reader: parse_csv either reads the text or throws a located Error; what
// csv_field writes for any field parses back to that one field, cleaned as csv_field documents.

#include "fuzz.hpp"

#include "recover/core/diagnostics.hpp"
#include "recover/core/terminal.hpp"
#include "recover/core/text.hpp"
#include "recover/log/csv.hpp"

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
    return records[1].fields[0].text;
}

void check_round_trip(std::string_view text) {
    for (bool neutralise : {false, true}) {
        const std::string written = csv_field(text, neutralise);
        const std::string back = read_back(written);
        // Inside quotes a CRLF reads as one line break, LF (parse_csv), so compare with that.
        std::string cleaned = terminal_text(text, LineBreaks::keep);
        for (std::size_t at; (at = cleaned.find("\r\n")) != std::string::npos;) cleaned.erase(at, 1);
        if (neutralise && back.size() == cleaned.size() + 1 && back.front() == '\'')
            FUZZ_CHECK(back.substr(1) == cleaned);
        else
            FUZZ_CHECK(back == cleaned);
        if (neutralise && !back.empty())
            FUZZ_CHECK(std::string_view("=+-@\t\r").find(back.front()) == std::string_view::npos);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = fuzz::as_text(data, size);
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
