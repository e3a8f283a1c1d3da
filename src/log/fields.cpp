// What the format mappers share: cells by column, missing values, numbers and durations as
// exports write them, and the row loop with --skip-bad-rows.

#include "log/format.hpp"

#include "recover/core/text.hpp"

#include <fmt/format.h>

#include <cmath>

namespace recover::formats {

void fail(const CsvTable& table, const CsvField& field, const std::string& what) {
    throw Error(ExitCode::data, Location{table.name, field.line, field.column}, what);
}

void fail_header(const CsvTable& table, const std::string& what) {
    throw Error(ExitCode::data, Location{table.name, table.header.line, 1}, what);
}

Workout workout_at(const CsvTable& table, const CsvRecord& record, const LocalDateTime& when, const LogOptions& options) {
    Workout w;
    w.where = Location{table.name, record.line, 1};
    w.date = when.day;
    w.start = when.time;
    w.planned = w.date > options.today;
    return w;
}

const CsvField& cell(const CsvRecord& row, std::optional<std::size_t> column) {
    static const CsvField absent{};
    return column && *column < row.fields.size() ? row.fields[*column] : absent;
}

bool is_missing(std::string_view text) {
    text = trim(text);
    return text.empty() || text == "--" || iequals(text, "nan") || iequals(text, "n/a") || iequals(text, "null");
}

std::optional<double> parse_export_number(std::string_view text, char decimal_mark) {
    if (is_missing(text)) return std::nullopt;
    text = trim(text);
    if (text.starts_with('\'')) text.remove_prefix(1); // a spreadsheet's guard before a negative number
    const char thousands = decimal_mark == '.' ? ',' : '.';
    std::string plain;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == thousands) {
            // A thousands separator stands between digits and is followed by exactly three of them.
            bool grouped = i > 0 && std::isdigit(static_cast<unsigned char>(text[i - 1])) && i + 3 < text.size() &&
                           std::isdigit(static_cast<unsigned char>(text[i + 1])) && std::isdigit(static_cast<unsigned char>(text[i + 2])) &&
                           std::isdigit(static_cast<unsigned char>(text[i + 3])) &&
                           (i + 4 == text.size() || !std::isdigit(static_cast<unsigned char>(text[i + 4])));
            if (!grouped) return std::nullopt;
            continue;
        }
        plain += c == decimal_mark ? '.' : c;
    }
    return parse_number(plain);
}

std::optional<double> parse_duration_minutes(std::string_view text) {
    std::vector<std::string_view> parts = split(trim(text), ':');
    if (parts.size() == 1) {
        auto minutes = parse_number(parts[0]);
        return minutes && *minutes >= 0 ? minutes : std::nullopt;
    }
    if (parts.size() > 3) return std::nullopt;
    double seconds = 0;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        bool last = i + 1 == parts.size();
        auto value = parse_number(parts[i]);
        if (!value || *value < 0 || (i > 0 && *value >= 60)) return std::nullopt;
        if (!last && *value != std::floor(*value)) return std::nullopt; // only the seconds may have a fraction
        seconds = seconds * 60 + *value;
    }
    return seconds / 60;
}

std::string_view ExportRow::text(const Column& column) const { return trim(field(column).text); }

std::optional<double> ExportRow::number(const Column& column, double low, double high, std::string_view expected) const {
    std::string_view written = text(column);
    if (is_missing(written)) return std::nullopt;
    auto value = parse_export_number(written);
    if (!value || *value < low || *value > high) fail_at(column, expected);
    return value;
}

std::optional<double> ExportRow::minutes(const Column& column) const {
    std::string_view written = text(column);
    if (is_missing(written)) return std::nullopt;
    auto value = parse_duration_minutes(written);
    if (!value) fail_at(column, "hh:mm:ss or hh:mm:ss.s");
    return value;
}

bool ExportRow::flag(const Column& column) const {
    std::string_view written = text(column);
    if (is_missing(written) || iequals(written, "false")) return false;
    if (!iequals(written, "true")) fail_at(column, "true or false");
    return true;
}

void ExportRow::fail_at(const Column& column, std::string_view expected) const {
    const CsvField& at = field(column).line ? field(column) : row_.fields.front();
    fail(table_, at, fmt::format("cannot read {} \"{}\" (expected {})", column.name, text(column), expected));
}

void for_each_row(const CsvTable& table, const LogOptions& options, TrainingLog& log,
                  const std::function<void(const CsvRecord&)>& map_row) {
    const std::size_t width = table.header.fields.size();
    for (const CsvRecord& row : table.rows) {
        try {
            if (row.fields.size() > width) {
                fail(table, row.fields[width],
                     fmt::format("row has {} fields but the header has {} (quote text that contains commas)", row.fields.size(), width));
            }
            map_row(row);
        } catch (const Error& error) {
            if (!options.skip_bad_rows || error.code() != ExitCode::data) throw;
            log.skipped.push_back(error);
        }
    }
}

} // namespace recover::formats
