#pragma once
// Private to the log reader: what the format mappers share, and one entry point per format.
// Each format lives in its own src/log/<format>.cpp with `is_<format>` (does this header look
// like it?) and `read_<format>` (map the rows to workouts).

#include "recover/core/dates.hpp"
#include "recover/core/text.hpp"
#include "recover/log/csv.hpp"
#include "recover/log/log.hpp"
#include "recover/log/niggles.hpp"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace recover::formats {

constexpr double km_per_mile = 1.609344;

/// Throws the data error for `field` of `table`.
[[noreturn]] void fail(const CsvTable& table, const CsvField& field, const std::string& what);

/// Throws the data error for a header that lacks what the format needs (at the header's line).
[[noreturn]] void fail_header(const CsvTable& table, const std::string& what);

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

/// The largest value a quantity may have, in the unit a column writes it, and how a message says
/// it. Beyond is a unit mistake or a broken export, and arithmetic on it could reach infinity: no
/// value past these limits (recover(1), LIMITS) reaches the planner or any output.
struct Limit {
    double max;
    std::string_view said;
};
constexpr Limit seconds_limit{7 * 24 * 3600, "7 days"}; ///< a workout's duration: 7 days
constexpr Limit minutes_limit{7 * 24 * 60, "7 days"};
constexpr Limit hours_limit{7 * 24, "7 days"};
constexpr Limit metres_limit{1e6, "1,000 km"}; ///< a workout's distance: 1,000 km
constexpr Limit km_limit{1000, "1,000 km"};
constexpr Limit load_limit{1e4, "10,000"}; ///< an export's training load (TSS, Relative Effort, load)

/// True when `name` is one of `names` ('|'-separated), ignoring ASCII case.
bool is_one_of(std::string_view name, std::string_view names);

/// The sport an export of `format` means by `name` (its activity or workout type), ignoring ASCII
/// case; `Sport::other` for a name it does not use. Strava's names are looked up as `read_strava`
/// writes them: lowercase, without spaces or hyphens.
Sport sport_named(InputFormat format, std::string_view name);

/// A column a mapper reads: its name in messages, where the header has it, and the decimal mark
/// of its numbers.
struct Column {
    std::string name;
    std::optional<std::size_t> index;
    char decimal_mark = '.';
};

/// The column of `table` named `name` (ignoring case and blanks), named so in messages.
Column find_column(const CsvTable& table, std::string name);

/// `find_column`, or the header error "no "<name>" column (<format_has>)" when `table` lacks it.
Column require_column(const CsvTable& table, std::string name, std::string_view format_has);

/// The columns `prefix` N `suffix` for N from `first` to `last` that `table` has: the heart-rate
/// zones from `first` up ("hr_z4_secs", "hr_z5_secs", ...).
std::vector<Column> zone_columns(const CsvTable& table, std::string_view prefix, std::string_view suffix, int first,
                                 int last);

/// Where an export keeps heart rate: the average and the peak in beats per minute, and the time
/// spent in each zone from the first hard one on.
struct HeartRateColumns {
    Column average{}, peak{};
    std::vector<Column> hard_zones{}; ///< found by `zone_columns`; empty when the export has no zone times
    double zone_units_per_minute = 1; ///< 60 when zone times are in seconds
    double zone_high = 0;             ///< the longest zone time that is no unit mistake, in zone units
    std::string_view zone_expected{}; ///< a zone time as the export writes it, for errors
};

struct MappedRows;

/// `to = value`, written by parts. A copy of a whole `std::optional<double>` is made through memory,
/// two narrow stores and one wide load, and the load waits for the stores to drain (a failed store
/// forward, a dozen cycles): perf put a tenth of the native mapper's time on two such loads.
inline void set(std::optional<double>& to, std::optional<double> value) {
    if (value) {
        to.emplace(*value);
    } else {
        to.reset();
    }
}

/// The cells of one export row, read and checked: missing values come back as nothing, and a
/// value that cannot be read is an error naming the column, the text and what was expected.
class ExportRow {
public:
    ExportRow(const CsvTable& table, const CsvRecord& row) : table_(table), row_(row) {}

    /// The cell in `column`, or an empty field when the column is absent or the row short.
    const CsvField& field(const Column& column) const {
        static const CsvField absent{};
        return column.index && *column.index < row_.fields.size() ? row_.fields[*column.index] : absent;
    }
    /// The cell's text without surrounding blanks.
    std::string_view text(const Column& column) const { return trim(field(column).text); }

