// Strava's bulk export `activities.csv`, in its three header generations: English since mid-2019,
// German for German accounts, and the lowercase `id,date,name,type,...` of earlier exports.
// Strava dates are UTC; workouts are dated in the runner's zone (`LogOptions::zone`).

#include "log/format.hpp"

#include "recover/core/dates.hpp"
#include "recover/core/text.hpp"

#include <fmt/format.h>

#include <array>
#include <cctype>
#include <limits>

namespace recover::formats {

namespace {

/// A time of day as written, not yet checked against a clock.
struct Clock {
    unsigned hour = 0, minute = 0, second = 0;
};

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

    /// A number, as above, followed by `separator`.
    std::optional<unsigned> number(std::size_t min_digits, std::size_t max_digits, std::string_view separator) {
        auto value = number(min_digits, max_digits);
        return value && literal(separator) ? value : std::nullopt;
    }

    /// A time of day `h:mm:ss` (one or two digits of hour).
    std::optional<Clock> clock() {
        auto hour = number(1, 2, ":");
        auto minute = hour ? number(2, 2, ":") : std::nullopt;
        auto second = minute ? number(2, 2) : std::nullopt;
        if (!second) return std::nullopt;
        return Clock{*hour, *minute, *second};
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
std::optional<date::sys_seconds> utc_instant(unsigned year, unsigned month, unsigned day, Clock time) {
    if (time.hour > 23 || time.minute > 59 || time.second > 59) return std::nullopt;
    date::year_month_day ymd{date::year{static_cast<int>(year)}, date::month{month}, date::day{day}};
    if (!ymd.ok()) return std::nullopt;
    return date::sys_days{ymd} + std::chrono::hours{time.hour} + std::chrono::minutes{time.minute} +
           std::chrono::seconds{time.second};
}

/// `Jun 2, 2026, 10:30:37 PM`: English exports since mid-2019.
std::optional<date::sys_seconds> parse_english_date(std::string_view text) {
    DateScanner in(text);
    auto month = in.month_abbreviation();
    if (!month || !in.literal(" ")) return std::nullopt;
    auto day = in.number(1, 2, ", ");
    auto year = in.number(4, 4, ", ");
    auto time = in.clock();
    if (!day || !year || !time || time->hour < 1 || time->hour > 12 || !in.literal(" ")) return std::nullopt;
    bool pm = in.literal("PM");
    if ((!pm && !in.literal("AM")) || !in.done()) return std::nullopt;
    time->hour = time->hour % 12 + (pm ? 12 : 0); // 12 AM is midnight, 12 PM is noon
    return utc_instant(*year, *month, *day, *time);
}

/// `09.12.2022, 15:24:49`: German exports.
std::optional<date::sys_seconds> parse_german_date(std::string_view text) {
    DateScanner in(text);
    auto day = in.number(1, 2, ".");
    auto month = in.number(1, 2, ".");
    auto year = in.number(4, 4, ", ");
    auto time = in.clock();
    if (!day || !month || !year || !time || !in.done()) return std::nullopt;
    return utc_instant(*year, *month, *day, *time);
}

/// `2018-06-02 22:30:37`: exports before mid-2019.
std::optional<date::sys_seconds> parse_iso_date_time(std::string_view text) {
    auto when = parse_local_date_time(text);
    if (!when || !when->time) return std::nullopt;
    return date::sys_days{when->day.time_since_epoch()} + *when->time;
}

/// The generations of activities.csv, in the order `ColumnNames` lists them.
enum Generation { english, german, early };

/// What one column is called in each generation (empty where a generation has none), and whether
/// it is `localised`: such columns hold the values Strava shows, written with the account
/// language's decimal mark (a German export writes `"9,44"` km); the others hold raw values that
/// always use a point, whatever the language (the same German row has `9440.0` metres further on).
/// Strava repeats some names, a first block of values as the website shows them, then a second
/// block of raw values: the first of each name is read. Names are from real exports; the German
/// ones seen so far have no Competition and Long Run tags, and exports before mid-2019 no moving
/// time, heart rate or tags.
struct ColumnNames {
    std::array<std::string_view, 3> in;
    bool localised = false;
};

constexpr ColumnNames activity_id{{"Activity ID", "Aktivitäts-ID", "id"}};
constexpr ColumnNames activity_date{{"Activity Date", "Aktivitätsdatum", "date"}};
constexpr ColumnNames activity_name{{"Activity Name", "Name der Aktivität", "name"}};
constexpr ColumnNames activity_type{{"Activity Type", "Aktivitätsart", "type"}};
constexpr ColumnNames description{{"Activity Description", "Aktivitätsbeschreibung", "description"}};
constexpr ColumnNames private_note{{"Activity Private Note", "Hinweis zur Privatsphäre für Aktivitäten", ""}};
constexpr ColumnNames elapsed_time{{"Elapsed Time", "Verstrichene Zeit", "elapsed_time"}, true};
constexpr ColumnNames moving_time{{"Moving Time", "Bewegungszeit", ""}};
constexpr ColumnNames distance{{"Distance", "Distanz", "distance"}, true};
constexpr ColumnNames average_hr{{"Average Heart Rate", "Durchschnittliche Herzfrequenz", ""}};
constexpr ColumnNames max_hr{{"Max Heart Rate", "Max. Herzfrequenz", ""}, true};
constexpr ColumnNames relative_effort{{"Relative Effort", "Relative Leistung", ""}, true};
constexpr ColumnNames perceived_exertion{{"Perceived Exertion", "Gefühlte Anstrengung", ""}};
constexpr ColumnNames competition{{"Competition", "", ""}};
constexpr ColumnNames long_run{{"Long Run", "", ""}};

/// How one generation writes its values.
struct Dialect {
    Generation generation;
    char decimal_mark;             ///< of localised columns
    bool distance_in_metres;       ///< every `distance` in metres, not only swims'
    std::string_view km_example;   ///< a distance in kilometres as the dialect writes it
    std::string_view date_example; ///< a date as the dialect writes it
    std::optional<date::sys_seconds> (*parse_date)(std::string_view);
};

// generation, decimal mark, distances in metres, a distance, a date, how to read a date
constexpr Dialect dialects[]{
    {english, '.', false, "10.5", "Jun 2, 2026, 10:30:37 PM", parse_english_date},
    {german, ',', false, "10,5", "09.12.2022, 15:24:49", parse_german_date},
    {early, '.', true, "", "2018-06-02 22:30:37", parse_iso_date_time},
};

/// A column of `table` in `dialect`'s spelling, named in messages as the header writes it.
Column strava_column(const CsvTable& table, const Dialect& dialect, const ColumnNames& names) {
    std::string_view name = names.in[dialect.generation];
    auto index = name.empty() ? std::nullopt : table.find(name);
    return Column{index ? std::string(trim(table.header.fields[*index].text)) : std::string(name), index,
                  names.localised ? dialect.decimal_mark : '.'};
}

const Dialect* dialect_of(const CsvTable& table) {
    auto has = [&](const ColumnNames& names, Generation generation) {
        return !names.in[generation].empty() && table.find(names.in[generation]).has_value();
    };
    for (Generation generation : {english, german})
        if (has(activity_id, generation) && has(activity_date, generation)) return &dialects[generation];
    // A native log may have `id` and `date` columns too; `elapsed_time` is Strava's alone.
    if (has(activity_id, early) && has(activity_date, early) && has(activity_name, early) &&
        has(activity_type, early) && has(elapsed_time, early))
        return &dialects[early];
    return nullptr;
}

/// The sport of a Strava activity type, English or German: "Trail Run" is looked up as "trailrun".
Sport sport_of(std::string_view type) {
    std::string key;
    for (char c : lowercase(trim(type)))
        if (c != ' ' && c != '-' && c != '_') key += c;
    return sport_named(InputFormat::strava, key);
}

} // namespace

bool is_strava(const CsvTable& table) { return dialect_of(table) != nullptr; }

void read_strava(const CsvTable& table, const LogOptions& options, LogBuilder& out) {
    const Dialect* found = dialect_of(table);
    if (!found) {
        fail_header(table, "not a strava activities.csv header (expected \"Activity ID,Activity Date,...\", "
                           "\"Aktivitäts-ID,Aktivitätsdatum,...\" or \"id,date,name,type,...,elapsed_time,...\")");
    }
    const Dialect& dialect = *found;
    for (const ColumnNames* required : {&activity_type, &elapsed_time}) {
        std::string_view name = required->in[dialect.generation];
        if (!table.find(name))
            fail_header(
                table,
                fmt::format("the strava header has no \"{}\" column (export activities.csv again, unedited)", name));
    }

    auto column = [&](const ColumnNames& names) { return strava_column(table, dialect, names); };
    const Column date_column = column(activity_date), name_column = column(activity_name),
                 type_column = column(activity_type), description_column = column(description),
                 note_column = column(private_note), elapsed_column = column(elapsed_time),
                 moving_column = column(moving_time), distance_column = column(distance),
                 avg_hr_column = column(average_hr), max_hr_column = column(max_hr),
                 effort_column = column(relative_effort), rpe_column = column(perceived_exertion),
                 competition_column = column(competition), long_run_column = column(long_run);

    for_each_row(table, options, out, [&](const ExportRow& row, MappedRows& mapped) {
        // Strava writes its tags as 1.0 or 0.0 (some exports true or false); empty means untagged.
        auto tagged = [&](const Column& tag) {
            std::string text = lowercase(row.text(tag));
            if (text == "1.0" || text == "1" || text == "true") return true;
            if (text.empty() || text == "0.0" || text == "0" || text == "false") return false;
            row.fail_at(tag, "1.0 or 0.0");
        };

        auto utc = dialect.parse_date(row.text(date_column));
        if (!utc) row.fail_at(date_column, fmt::format("a Strava date like \"{}\"", dialect.date_example));
        const date::local_seconds local =
            options.zone ? options.zone->get()->to_local(*utc) : date::local_seconds{utc->time_since_epoch()};

        const auto day = date::floor<date::days>(local);
        Workout& w = row.add_workout(mapped, date_column, LocalDateTime{day, std::chrono::floor<std::chrono::minutes>(local - day)},
                                     options);
        w.sport = sport_of(row.text(type_column));
        w.title = mapped.text(row.text(name_column));
        w.notes = mapped.text(row.text(description_column));
        if (std::string_view note = row.text(note_column); !note.empty())
            w.notes += (w.notes.empty() ? "" : "\n") + std::string(note);

        auto moving = row.amount(moving_column, seconds_limit, "seconds like 2070.0");
        auto elapsed = row.amount(elapsed_column, seconds_limit, "seconds like 3189");
        if (moving && *moving > 0) {
            w.minutes = *moving / 60;
        } else if (elapsed) {
            w.minutes = *elapsed / 60;
        }

        // Swims are in metres whatever the generation; other distances in metres only before mid-2019.
        const bool metres = dialect.distance_in_metres || w.sport == Sport::swim;
        std::string expected_distance =
            metres ? "metres like 1500" : fmt::format("kilometres like {}", dialect.km_example);
        if (auto written = row.amount(distance_column, metres ? metres_limit : km_limit, expected_distance)) {
            bool measured = *written > 0 || (w.sport != Sport::strength && w.sport != Sport::other);
            if (measured) w.distance_km = metres ? *written / 1000 : *written;
        }

        set(w.signals.avg_hr, row.number(avg_hr_column, 0, max_heart_rate, "beats per minute like 152"));
        set(w.signals.max_hr, row.number(max_hr_column, 0, max_heart_rate, "beats per minute like 181"));
        set(w.signals.service_load, row.amount(effort_column, load_limit, "a number like 87"));
        set(w.signals.rpe, row.number(rpe_column, 1, 10, "a number from 1 to 10"));
        if (competition_column.index && tagged(competition_column)) {
            w.signals.stated_kind = Kind::race;
            w.signals.stated_by = "Strava Competition tag";
        } else if (long_run_column.index && tagged(long_run_column)) {
            w.signals.stated_kind = Kind::long_run;
            w.signals.stated_by = "Strava Long Run tag";
        }
    }, RowMapping::independent);
}

} // namespace recover::formats
