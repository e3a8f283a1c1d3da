#include "log_format.hpp"

namespace recover::formats {

// Not read yet: detection answers no, and --input-format garmin says so.
bool is_garmin(const CsvTable&) { return false; }

TrainingLog read_garmin(const CsvTable& table, const LogOptions&) {
    throw Error(ExitCode::data, Location{table.name, table.header.line, 1}, "the garmin format is not read yet");
}

} // namespace recover::formats
