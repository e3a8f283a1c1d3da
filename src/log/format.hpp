#pragma once
// Private to the log reader: what the format mappers share, and one entry point per format.
// Each format lives in its own src/log_<format>.cpp with `is_<format>` (does this header look
// like it?) and `read_<format>` (map the rows to workouts).

#include "recover/log/csv.hpp"
#include "recover/core/dates.hpp"
#include "recover/log/log.hpp"

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace recover::formats {

constexpr double km_per_mile = 1.609344;

/// Throws the data error for `field` of `table`.
[[noreturn]] void fail(const CsvTable& table, const CsvField& field, const std::string& what);

/// Throws the data error for a header that lacks what the format needs (at the header's line).
[[noreturn]] void fail_header(const CsvTable& table, const std::string& what);

/// A workout of the row `record`, at its local date and time; planned when dated after today.
Workout workout_at(const CsvTable& table, const CsvRecord& record, const LocalDateTime& when, const LogOptions& options);

/// The cell of `row` in `column`, or an empty field when the column is absent or the row short.
const CsvField& cell(const CsvRecord& row, std::optional<std::size_t> column);

/// True for what exports write for "no value": empty, `--`, `NaN`, `N/A`, `null` (any case).
bool is_missing(std::string_view text);

/// A number as exports write it: an optional leading apostrophe (`'-5`), thousands separators
/// (`1,500` when `decimal_mark` is '.', `1.500` when it is ','), the given decimal mark.
/// Nothing when `text` is missing or not a number.
std::optional<double> parse_export_number(std::string_view text, char decimal_mark = '.');

/// Minutes from `45` (minutes), `mm:ss`, `h:mm:ss` or `h:mm:ss.s`.
std::optional<double> parse_duration_minutes(std::string_view text);

/// Beats per minute above which a heart rate is a broken sensor or a typo, not a reading.
constexpr double max_heart_rate = 300;

/// A column a mapper reads: its name as the export spells it, and where the header has it.
struct Column {
    std::string name;
    std::optional<std::size_t> index;
};

/// The cells of one export row, read and checked: missing values come back as nothing, and a
/// value that cannot be read is an error naming the column, the text and what was expected.
class ExportRow {
public:
    ExportRow(const CsvTable& table, const CsvRecord& row) : table_(table), row_(row) {}

    const CsvField& field(const Column& column) const { return cell(row_, column.index); }
    std::string_view text(const Column& column) const;

    /// A number from `low` to `high` (as exports write numbers); `expected` describes it.
    std::optional<double> number(const Column& column, double low, double high, std::string_view expected) const;
    /// Minutes from `hh:mm:ss` or `hh:mm:ss.s`.
    std::optional<double> minutes(const Column& column) const;
    /// `true` or `false`, in any case; missing reads as false.
    bool flag(const Column& column) const;

    [[noreturn]] void fail_at(const Column& column, std::string_view expected) const;

private:
    const CsvTable& table_;
    const CsvRecord& row_;
};

/// Calls `map_row` for every data row of `table`. With `options.skip_bad_rows`, a row whose
/// mapping throws a data error is recorded in `log.skipped` and the next row is read.
void for_each_row(const CsvTable& table, const LogOptions& options, TrainingLog& log,
                  const std::function<void(const CsvRecord&)>& map_row);

bool is_native(const CsvTable& table);
TrainingLog read_native(const CsvTable& table, const LogOptions& options);

bool is_strava(const CsvTable& table);
TrainingLog read_strava(const CsvTable& table, const LogOptions& options);

bool is_garmin(const CsvTable& table);
TrainingLog read_garmin(const CsvTable& table, const LogOptions& options);

bool is_intervals(const CsvTable& table);
TrainingLog read_intervals(const CsvTable& table, const LogOptions& options);

bool is_trainingpeaks(const CsvTable& table);
TrainingLog read_trainingpeaks(const CsvTable& table, const LogOptions& options);

} // namespace recover::formats
