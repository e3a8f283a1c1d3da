#include "recover/log.hpp"

#include "recover/csv.hpp"
#include "recover/dates.hpp"
#include "recover/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>

namespace recover {

namespace {

constexpr double km_per_mile = 1.609344;

[[noreturn]] void fail(const CsvTable& table, const CsvField& field, const std::string& what) {
    throw Error(ExitCode::data, Location{table.name, field.line, field.column}, what);
}

/// What a word in the native `type` column means.
struct TypeWord {
    std::string_view word;
    Sport sport;
    std::optional<Kind> kind;
    Received received = Received::none;
};

constexpr std::array type_words{
    TypeWord{"run", Sport::run, std::nullopt},
    TypeWord{"easy", Sport::run, Kind::easy},
    TypeWord{"recovery", Sport::run, Kind::easy},
    TypeWord{"long", Sport::run, Kind::long_run},
    TypeWord{"race", Sport::run, Kind::race},
    TypeWord{"intervals", Sport::run, Kind::hard},
    TypeWord{"tempo", Sport::run, Kind::hard},
    TypeWord{"threshold", Sport::run, Kind::hard},
    TypeWord{"hills", Sport::run, Kind::hard},
    TypeWord{"track", Sport::run, Kind::hard},
    TypeWord{"fartlek", Sport::run, Kind::hard},
    TypeWord{"ride", Sport::ride, Kind::cross},
    TypeWord{"swim", Sport::swim, Kind::cross},
    TypeWord{"strength", Sport::strength, Kind::cross},
    TypeWord{"walk", Sport::walk, Kind::cross},
    TypeWord{"cross", Sport::other, Kind::cross},
    TypeWord{"massage", Sport::other, Kind::treatment, Received::massage},
    TypeWord{"art", Sport::other, Kind::treatment, Received::art},
    TypeWord{"physio", Sport::other, Kind::treatment, Received::physio},
    TypeWord{"rest", Sport::other, std::nullopt},
};

std::vector<std::string_view> type_names() {
    std::vector<std::string_view> names;
    for (const TypeWord& t : type_words) names.push_back(t.word);
    return names;
}

/// Minutes from `45`, `45.5`, `mm:ss` or `h:mm:ss`.
std::optional<double> parse_duration(std::string_view text) {
    std::vector<std::string_view> parts = split(text, ':');
    if (parts.size() == 1) {
        auto minutes = parse_number(text);
        return minutes && *minutes >= 0 ? minutes : std::nullopt;
    }
    if (parts.size() > 3) return std::nullopt;
    double seconds = 0;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        bool last = i + 1 == parts.size();
        auto value = parse_number(parts[i]);
        if (!last && value && *value != std::floor(*value)) return std::nullopt;
        if (!value || *value < 0 || (i > 0 && *value >= 60)) return std::nullopt;
        seconds = seconds * 60 + *value;
    }
    return seconds / 60;
}

/// Kilometres from `10.2`, `10.2km` or `6.2mi` (a space before the unit is allowed).
std::optional<double> parse_distance(std::string_view text) {
    double factor = 1;
    std::string lower = lowercase(text);
    std::string_view number = lower;
    if (number.ends_with("km")) {
        number.remove_suffix(2);
    } else if (number.ends_with("mi")) {
        number.remove_suffix(2);
        factor = km_per_mile;
    }
    auto value = parse_number(trim(number));
    if (!value || *value < 0) return std::nullopt;
    return *value * factor;
}

/// `area[:severity]` items separated by `;`.
std::vector<Niggle> parse_niggles(const CsvTable& table, const CsvField& field) {
    std::vector<Niggle> niggles;
    for (std::string_view item : split(field.text, ';')) {
        if (item.empty()) continue;
        Niggle niggle;
        std::size_t colon = item.rfind(':');
        niggle.area = lowercase(trim(item.substr(0, colon)));
        if (colon != std::string_view::npos) {
            auto severity = parse_number(trim(item.substr(colon + 1)));
            if (!severity || *severity < 0 || *severity > 10 || *severity != std::floor(*severity))
                fail(table, field, fmt::format("cannot read niggle \"{}\" (expected area:severity with a severity from 0 to 10)", item));
            niggle.severity = static_cast<int>(*severity);
        }
        if (niggle.area.empty()) fail(table, field, fmt::format("niggle \"{}\" names no body area", item));
        niggles.push_back(std::move(niggle));
    }
    return niggles;
}

TrainingLog read_native(const CsvTable& table, const LogOptions& options) {
    auto column = [&](std::string_view name) { return table.find(name); };
    const auto date_column = column("date"), type_column = column("type"), title_column = column("title"),
               duration_column = column("duration"), distance_column = column("distance"), rpe_column = column("rpe"),
               niggle_column = column("niggle"), notes_column = column("notes");
    const std::size_t width = table.header.fields.size();

    TrainingLog log;
    for (const CsvRecord& row : table.rows) {
        if (row.fields.size() > width) {
            fail(table, row.fields[width],
                 fmt::format("row has {} fields but the header has {} (quote text that contains commas)", row.fields.size(), width));
        }
        static const CsvField missing{};
        auto cell = [&](std::optional<std::size_t> index) -> const CsvField& {
            return index && *index < row.fields.size() ? row.fields[*index] : missing;
        };
        auto value = [&](std::optional<std::size_t> index) { return trim(cell(index).text); };

        const CsvField& date_field = cell(date_column);
        auto when = parse_local_date_time(trim(date_field.text));
        if (!when) {
            const CsvField& at = date_field.line ? date_field : row.fields.front();
            fail(table, at, fmt::format("cannot read date \"{}\" (expected YYYY-MM-DD or YYYY-MM-DD HH:MM)", trim(date_field.text)));
        }

        Workout w;
        w.where = Location{table.name, row.line, 1};
        w.date = when->day;
        w.start = when->time;
        w.planned = w.date > options.today;
        w.title = std::string(value(title_column));
        w.notes = std::string(value(notes_column));

        std::string type = lowercase(value(type_column));
        const TypeWord* word = nullptr;
        if (type.empty()) {
            word = &type_words.front(); // a log without types is a log of runs
        } else {
            auto found = std::find_if(type_words.begin(), type_words.end(), [&](const TypeWord& t) { return t.word == type; });
            if (found == type_words.end()) {
                fail(table, cell(type_column),
                     fmt::format("unknown type \"{}\"{} (known: {})", type, did_you_mean(type, type_names()), fmt::join(type_names(), ", ")));
            }
            word = &*found;
        }
        w.sport = word->sport;
        w.received = word->received;
        w.signals.stated_kind = word->kind;
        if (word->kind) w.signals.stated_by = "type " + type;

        if (std::string_view text = value(duration_column); !text.empty()) {
            auto minutes = parse_duration(text);
            if (!minutes) fail(table, cell(duration_column), fmt::format("cannot read duration \"{}\" (expected minutes like 45, or h:mm:ss)", text));
            w.minutes = *minutes;
        }
        if (std::string_view text = value(distance_column); !text.empty()) {
            w.distance_km = parse_distance(text);
            if (!w.distance_km) fail(table, cell(distance_column), fmt::format("cannot read distance \"{}\" (expected kilometres like 10.5, or 6.2mi)", text));
        }
        if (std::string_view text = value(rpe_column); !text.empty()) {
            w.signals.rpe = parse_number(text);
            if (!w.signals.rpe || *w.signals.rpe < 0 || *w.signals.rpe > 10)
                fail(table, cell(rpe_column), fmt::format("cannot read rpe \"{}\" (expected a number from 0 to 10)", text));
        }
        if (!value(niggle_column).empty()) {
            for (Niggle& niggle : parse_niggles(table, cell(niggle_column)))
                log.niggles.push_back(NiggleReport{w.where, w.date, std::move(niggle)});
        }
        if (type != "rest") log.workouts.push_back(std::move(w));
    }
    return log;
}

InputFormat detect_format(const CsvTable& table) {
    if (table.find("date")) return InputFormat::native;
    throw Error(ExitCode::data, Location{table.name, table.header.line, 1},
                "cannot tell the log's format from its header (a native log needs a \"date\" column); see recover(1) for the formats read");
}

} // namespace

std::string_view to_string(InputFormat format) {
    switch (format) {
    case InputFormat::automatic: return "auto";
    case InputFormat::native: return "native";
    }
    return "auto";
}

std::optional<InputFormat> parse_input_format(std::string_view name) {
    for (InputFormat format : {InputFormat::automatic, InputFormat::native})
        if (name == to_string(format)) return format;
    return std::nullopt;
}

TrainingLog read_log(std::string_view text, std::string_view name, const LogOptions& options) {
    CsvTable table = read_csv_table(text, name);
    InputFormat format = options.format == InputFormat::automatic ? detect_format(table) : options.format;
    TrainingLog log;
    switch (format) {
    case InputFormat::automatic: // detect_format never answers automatic
    case InputFormat::native: log = read_native(table, options); break;
    }
    std::stable_sort(log.workouts.begin(), log.workouts.end(), [](const Workout& a, const Workout& b) {
        return std::tie(a.date, a.start) < std::tie(b.date, b.start);
    });
    std::stable_sort(log.niggles.begin(), log.niggles.end(), [](const NiggleReport& a, const NiggleReport& b) { return a.date < b.date; });
    return log;
}

} // namespace recover
