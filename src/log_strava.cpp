#include "log_format.hpp"

namespace recover::formats {

// Not read yet: detection answers no, and --input-format strava says so.
bool is_strava(const CsvTable&) { return false; }

TrainingLog read_strava(const CsvTable& table, const LogOptions&) {
    throw Error(ExitCode::data, Location{table.name, table.header.line, 1}, "the strava format is not read yet");
}

} // namespace recover::formats
