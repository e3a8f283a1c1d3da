// Strava's bulk export `activities.csv`, in its three header generations: English since mid-2019,
// German for German accounts, and the lowercase `id,date,name,type,...` of earlier exports.
// Strava dates are UTC; workouts are dated in the runner's zone (`LogOptions::zone`).

#include "log/format.hpp"

#include "recover/core/dates.hpp"
#include "recover/core/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>

namespace recover::formats {

namespace {

/// Reads a date-time left to right: digits, fixed text and month names.
class DateScanner {
public:
    explicit DateScanner(std::string_view text) : rest_(text) {}

    bool done() const { return rest_.empty(); }

    /// Consumes `text` if it comes next.
    bool literal(std::string_view text) {
        if (!rest_.starts_with(text)) return false;
        rest_.remove_prefix(text.size());
        return true;
    }

    /// A number of `min_digits` to `max_digits` decimal digits.
    std::optional<unsigned> number(std::size_t min_digits, std::size_t max_digits) {
        std::size_t n = 0;
        unsigned value = 0;
        while (n < rest_.size() && n < max_digits && std::isdigit(static_cast<unsigned char>(rest_[n])))
            value = value * 10 + static_cast<unsigned>(rest_[n++] - '0');
        if (n < min_digits) return std::nullopt;
        rest_.remove_prefix(n);
        return value;
    }

