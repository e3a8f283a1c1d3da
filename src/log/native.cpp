#include "log/format.hpp"

#include "recover/core/text.hpp"
#include "recover/core/terminal.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>

namespace recover::formats {

namespace {

/// What a word in the native `type` column means.
struct TypeWord {
    std::string_view word;
    Sport sport;
    std::optional<Kind> kind;
    Received received = Received::none;
    std::string_view stated_by = {}; ///< for `why`, when it states the kind: "type " and the word
};

constexpr std::array type_words{
    TypeWord{"run", Sport::run, std::nullopt},
    TypeWord{"easy", Sport::run, Kind::easy, Received::none, "type easy"},
    TypeWord{"recovery", Sport::run, Kind::easy, Received::none, "type recovery"},
    TypeWord{"long", Sport::run, Kind::long_run, Received::none, "type long"},
    TypeWord{"race", Sport::run, Kind::race, Received::none, "type race"},
    TypeWord{"intervals", Sport::run, Kind::hard, Received::none, "type intervals"},
    TypeWord{"tempo", Sport::run, Kind::hard, Received::none, "type tempo"},
    TypeWord{"threshold", Sport::run, Kind::hard, Received::none, "type threshold"},
    TypeWord{"hills", Sport::run, Kind::hard, Received::none, "type hills"},
    TypeWord{"track", Sport::run, Kind::hard, Received::none, "type track"},
    TypeWord{"fartlek", Sport::run, Kind::hard, Received::none, "type fartlek"},
    TypeWord{"ride", Sport::ride, Kind::cross, Received::none, "type ride"},
    TypeWord{"swim", Sport::swim, Kind::cross, Received::none, "type swim"},
    TypeWord{"strength", Sport::strength, Kind::cross, Received::none, "type strength"},
    TypeWord{"walk", Sport::walk, Kind::cross, Received::none, "type walk"},
    TypeWord{"cross", Sport::other, Kind::cross, Received::none, "type cross"},
    TypeWord{"massage", Sport::other, Kind::treatment, Received::massage, "type massage"},
    TypeWord{"art", Sport::other, Kind::treatment, Received::art, "type art"},
    TypeWord{"physio", Sport::other, Kind::treatment, Received::physio, "type physio"},
    TypeWord{"rest", Sport::other, std::nullopt},
};

constexpr bool states_its_word(const TypeWord& t) {
    return !t.kind || (t.stated_by.size() == 5 + t.word.size() && t.stated_by.substr(0, 5) == "type " && t.stated_by.substr(5) == t.word);
}
static_assert(std::all_of(type_words.begin(), type_words.end(), states_its_word), "stated_by is \"type \" and the word");

std::vector<std::string_view> type_names() {
    std::vector<std::string_view> names;
    names.reserve(type_words.size());
    for (const TypeWord& t : type_words) names.push_back(t.word);
    return names;
}

/// Kilometres from `10.2`, `10.2km` or `6.2mi`, the unit in any case (a space before it is allowed).
std::optional<double> parse_distance(std::string_view text) {
    double factor = 1;
    std::string_view number = text;
    const std::string_view unit = text.substr(text.size() < 2 ? 0 : text.size() - 2);
    if (iequals(unit, "km")) {
        number.remove_suffix(2);
    } else if (iequals(unit, "mi")) {
        number.remove_suffix(2);
        factor = km_per_mile;
    }
    auto value = parse_number(trim(number));
    if (!value || *value < 0) return std::nullopt;
    return *value * factor;
}

/// A session RPE on the CR-10 scale: a number from 0 to 10.
std::optional<double> parse_rpe(std::string_view text) {
    auto rpe = parse_number(text);
    return rpe && *rpe >= 0 && *rpe <= 10 ? rpe : std::nullopt;
}

/// `area[:severity]` items separated by `;`.
std::vector<Niggle> parse_niggles(const CsvTable& table, const CsvField& field) {
    std::vector<Niggle> niggles;
    for (std::string_view item : split(field.text, ';')) {
        if (item.empty()) continue;
        Niggle niggle;
        std::size_t colon = item.rfind(':');
        niggle.area = lowercase(trim(item.substr(0, colon)));
        niggle.said = trim(item);
        if (colon != std::string_view::npos) {
            auto severity = parse_number(trim(item.substr(colon + 1)));
            if (!severity || *severity < 0 || *severity > 10 || *severity != std::floor(*severity))
                fail(table, field, fmt::format("cannot read niggle \"{}\" (expected area:severity with a severity from 0 to 10)", escaped(item)));
            niggle.severity = static_cast<int>(*severity);
        }
        if (niggle.area.empty()) fail(table, field, fmt::format("niggle \"{}\" names no body area", item));
        niggles.push_back(std::move(niggle));
    }
    return niggles;
}

} // namespace

bool is_native(const CsvTable& table) { return table.find("date").has_value(); }

void read_native(const CsvTable& table, const LogOptions& options, LogBuilder& out) {
    auto column = [&](std::string name) {
        // Two columns of one name would leave it to chance which one is read.
        if (auto again = table.find(name, 2))
            fail(table, table.header.fields[*again],
                 fmt::format("a second \"{}\" column (a native log names each column once)", name));
        return find_column(table, std::move(name));
    };
    const Column date_column = column("date"), type_column = column("type"), title_column = column("title"),
                 duration_column = column("duration"), distance_column = column("distance"), rpe_column = column("rpe"),
                 niggle_column = column("niggle"), notes_column = column("notes");

    for_each_row(table, options, out, [&](const ExportRow& row, MappedRows& mapped) {
        Workout& w =
            row.add_workout(mapped, date_column, row.date_time(date_column, "YYYY-MM-DD or YYYY-MM-DD HH:MM"), options);
        w.title = mapped.text(row.text(title_column));
        w.notes = mapped.text(row.text(notes_column));

        const std::string_view type = row.text(type_column);
        const TypeWord* word = nullptr;
        if (type.empty()) {
            word = &type_words.front(); // a log without types is a log of runs
        } else {
            auto found = std::find_if(type_words.begin(), type_words.end(), [&](const TypeWord& t) { return iequals(t.word, type); });
            if (found == type_words.end()) {
                const std::string lower = lowercase(type);
                row.fail(type_column, fmt::format("unknown type \"{}\"{} (known: {})", escaped(lower),
                                                  did_you_mean(lower, type_names()), fmt::join(type_names(), ", ")));
            }
            word = &*found;
        }
        w.sport = word->sport;
        w.received = word->received;
        w.signals.stated_kind = word->kind;
        w.signals.stated_by = word->stated_by;

        if (auto minutes = row.parsed(duration_column, parse_duration_minutes, "minutes like 45, or h:mm:ss"))
            w.minutes = *row.at_most(duration_column, minutes, minutes_limit);
        set(w.distance_km,
            row.at_most(distance_column, row.parsed(distance_column, parse_distance, "kilometres like 10.5, or 6.2mi"), km_limit));
        set(w.signals.rpe, row.parsed(rpe_column, parse_rpe, "a number from 0 to 10"));
        if (!row.text(niggle_column).empty()) {
            for (Niggle& niggle : parse_niggles(table, row.field(niggle_column)))
                mapped.add(NiggleReport{w.where, w.date, std::move(niggle)});
        }
        if (word->word == "rest") mapped.workouts.pop_back(); // a rest day: its niggles, no workout
    }, RowMapping::independent);
}

} // namespace recover::formats
