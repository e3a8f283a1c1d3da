#pragma once
/// Reading a training log: format detection from the header, and one mapper per export format.

#include "recover/core/source.hpp"
#include "recover/core/zone.hpp"
#include "recover/log/workout.hpp"

#include <date/date.h>
#include <date/tz.h>

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace recover {

/// The formats `read_log` understands; `automatic` detects one from the header.
enum class InputFormat { automatic, native, strava, garmin, intervals, trainingpeaks };

/// The unit of distances an export does not name (Garmin follows the user's setting).
enum class DistanceUnit { km, mi };

/// `native`, `strava`, `garmin`, `intervals`, `trainingpeaks`; `auto` for automatic.
std::string_view to_string(InputFormat format);
/// The format named by `--input-format`; nothing for an unknown name.
std::optional<InputFormat> parse_input_format(std::string_view name);

/// How to read a log: the facts a log cannot carry itself.
struct LogOptions {
    date::local_days today;                     ///< rows dated after it are planned workouts
    InputFormat format = InputFormat::automatic;
    const RunnerZone* zone = nullptr;           ///< the runner's zone, for exports dated in UTC; nullptr: UTC
    std::optional<DistanceUnit> units = {};     ///< for exports whose distances carry no unit; nothing: read it off the data
    bool skip_bad_rows = false;                 ///< skip malformed rows into `TrainingLog::skipped`
    unsigned threads = 0; ///< threads that map a long log's rows, this one included; 0: one per core, up to 4
};

/// What a filter keeps of a workout it takes from the log: enough to add it, in log order, to a
/// summary of its own (`WorkoutFilter`). The flags are the filter's.
struct SummedWorkout {
    date::local_days date;
    double load = 0;
    std::optional<double> max_hr;
    unsigned flags = 0;
};

/// Decides, workout by workout as a log is read, which workouts the log keeps and which the filter
/// takes into a summary of its own, in two steps: `take` on the thread that mapped the workout,
/// `add` in log order.
struct WorkoutFilter {
    /// True when the filter takes the workout, with what it keeps of it in `summed`; false when
    /// the log keeps it. Sees each workout as mapped from its row, not yet classified, `missed`
    /// already set. Called on any thread, from several at once.
    std::function<bool(Workout&, SummedWorkout&)> take;
    /// Adds what `take` kept of a workout to the filter's summary. Called in log order, on one
    /// thread.
    std::function<void(const SummedWorkout&)> add;

    explicit operator bool() const { return static_cast<bool>(take); }
};

/// Reads a log from `source` as it streams, a row at a time; `name` is used in locations ("-"
/// reads as "<stdin>" upstream). Workouts come back in date order, not yet classified; with
/// `keep`, only those it keeps. Throws `Error` (ExitCode::data) at the first malformed row.
TrainingLog read_log(TextSource& source, std::string_view name, const LogOptions& options, const WorkoutFilter& keep = {});

/// `read_log` of a whole log in memory.
TrainingLog read_log(std::string_view text, std::string_view name, const LogOptions& options);

} // namespace recover