    /// An English month abbreviation, `Jan` to `Dec`, as 1 to 12.
    std::optional<unsigned> month_abbreviation() {
        static constexpr std::array<std::string_view, 12> months{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                                 "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
        for (unsigned m = 0; m < months.size(); ++m)
            if (literal(months[m])) return m + 1;
        return std::nullopt;
    }

private:
    std::string_view rest_;
};

/// The UTC instant of a calendar date and time of day, when both are real.
std::optional<date::sys_seconds> utc_instant(std::optional<unsigned> year, std::optional<unsigned> month,
                                             std::optional<unsigned> day, unsigned hour, unsigned minute,
                                             unsigned second) {
    if (!year || !month || !day || hour > 23 || minute > 59 || second > 59) return std::nullopt;
    date::year_month_day ymd{date::year{static_cast<int>(*year)}, date::month{*month}, date::day{*day}};
    if (!ymd.ok()) return std::nullopt;
    return date::sys_days{ymd} + std::chrono::hours{hour} + std::chrono::minutes{minute} + std::chrono::seconds{second};
}

/// `Jun 2, 2026, 10:30:37 PM`: English exports since mid-2019.
std::optional<date::sys_seconds> parse_english_date(std::string_view text) {
    DateScanner in(text);
    auto month = in.month_abbreviation();
    if (!month || !in.literal(" ")) return std::nullopt;
    auto day = in.number(1, 2);
    if (!in.literal(", ")) return std::nullopt;
    auto year = in.number(4, 4);
    if (!in.literal(", ")) return std::nullopt;
    auto hour = in.number(1, 2);
    if (!in.literal(":")) return std::nullopt;
    auto minute = in.number(2, 2);
    if (!in.literal(":")) return std::nullopt;
    auto second = in.number(2, 2);
    if (!hour || !minute || !second || *hour < 1 || *hour > 12 || !in.literal(" ")) return std::nullopt;
    bool pm = in.literal("PM");
    if ((!pm && !in.literal("AM")) || !in.done()) return std::nullopt;
    unsigned hour24 = *hour % 12 + (pm ? 12 : 0); // 12 AM is midnight, 12 PM is noon
    return utc_instant(year, month, day, hour24, *minute, *second);
}

/// `09.12.2022, 15:24:49`: German exports.
std::optional<date::sys_seconds> parse_german_date(std::string_view text) {
    DateScanner in(text);
    auto day = in.number(1, 2);
    if (!in.literal(".")) return std::nullopt;
    auto month = in.number(1, 2);
    if (!in.literal(".")) return std::nullopt;
    auto year = in.number(4, 4);
    if (!in.literal(", ")) return std::nullopt;
    auto hour = in.number(1, 2);
    if (!in.literal(":")) return std::nullopt;
    auto minute = in.number(2, 2);
    if (!in.literal(":")) return std::nullopt;
    auto second = in.number(2, 2);
    if (!hour || !minute || !second || !in.done()) return std::nullopt;
    return utc_instant(year, month, day, *hour, *minute, *second);
}

/// `2018-06-02 22:30:37`: exports before mid-2019.
std::optional<date::sys_seconds> parse_iso_date_time(std::string_view text) {
    auto when = parse_local_date_time(text);
    if (!when || !when->time) return std::nullopt;
    return date::sys_days{when->day.time_since_epoch()} + *when->time;
}

/// A numeric column. `localised` columns hold the values Strava shows, written with the account
/// language's decimal mark (a German export writes `"9,44"` km); the others hold raw values that
/// always use a point, whatever the language (the same German row has `9440.0` metres further on).
struct NumberColumn {
    std::string_view name{}; ///< empty when the generation has no such column
    int occurrence = 1;      ///< which of the columns of that name, for names Strava repeats
    bool localised = false;
};

/// The header names and value formats of one generation of activities.csv; no name, no such column.
struct Dialect {
    std::string_view id{}, date{}, name{}, type{}, description{}, private_note{};
    NumberColumn elapsed{}, moving{}, distance{}, avg_hr{}, max_hr{}, relative_effort{}, perceived_exertion{},
        competition{}, long_run{};
    char decimal_mark = '.';         ///< of localised columns
    bool distance_in_metres = false; ///< every `distance` in metres, not only swims'
    std::string_view km_example{};   ///< a distance in kilometres as the dialect writes it
    std::string_view date_example{}; ///< a date as the dialect writes it
    std::optional<date::sys_seconds> (*parse_date)(std::string_view) = nullptr;
};

// Column names from real exports. Strava repeats some names: a first block of values as the website
// shows them, then a second block of raw values.
constexpr Dialect english{
    .id = "Activity ID",
    .date = "Activity Date",
    .name = "Activity Name",
    .type = "Activity Type",
    .description = "Activity Description",
    .private_note = "Activity Private Note",
    .elapsed = {"Elapsed Time", 1, true},
    .moving = {"Moving Time"},
    .distance = {"Distance", 1, true},
    .avg_hr = {"Average Heart Rate"},
    .max_hr = {"Max Heart Rate", 1, true},
    .relative_effort = {"Relative Effort", 1, true},
    .perceived_exertion = {"Perceived Exertion"},
    .competition = {"Competition"},
    .long_run = {"Long Run"},
    .km_example = "10.5",
    .date_example = "Jun 2, 2026, 10:30:37 PM",
    .parse_date = parse_english_date,
};

// The German exports seen so far have no columns for the Competition and Long Run tags.
constexpr Dialect german{
    .id = "Aktivitäts-ID",
    .date = "Aktivitätsdatum",
    .name = "Name der Aktivität",
    .type = "Aktivitätsart",
    .description = "Aktivitätsbeschreibung",
    .private_note = "Hinweis zur Privatsphäre für Aktivitäten",
    .elapsed = {"Verstrichene Zeit", 1, true},
    .moving = {"Bewegungszeit"},
    .distance = {"Distanz", 1, true},
    .avg_hr = {"Durchschnittliche Herzfrequenz"},
    .max_hr = {"Max. Herzfrequenz", 1, true},
    .relative_effort = {"Relative Leistung", 1, true},
    .perceived_exertion = {"Gefühlte Anstrengung"},
    .decimal_mark = ',',
    .km_example = "10,5",
    .date_example = "09.12.2022, 15:24:49",
    .parse_date = parse_german_date,
};

// Before mid-2019: no moving time, heart rate or tags, and distances in metres.
constexpr Dialect early{
    .id = "id",
    .date = "date",
    .name = "name",
    .type = "type",
    .description = "description",
    .elapsed = {"elapsed_time"},
    .distance = {"distance"},
    .distance_in_metres = true,
    .date_example = "2018-06-02 22:30:37",
    .parse_date = parse_iso_date_time,
};

const Dialect* dialect_of(const CsvTable& table) {
    if (table.find(english.id) && table.find(english.date)) return &english;
    if (table.find(german.id) && table.find(german.date)) return &german;
    // A native log may have `id` and `date` columns too; `elapsed_time` is Strava's alone.
    if (table.find(early.id) && table.find(early.date) && table.find(early.name) && table.find(early.type) &&
        table.find(early.elapsed.name))
        return &early;
    return nullptr;
}

/// What Strava's activity types (English and German) are; any other type is `Sport::other`.
struct ActivityType {
    std::string_view key; ///< the type in lowercase without spaces or hyphens: "Trail Run" is "trailrun"
    Sport sport;
};

constexpr std::array activity_types{
    ActivityType{"run", Sport::run},
    ActivityType{"trailrun", Sport::run},
    ActivityType{"virtualrun", Sport::run},
    ActivityType{"lauf", Sport::run},
    ActivityType{"traillauf", Sport::run},
    ActivityType{"virtuellerlauf", Sport::run},
    ActivityType{"ride", Sport::ride},
    ActivityType{"virtualride", Sport::ride},
    ActivityType{"ebikeride", Sport::ride},
    ActivityType{"mountainbikeride", Sport::ride},
    ActivityType{"gravelride", Sport::ride},
    ActivityType{"radfahrt", Sport::ride},
    ActivityType{"virtuelleradfahrt", Sport::ride},
    ActivityType{"ebikeradfahrt", Sport::ride},
    ActivityType{"swim", Sport::swim},
    ActivityType{"schwimmen", Sport::swim},
    ActivityType{"weighttraining", Sport::strength},
    ActivityType{"workout", Sport::strength},
    ActivityType{"crossfit", Sport::strength},
    ActivityType{"yoga", Sport::strength},
    ActivityType{"krafttraining", Sport::strength},
    ActivityType{"gewichtstraining", Sport::strength},
    ActivityType{"training", Sport::strength},
    ActivityType{"walk", Sport::walk},
    ActivityType{"hike", Sport::walk},
    ActivityType{"spaziergang", Sport::walk},
    ActivityType{"wanderung", Sport::walk},
    ActivityType{"wandern", Sport::walk},
};

Sport sport_of(std::string_view type) {
    std::string key;
    for (char c : lowercase(trim(type)))
        if (c != ' ' && c != '-' && c != '_') key += c;
    auto found =
        std::find_if(activity_types.begin(), activity_types.end(), [&](const ActivityType& t) { return t.key == key; });
    return found == activity_types.end() ? Sport::other : found->sport;
}

/// A column's index in the header, when the column has a name and the header has it.
std::optional<std::size_t> find_column(const CsvTable& table, const NumberColumn& column) {
    return column.name.empty() ? std::nullopt : table.find(column.name, column.occurrence);
}

std::optional<std::size_t> find_column(const CsvTable& table, std::string_view name) {
    return name.empty() ? std::nullopt : table.find(name);
}


} // namespace

bool is_strava(const CsvTable& table) { return dialect_of(table) != nullptr; }

TrainingLog read_strava(const CsvTable& table, const LogOptions& options) {
    const Dialect* found = dialect_of(table);
    if (!found) {
        fail_header(table, "not a strava activities.csv header (expected \"Activity ID,Activity Date,...\", "
                           "\"Aktivitäts-ID,Aktivitätsdatum,...\" or \"id,date,name,type,...,elapsed_time,...\")");
    }
    const Dialect& dialect = *found;
    for (std::string_view required : {dialect.type, dialect.elapsed.name}) {
        if (!table.find(required))
            fail_header(table,
                        fmt::format("the strava header has no \"{}\" column (export activities.csv again, unedited)",
                                    required));
    }

    const auto date_column = find_column(table, dialect.date), name_column = find_column(table, dialect.name),
               type_column = find_column(table, dialect.type),
               description_column = find_column(table, dialect.description),
               note_column = find_column(table, dialect.private_note),
               elapsed_column = find_column(table, dialect.elapsed), moving_column = find_column(table, dialect.moving),
               distance_column = find_column(table, dialect.distance),
               avg_hr_column = find_column(table, dialect.avg_hr), max_hr_column = find_column(table, dialect.max_hr),
               effort_column = find_column(table, dialect.relative_effort),
               rpe_column = find_column(table, dialect.perceived_exertion),
               competition_column = find_column(table, dialect.competition),
               long_run_column = find_column(table, dialect.long_run);

    TrainingLog log;
    for_each_row(table, options, log, [&](const CsvRecord& row) {
        auto cell = [&](std::optional<std::size_t> index) -> const CsvField& { return formats::cell(row, index); };
        auto value = [&](std::optional<std::size_t> index) { return trim(cell(index).text); };
        // A cell past the end of a short row has no place of its own: point at the row.
        auto place = [&](std::optional<std::size_t> index) -> const CsvField& {
            return cell(index).line ? cell(index) : row.fields.front();
        };
        auto column_name = [&](std::optional<std::size_t> index) { return trim(table.header.fields[*index].text); };
        // A number, or nothing for a missing value; anything else is an error that says what was expected.
        auto number = [&](std::optional<std::size_t> index, const NumberColumn& column, std::string_view expected) {
            std::string_view text = value(index);
            if (is_missing(text)) return std::optional<double>();
            auto parsed = parse_export_number(text, column.localised ? dialect.decimal_mark : '.');
            if (!parsed || *parsed < 0)
                fail(table, place(index),
                     fmt::format("cannot read {} \"{}\" (expected {})", column_name(index), text, expected));
            return parsed;
        };
        // Strava writes its tags as 1.0 or 0.0 (some exports true or false); empty means untagged.
        auto tagged = [&](std::optional<std::size_t> index) {
            std::string text = lowercase(value(index));
            if (text == "1.0" || text == "1" || text == "true") return true;
            if (text.empty() || text == "0.0" || text == "0" || text == "false") return false;
            fail(table, place(index),
                 fmt::format("cannot read {} \"{}\" (expected 1.0 or 0.0)", column_name(index), value(index)));
        };

        std::string_view date_text = value(date_column);
        auto utc = dialect.parse_date(date_text);
        if (!utc) {
            fail(table, place(date_column),
                 fmt::format("cannot read {} \"{}\" (expected a Strava date like \"{}\")", column_name(date_column),
                             date_text, dialect.date_example));
        }
        const date::local_seconds local =
            options.zone ? options.zone->to_local(*utc) : date::local_seconds{utc->time_since_epoch()};

        const auto day = date::floor<date::days>(local);
        Workout w = workout_at(table, row, LocalDateTime{day, std::chrono::floor<std::chrono::minutes>(local - day)}, options);
        w.sport = sport_of(value(type_column));
        w.title = std::string(value(name_column));
        w.notes = std::string(value(description_column));
        if (std::string_view note = value(note_column); !note.empty())
            w.notes += (w.notes.empty() ? "" : "\n") + std::string(note);

        auto moving = number(moving_column, dialect.moving, "seconds like 2070.0");
        auto elapsed = number(elapsed_column, dialect.elapsed, "seconds like 3189");
        if (moving && *moving > 0) {
            w.minutes = *moving / 60;
        } else if (elapsed) {
            w.minutes = *elapsed / 60;
        }

        // Swims are in metres whatever the generation; other distances in metres only before mid-2019.
        const bool metres = dialect.distance_in_metres || w.sport == Sport::swim;
        std::string expected_distance =
            metres ? "metres like 1500" : fmt::format("kilometres like {}", dialect.km_example);
        if (auto distance = number(distance_column, dialect.distance, expected_distance)) {
            bool measured = *distance > 0 || (w.sport != Sport::strength && w.sport != Sport::other);
            if (measured) w.distance_km = metres ? *distance / 1000 : *distance;
        }

        w.signals.avg_hr = number(avg_hr_column, dialect.avg_hr, "beats per minute like 152");
        w.signals.max_hr = number(max_hr_column, dialect.max_hr, "beats per minute like 181");
        w.signals.service_load = number(effort_column, dialect.relative_effort, "a number like 87");
        w.signals.rpe = number(rpe_column, dialect.perceived_exertion, "a number from 1 to 10");
        if (w.signals.rpe && (*w.signals.rpe < 1 || *w.signals.rpe > 10)) {
            fail(table, place(rpe_column),
                 fmt::format("cannot read {} \"{}\" (expected a number from 1 to 10)", column_name(rpe_column),
                             value(rpe_column)));
        }
        if (competition_column && tagged(competition_column)) {
            w.signals.stated_kind = Kind::race;
            w.signals.stated_by = "Strava Competition tag";
        } else if (long_run_column && tagged(long_run_column)) {
            w.signals.stated_kind = Kind::long_run;
            w.signals.stated_by = "Strava Long Run tag";
        }
        log.workouts.push_back(std::move(w));
    });
    return log;
}

} // namespace recover::formats
