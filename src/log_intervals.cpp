#include "log_format.hpp"

namespace recover::formats {

// Not read yet: detection answers no, and --input-format intervals says so.
bool is_intervals(const CsvTable&) { return false; }

TrainingLog read_intervals(const CsvTable& table, const LogOptions&) {
    throw Error(ExitCode::data, Location{table.name, table.header.line, 1}, "the intervals format is not read yet");
}

} // namespace recover::formats