    /// A workout of this row at `when` (read from `date`), planned when dated after today, added to
    /// the end of `to` and returned to be filled in place: built where it stays, it is never
    /// moved (a fifth of the mapping's work was building workouts and moving them). A row that
    /// turns out to hold none takes it back (`to.workouts.pop_back()`); a row that fails leaves
    /// nothing in `to` (`for_each_row`). A date outside `first_date` to `last_date` is out of
    /// range, at the cell.
    Workout& add_workout(MappedRows& to, const Column& date, const LocalDateTime& when, const LogOptions& options) const;
    /// A local date with an optional time (`2026-03-05`, `2026-03-05 18:30`, `2026-03-05T18:30:00`).
    LocalDateTime date_time(const Column& column, std::string_view expected) const {
        auto when = parse_local_date_time(text(column));
        if (!when) fail_at(column, expected);
        return *when;
    }
    /// A number from `low` to `high` (as exports write numbers); `expected` describes it.
    std::optional<double> number(const Column& column, double low, double high, std::string_view expected) const;
    /// The average and peak heart rate (up to `max_heart_rate`) and the minutes in hard zones,
    /// into `signals`; the minutes are nothing when no zone has a value.
    void heart_rate(const HeartRateColumns& columns, Signals& signals) const;
    /// A number from 0 to `limit.max` (as exports write numbers); `expected` describes it. A number
    /// beyond is out of range, and said so.
    std::optional<double> amount(const Column& column, Limit limit, std::string_view expected) const;
    /// `value`, read from `column`, when it is at most `limit.max`; else the error
    /// "<column> "<text>" is out of range (at most <limit.said>)".
    /// Inline: every number of every row goes through it, and it almost never fails.
    std::optional<double> at_most(const Column& column, std::optional<double> value, Limit limit) const {
        if (value && !(*value <= limit.max)) fail_out_of_range(column, limit);
        return value;
    }
    /// Minutes from `hh:mm:ss` or `hh:mm:ss.s`, at most `minutes_limit`.
    std::optional<double> minutes(const Column& column) const;
    /// `true` or `false`, in any case; missing reads as false.
    bool flag(const Column& column) const;
    /// `parse` of the cell's text, or nothing when the cell is empty; an error when `parse` gives
    /// nothing for text that is there.
    template <class Parse>
    auto parsed(const Column& column, Parse&& parse, std::string_view expected) const
        -> decltype(parse(std::string_view{})) {
        std::string_view written = text(column);
        if (written.empty()) return std::nullopt;
        auto value = parse(written);
        if (!value) fail_at(column, expected);
        return value;
    }

    /// Fails at the cell of `column` (at the row when the row is short of it) with `what`.
    [[noreturn]] void fail(const Column& column, const std::string& what) const;
    /// Fails with "cannot read <column> "<text>" (expected <expected>)".
    [[noreturn]] void fail_at(const Column& column, std::string_view expected) const;
    /// Fails with "<column> "<text>" is out of range (at most <limit.said>)".
    [[noreturn]] void fail_out_of_range(const Column& column, Limit limit) const;

private:
    const CsvTable& table_;
    const CsvRecord& row_;
};

/// What rows map to, in row order: the workouts, the niggles of a niggle column, and (with
/// `--skip-bad-rows`) the errors of rows skipped.
struct MappedRows {
    /// What the title and notes of a workout say, with what `TextNiggles::add` needs of it.
    struct Reading {
        std::size_t order; ///< the workout's place among the rows' workouts (`prepared`)
        Location where;
        date::local_days date;
        std::optional<std::chrono::minutes> start;
        TextReading reading;
    };

    std::vector<Workout> workouts; ///< as mapped; once prepared, those the log keeps
    std::vector<NiggleReport> niggles;
    std::vector<Error> skipped;
    std::vector<Reading> readings;      ///< of the workouts whose title or notes say anything (`LogBuilder::prepare`)
    std::vector<SummedWorkout> summed;  ///< the workouts the reader's filter took, in row order (`LogBuilder::prepare`)
    std::size_t prepared = 0;           ///< the workouts prepared, kept or taken
    void add(NiggleReport&& report) { niggles.push_back(std::move(report)); }
    /// `text` in a string of its own, in the storage of a string of an earlier batch when one
    /// is left: a long log's titles and notes are mostly longer than a string holds in place
    /// (15 bytes), and each would cost an allocation and its release.
    std::string text(std::string_view text) {
        if (text.size() <= short_text || spare_.empty()) return std::string(text);
        std::string out = std::move(spare_.back());
        spare_.pop_back();
        out.assign(text);
        return out;
    }
    /// Forgets the batch's rows, keeping the storage of the texts of the workouts left in it
    /// (those not handed over) for `text`.
    void clear() {
        for (Workout& w : workouts) recycle(w);
        workouts.clear();
        niggles.clear();
        skipped.clear();
        readings.clear();
        summed.clear();
        prepared = 0;
    }
    /// Drops the `i`th workout (one the filter took), keeping the storage of its texts for `text`.
    void drop(std::size_t i) {
        recycle(workouts[i]);
        workouts.erase(workouts.begin() + static_cast<std::ptrdiff_t>(i));
    }

private:
    void recycle(Workout& w) {
        for (std::string* kept : {&w.title, &w.notes})
            if (kept->capacity() > short_text && spare_.size() < spare_at_most) spare_.push_back(std::move(*kept));
    }

