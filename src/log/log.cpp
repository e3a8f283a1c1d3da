#include "recover/log/log.hpp"

#include "log/format.hpp"

#include "recover/log/niggles.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace recover {

namespace {

struct FormatEntry {
    InputFormat format;
    std::string_view name;
    bool (*detect)(const CsvTable&);
    formats::ReadFormat read;
};

// Detection order matters: the exports have distinctive headers, the native format only needs a
// "date" column, so it is tried last.
constexpr std::array format_table{
    FormatEntry{InputFormat::strava, "strava", formats::is_strava, formats::read_strava},
    FormatEntry{InputFormat::garmin, "garmin", formats::is_garmin, formats::read_garmin},
    FormatEntry{InputFormat::intervals, "intervals", formats::is_intervals, formats::read_intervals},
    FormatEntry{InputFormat::trainingpeaks, "trainingpeaks", formats::is_trainingpeaks, formats::read_trainingpeaks},
    FormatEntry{InputFormat::native, "native", formats::is_native, formats::read_native},
};

const FormatEntry& entry(InputFormat format) {
    return *std::find_if(format_table.begin(), format_table.end(), [&](const FormatEntry& e) { return e.format == format; });
}

const FormatEntry& detect_format(const CsvTable& table) {
    for (const FormatEntry& e : format_table)
        if (e.detect(table)) return e;
    throw Error(ExitCode::data, Location{table.name, table.header.line, 1},
                "cannot tell the log's format from its header (a native log needs a \"date\" column); see recover(1) for the formats read");
}

} // namespace

std::string_view to_string(InputFormat format) {
    return format == InputFormat::automatic ? "auto" : entry(format).name;
}

std::optional<InputFormat> parse_input_format(std::string_view name) {
    if (name == "auto") return InputFormat::automatic;
    for (const FormatEntry& e : format_table)
        if (e.name == name) return e.format;
    return std::nullopt;
}

TrainingLog read_log(TextSource& source, std::string_view name, const LogOptions& options, const WorkoutFilter& keep) {
    CsvReader reader(source, std::string(name));
    const CsvTable table = read_csv_header(reader);
    const FormatEntry& format = options.format == InputFormat::automatic ? detect_format(table) : entry(options.format);
    formats::LogBuilder out(options, std::string(name), keep ? &keep : nullptr);
    format.read(table, options, out);
    if (format.format == InputFormat::strava && options.zone && !options.zone->assumed().empty())
        out.warn(fmt::format("{}: Strava dates are in UTC and no --tz was given: read in {}; pass --tz with the "
                             "runner's zone (for example --tz Europe/London)",
                             name, options.zone->assumed()));
    return out.finish();
}

TrainingLog read_log(std::string_view text, std::string_view name, const LogOptions& options) {
    TextInMemory source(text);
    return read_log(source, name, options);
}

} // namespace recover
