#include "log_format.hpp"

namespace recover::formats {

// Not read yet: detection answers no, and --input-format trainingpeaks says so.
bool is_trainingpeaks(const CsvTable&) { return false; }

TrainingLog read_trainingpeaks(const CsvTable& table, const LogOptions&) {
    throw Error(ExitCode::data, Location{table.name, table.header.line, 1}, "the trainingpeaks format is not read yet");
}

} // namespace recover::formats