    static constexpr std::size_t short_text = 15; ///< what libstdc++'s std::string holds without an allocation
    static constexpr std::size_t spare_at_most = 4096;
    std::vector<std::string> spare_;
};

/// Where the mappers put what they read, row by row: it marks the missed workouts, reads the
/// niggles of titles and notes, and keeps each workout or hands it to the reader's filter. What
/// needs no other row (`prepare`) is done on the thread that mapped the row, as soon as it is
/// mapped: a workout the filter takes is classified and summed there, while it is in that
/// core's cache, and only its sum crosses to the thread that hands rows over in row order (`add`).
class LogBuilder {
public:
    /// `name`: the log's, for the places of what it keeps.
    explicit LogBuilder(const LogOptions& options, std::string name = {}, const WorkoutFilter* keep = nullptr)
        : options_(options), keep_(keep), name_(std::move(name)) {}
    /// A workout as mapped from its row: `prepare` and `add` of it alone.
    void add(Workout&& workout);
    /// What is done for the workouts of `rows` from the `from`th on, just mapped, on the thread
    /// that mapped them (any thread): marks the missed ones, reads what their titles and notes say
    /// (`rows.readings`), and offers each to the filter, which may take it out of `rows.workouts`
    /// into `rows.summed`. Safe to call from several threads at once, on rows of their own.
    void prepare(MappedRows& rows, std::size_t from) const;
    /// A niggle the log reports in its own column.
    void add(NiggleReport&& report) {
        if (report.where.file.empty()) report.where.file = name_;
        log_.niggles.push_back(std::move(report));
    }
    /// What rows mapped to, prepared, in row order; leaves `rows` empty, to be filled again.
    void add(MappedRows& rows);
    void warn(std::string warning) { log_.warnings.push_back(std::move(warning)); }
    void skip(Error error) { log_.skipped.push_back(std::move(error)); }
    /// The log: workouts kept, in date order, then in log order; niggles in date order.
    TrainingLog finish();

private:
    const LogOptions& options_;
    const WorkoutFilter* keep_;
    std::string name_;
    TrainingLog log_;
    TextNiggles text_niggles_;
    std::size_t read_ = 0;
};

/// Whether a mapper's rows can be mapped in any order, on any thread: each row's mapping uses the
/// row alone. A mapper that carries something from row to row (Garmin's unit votes) maps in order.
enum class RowMapping { independent, in_order };

/// Calls `map_row` for every data row of `table` (held, or streaming), and hands what it maps to
/// `out` in row order. With `options.skip_bad_rows`, a row whose mapping throws a data error is
/// recorded as skipped and the next row is read. Independent rows of a long stream are mapped on
/// the machine's other cores while this thread reads on (log/rows.cpp); what `out` gets, and the
/// first error, are those of reading the rows one by one.
void for_each_row(const CsvTable& table, const LogOptions& options, LogBuilder& out,
                  const std::function<void(const ExportRow&, MappedRows&)>& map_row, RowMapping mapping);

/// Reads every data row of `table`, as `for_each_row` does, into a workout dated by the row's
/// `date` cell (written as `expected_date` says) that `fill` completes; `fill` returns false for a
/// row that holds no workout.
void read_workouts(const CsvTable& table, const LogOptions& options, const Column& date, std::string_view expected_date,
                   LogBuilder& out, const std::function<bool(const ExportRow&, Workout&)>& fill,
                   RowMapping mapping = RowMapping::independent);

/// A format's mapper: the rows of `table` into `out`.
using ReadFormat = void (*)(const CsvTable& table, const LogOptions& options, LogBuilder& out);

bool is_native(const CsvTable& table);
void read_native(const CsvTable& table, const LogOptions& options, LogBuilder& out);

bool is_strava(const CsvTable& table);
void read_strava(const CsvTable& table, const LogOptions& options, LogBuilder& out);

bool is_garmin(const CsvTable& table);
void read_garmin(const CsvTable& table, const LogOptions& options, LogBuilder& out);

bool is_intervals(const CsvTable& table);
void read_intervals(const CsvTable& table, const LogOptions& options, LogBuilder& out);

bool is_trainingpeaks(const CsvTable& table);
void read_trainingpeaks(const CsvTable& table, const LogOptions& options, LogBuilder& out);

} // namespace recover::formats
