#include "support/log_generator.hpp"

#include "recover/load/classify.hpp"
#include "recover/core/dates.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <optional>

namespace recover::testing {

int Random::between(int low, int high) {
    const auto range = static_cast<std::uint64_t>(static_cast<std::int64_t>(high) - low + 1);
    const std::uint64_t span = std::uint64_t{1} << 32; // mt19937 gives 32 bits
    const std::uint64_t limit = span - span % range;
    std::uint64_t x = 0;
    do {
        x = engine_();
    } while (x >= limit);
    return static_cast<int>(static_cast<std::int64_t>(low) + static_cast<std::int64_t>(x % range));
}

double Random::real(double low, double high) {
    return low + (high - low) * (static_cast<double>(engine_()) / 4294967296.0);
}

namespace {

using date::days;
using date::local_days;

/// One row of the native log, its cells as written.
struct Row {
    local_days date;
    std::optional<int> minute_of_day; ///< a start time, when the row gives one
    std::string type, title, duration, distance, rpe, niggle, notes;
};

/// What a week of training is for.
enum class WeekKind { normal, heavy, easy, taper };

struct RaceSpec {
    local_days date;
    double km = 10;
    std::string name;
};

/// The default rules, parsed once: parsing them for every log would cost more than planning it.
const RuleSet& built_in_rules() {
    static const RuleSet rules = default_rules();
    return rules;
}

std::string csv_field(std::string_view text) {
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
    std::string out = "\"";
    for (char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

/// Minutes as the log may write them: `45`, `1:05:30` or `42:10`.
std::string write_duration(Random& random, double minutes) {
    const int seconds = static_cast<int>(std::lround(minutes * 60));
    const int style = random.between(1, 10);
    if (style <= 7) return fmt::format("{}", static_cast<int>(std::lround(minutes)));
    if (style <= 9 || seconds >= 3600)
        return fmt::format("{}:{:02}:{:02}", seconds / 3600, seconds / 60 % 60, seconds % 60);
    return fmt::format("{}:{:02}", seconds / 60, seconds % 60);
}

/// Kilometres as the log may write them: `10.2`, `10.2km`, `6.34 mi`.
std::string write_distance(Random& random, double km) {
    const int style = random.between(1, 10);
    if (style <= 7) return fmt::format("{:.1f}", km);
    if (style <= 9) return fmt::format("{:.1f}{}", km, random.percent(50) ? "km" : " km");
    return fmt::format("{:.2f}{}", km / 1.609344, random.percent(50) ? "mi" : " mi");
}

/// A session RPE, sometimes left out.
std::string write_rpe(Random& random, int low, int high, int blank_percent = 10) {
    if (random.percent(blank_percent)) return "";
    return fmt::format("{}", random.between(low, high));
}

Row easy_run(Random& random, local_days day) {
    static const std::vector<std::string> types{"easy", "easy", "run", "recovery"};
    static const std::vector<std::string> titles{"Easy run", "Recovery jog", "Morning run",       "Lunch run",
                                                 "Easy 8K",  "Shakeout",     "Run with the club", "Easy, felt good"};
    const double minutes = random.between(25, 70);
    return Row{day,
               std::nullopt,
               random.pick(types),
               random.pick(titles),
               write_duration(random, minutes),
               write_distance(random, minutes / random.real(5.2, 6.6)),
               write_rpe(random, 2, 5, 15),
               "",
               ""};
}

Row quality_run(Random& random, local_days day) {
    struct Quality {
        std::string type, title;
    };
    static const std::vector<Quality> sessions{{"intervals", "6x800"},          {"intervals", "5 x 1 km"},
                                               {"track", "10x400 track"},       {"threshold", "3x10 min threshold"},
                                               {"tempo", "Tempo 8K"},           {"tempo", "Tempo run"},
                                               {"hills", "Hill repeats 8x60s"}, {"fartlek", "Fartlek"},
                                               {"run", "6x1K at 10K pace"},     {"run", "Club intervals"}};
    const Quality& q = random.pick(sessions);
    const double minutes = random.between(40, 80);
    return Row{day,
               std::nullopt,
               q.type,
               q.title,
               write_duration(random, minutes),
               write_distance(random, minutes / random.real(4.3, 5.3)),
               write_rpe(random, 7, 9),
               "",
               ""};
}

Row long_run(Random& random, local_days day, bool short_one) {
    const bool race_pace = !short_one && random.percent(30);
    static const std::vector<std::string> easy_titles{"Long run", "Sunday long run", "Long slow run",
                                                      "LSR with friends"};
    static const std::vector<std::string> pace_titles{"Long run with 2x20 min at MP", "Long run, last 8K at HM pace",
                                                      "Progression long run", "Long run 3x5K at marathon pace"};
    const double minutes = short_one ? random.between(70, 100) : random.between(90, 150);
    Row row{day,
            std::nullopt,
            random.percent(70) ? "long" : "run",
            race_pace ? random.pick(pace_titles) : random.pick(easy_titles),
            write_duration(random, minutes),
            write_distance(random, minutes / random.real(5.0, 6.3)),
            race_pace ? write_rpe(random, 7, 8, 5) : write_rpe(random, 4, 6),
            "",
            ""};
    return row;
}

Row race_row(Random& random, const RaceSpec& race) {
    double minutes = race.km < 6    ? random.between(17, 30)
                     : race.km < 11 ? random.between(36, 62)
                     : race.km < 22 ? random.between(78, 135)
                                    : random.between(165, 300);
    std::string distance;
    if (race.km > 40 && random.percent(20))
        distance = "26.2mi";
    else if (race.km > 20 && race.km < 22 && random.percent(20))
        distance = "13.1 mi";
    else
        distance = random.percent(30) ? fmt::format("{:g}km", race.km) : fmt::format("{:g}", race.km);
    const bool typed = random.percent(80);
    return Row{race.date,
               std::nullopt,
               typed ? "race" : "run",
               typed ? race.name : "RACE: " + race.name,
               write_duration(random, minutes),
               distance,
               write_rpe(random, 8, 10, 15),
               "",
               ""};
}

Row cross_session(Random& random, local_days day) {
    switch (random.between(1, 6)) {
    case 1:
    case 2: {
        const double minutes = random.between(45, 180);
        return Row{day,
                   std::nullopt,
                   "ride",
                   random.percent(50) ? "Bike commute" : "Endurance ride",
                   write_duration(random, minutes),
                   write_distance(random, minutes / 2.2),
                   write_rpe(random, 3, 6, 20),
                   "",
                   ""};
    }
    case 3:
        return Row{day,
                   std::nullopt,
                   "swim",
                   "Pool swim",
                   write_duration(random, random.between(30, 60)),
                   "",
                   write_rpe(random, 3, 5, 20),
                   "",
                   ""};
    case 4:
        return Row{day,
                   std::nullopt,
                   "walk",
                   "Hike",
                   write_duration(random, random.between(40, 120)),
                   write_distance(random, 6),
                   write_rpe(random, 1, 2, 30),
                   "",
                   ""};
    default:
        return Row{day,
                   std::nullopt,
                   "strength",
                   random.percent(50) ? "Gym: legs and core" : "Strength & mobility",
                   write_duration(random, random.between(25, 50)),
                   "",
                   write_rpe(random, 4, 6, 20),
                   "",
                   ""};
    }
}

Row treatment(Random& random, local_days day) {
    const int which = random.between(1, 10);
    if (which <= 7)
        return Row{day,
                   std::nullopt,
                   "massage",
                   random.percent(50) ? "Sports massage" : "Massage with Anna",
                   write_duration(random, random.pick(std::vector<int>{45, 60, 75})),
                   "",
                   "",
                   "",
                   ""};
    if (which <= 9) return Row{day, std::nullopt, "art", "ART session", "30", "", "", "", "focus on calves"};
    // A physio visit names the area it was for, or none (then it counts for every area).
    static const std::vector<std::string> visited{"achilles", "calf", "IT band", "hamstring", "low back", "knee"};
    const std::string title = random.percent(50) ? "Physio check" : "Physio: " + random.pick(visited);
    return Row{day, std::nullopt, "physio", title, "40", "", "", "", ""};
}

/// The races of the log: 5K to marathon, mostly at weekends, sometimes a tune-up half two weeks
/// before a marathon.
std::vector<RaceSpec> plan_races(Random& random, local_days start, int weeks) {
    struct Distance {
        double km;
        std::vector<std::string> names;
    };
    static const std::vector<Distance> distances{
        {5, {"Parkrun 5K", "Park 5K", "Club 5K"}},
        {5, {"Track 5000m", "Summer 5K"}},
        {10, {"City 10K", "Harbour 10K", "10K road race"}},
        {10, {"Trail 10K", "Night 10K"}},
        {21.1, {"Riverside Half", "City Half Marathon", "Spring half"}},
        {42.2, {"Spring Marathon", "City Marathon", "Autumn marathon"}},
    };
    std::vector<RaceSpec> races;
    const int count = random.between(0, std::min(4, weeks / 4 + 1));
    for (int i = 0; i < count; ++i) {
        const Distance& d = random.pick(distances);
        local_days day = start + days{random.between(2, weeks * 7 - 1)};
        if (random.percent(85)) { // to the weekend
            day = monday_of(day) + days{random.percent(70) ? 6 : 5};
            if (day > start + days{weeks * 7 - 1}) day -= days{7};
        }
        races.push_back(RaceSpec{day, d.km, random.pick(d.names)});
        const local_days tune_up = day - days{14};
        if (d.km > 40 && tune_up >= start && random.percent(50))
            races.push_back(RaceSpec{tune_up, 21.1, "Tune-up half"});
    }
    std::sort(races.begin(), races.end(), [](const RaceSpec& a, const RaceSpec& b) { return a.date < b.date; });
    races.erase(
        std::unique(races.begin(), races.end(), [](const RaceSpec& a, const RaceSpec& b) { return a.date == b.date; }),
        races.end());
    return races;
}

/// A niggle area as a runner writes it, and the words a note would use for it.
struct Area {
    std::string column; ///< in the niggle column: "left achilles"
    std::string words;  ///< in notes: "left achilles"
};

const std::vector<Area> areas{{"left achilles", "left achilles"}, {"achilles", "achilles"},
                              {"right calf", "right calf"},       {"calf", "calves"},
                              {"plantar fascia", "heel"},         {"IT band", "ITB"},
                              {"hamstring", "hamstring"},         {"low back", "lower back"},
                              {"right knee", "right knee"},       {"shin", "shin"},
                              {"hip flexor", "hip flexor"},       {"glute", "glute"}};

const std::vector<std::string> complaints{"sore", "tight", "a bit niggly", "grumbling", "achy", "stiff"};

const std::vector<std::string> red_flags{"sharp pain in the {}",        "{} went numb",
                                         "{} pain limits walking",      "sudden sharp pain, {}",
                                         "{} pain kept me up at night", "{} numb and tingling"};

/// Adds a niggle report to `row`: in the niggle column or in the notes.
void report_niggle(Random& random, Row& row, const Area& area, int severity, bool red_flag) {
    if (red_flag) {
        std::string phrase = fmt::format(fmt::runtime(random.pick(red_flags)), area.words);
        row.notes += (row.notes.empty() ? "" : ". ") + phrase;
        if (random.percent(60))
            row.niggle += (row.niggle.empty() ? "" : "; ") + fmt::format("{}:{}", area.column, severity);
        return;
    }
    const int style = random.between(1, 10);
    if (style <= 6) {
        row.niggle += (row.niggle.empty() ? "" : "; ") + fmt::format("{}:{}", area.column, severity);
    } else if (style <= 7) {
        row.niggle += (row.niggle.empty() ? "" : "; ") + area.column;
    } else if (style <= 9) {
        row.notes += (row.notes.empty() ? "" : ", ") + fmt::format("{} {}", area.words, random.pick(complaints));
    } else {
        row.notes +=
            (row.notes.empty() ? "" : ", ") + fmt::format("{} {} {}/10", area.words, random.pick(complaints), severity);
    }
}

std::string write_date(Random& random, const Row& row) {
    const std::string day = iso_date(row.date);
    if (!row.minute_of_day) return day;
    const int at = *row.minute_of_day;
    if (random.percent(80)) return fmt::format("{} {:02}:{:02}", day, at / 60, at % 60);
    return fmt::format("{}T{:02}:{:02}:00", day, at / 60, at % 60);
}

/// The log's rows as native CSV: columns in a random order and case, sometimes CRLF, a BOM, or
/// rows newest first.
std::string write_csv(Random& random, std::vector<Row> rows) {
    std::vector<std::string> columns{"date", "type", "title", "duration", "distance", "rpe", "niggle", "notes"};
    for (std::size_t i = columns.size(); i > 1; --i)
        std::swap(columns[i - 1], columns[static_cast<std::size_t>(random.between(0, static_cast<int>(i) - 1))]);
    const bool crlf = random.percent(20), bom = random.percent(10), capitalised = random.percent(30);
    if (random.percent(20)) std::reverse(rows.begin(), rows.end());
    const std::string eol = crlf ? "\r\n" : "\n";

    std::string out = bom ? "\xEF\xBB\xBF" : "";
    for (std::size_t i = 0; i < columns.size(); ++i) {
        std::string name = columns[i];
        if (capitalised) name[0] = static_cast<char>(name[0] - 'a' + 'A');
        out += (i ? "," : "") + name;
    }
    out += eol;
    for (const Row& row : rows) {
        for (std::size_t i = 0; i < columns.size(); ++i) {
            const std::string& c = columns[i];
            std::string cell = c == "date"       ? write_date(random, row)
                               : c == "type"     ? row.type
                               : c == "title"    ? row.title
                               : c == "duration" ? row.duration
                               : c == "distance" ? row.distance
                               : c == "rpe"      ? row.rpe
                               : c == "niggle"   ? row.niggle
                                                 : row.notes;
            out += (i ? "," : "") + csv_field(cell);
        }
        out += eol;
    }
    return out;
}

/// A rules file laid over the defaults: therapist days and caps, and some rules switched off.
std::string rules_overlay(Random& random, std::vector<std::string>& changes) {
    static const std::array<std::string_view, 7> weekdays{"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    std::string text;
    if (random.percent(60)) {
        text += "[therapist]\n";
        if (random.percent(60)) {
            std::vector<std::string> open;
            for (std::string_view d : weekdays)
                if (random.percent(55)) open.push_back(fmt::format("\"{}\"", d));
            if (open.empty())
                open.push_back(fmt::format("\"{}\"", weekdays[static_cast<std::size_t>(random.between(0, 6))]));
            text += fmt::format("days = [{}]\n", fmt::join(open, ", "));
            changes.push_back(fmt::format("days {}", fmt::join(open, ",")));
        }
        if (random.percent(60)) {
            int per_week = random.between(1, 2);
            text += fmt::format("max_per_week = {}\n", per_week);
            changes.push_back(fmt::format("max_per_week {}", per_week));
        }
        if (random.percent(60)) {
            int per_month = random.between(1, 6);
            text += fmt::format("max_per_month = {}\n", per_month);
            changes.push_back(fmt::format("max_per_month {}", per_month));
        }
    }
    // Deep work after every very hard session, for those who ask for it.
    const bool every_session = random.percent(15);
    if (every_session) changes.push_back("every_session");
    bool deep_rule_written = false;
    if (random.percent(35)) {
        for (const Rule& rule : built_in_rules().rules) {
            if (!random.percent(12)) continue;
            const bool deep = rule.id == "deep-massage-after-hard";
            text += fmt::format("[[rule]]\nid = \"{}\"\nenabled = false\n{}", rule.id,
                                deep && every_session ? "every_session = true\n" : "");
            deep_rule_written = deep_rule_written || deep;
            changes.push_back("off " + rule.id);
        }
    }
    if (every_session && !deep_rule_written)
        text += "[[rule]]\nid = \"deep-massage-after-hard\"\nevery_session = true\n";
    return text;
}

} // namespace

GeneratedLog read_generated(std::uint32_t seed, std::string csv, std::string rules_toml, local_days today,
                            PlanRequest request, std::string summary) {
    GeneratedLog g;
    g.seed = seed;
    g.csv = std::move(csv);
    g.rules_toml = std::move(rules_toml);
    g.today = today;
    g.request = std::move(request);
    g.summary = std::move(summary);
    g.rules = g.rules_toml.empty() ? built_in_rules() : load_rules(g.rules_toml, "generated.toml", &built_in_rules());
    g.log = read_log(g.csv, "generated.csv", LogOptions{today, InputFormat::automatic});
    classify_workouts(g.log.workouts, g.rules.settings);
    return g;
}

GeneratedLog generate_log(std::uint32_t seed) {
    Random random(seed);
    const local_days start =
        monday_of(local_days{date::year{2025} / date::January / 6} + days{random.between(0, 1100)});
    const int weeks = random.between(4, 30);
    const local_days end = start + days{weeks * 7 - 1};
    // Today: somewhere in the log (the rest is planned), or after it (all done).
    const local_days today =
        random.percent(25) ? end + days{random.between(0, 10)} : start + days{random.between(7, weeks * 7 - 1)};

    const std::vector<RaceSpec> races = plan_races(random, start, weeks);
    std::vector<Row> rows;

    for (int w = 0; w < weeks; ++w) {
        const local_days monday = start + days{w * 7};
        std::vector<RaceSpec> week_races;
        bool taper = false;
        for (const RaceSpec& r : races) {
            if (monday_of(r.date) == monday) week_races.push_back(r);
            // Halves and marathons are run off a taper: the race week, and the week before a marathon.
            if ((r.km > 20 && monday_of(r.date) == monday) || (r.km > 40 && monday_of(r.date) == monday + days{7}))
                taper = true;
        }
        WeekKind kind = WeekKind::normal;
        const int roll = random.between(1, 100);
        if (taper)
            kind = WeekKind::taper;
        else if (roll <= 25)
            kind = WeekKind::heavy; // also where some 5K and 10K races fall
        else if (roll <= 45)
            kind = WeekKind::easy;

        int sessions = 0, hard = 0;
        bool long_one = true;
        switch (kind) {
        case WeekKind::heavy: sessions = random.between(6, 7), hard = 3; break;
        case WeekKind::normal: sessions = random.between(4, 6), hard = random.between(1, 2); break;
        case WeekKind::easy:
            sessions = random.between(3, 4), hard = random.between(0, 1), long_one = random.percent(50);
            break;
        case WeekKind::taper: sessions = random.between(3, 5), hard = 1, long_one = random.percent(30); break;
        }

        // Day by day: 0 = Monday. Each day holds at most one main session.
        std::array<std::optional<Row>, 7> day_rows;
        for (const RaceSpec& race : week_races) {
            day_rows[static_cast<std::size_t>((race.date - monday).count())] = race_row(random, race);
            --sessions;
            --hard;
            long_one = long_one && kind == WeekKind::heavy;
        }
        auto free_day = [&](std::vector<int> preferred) -> std::optional<int> {
            for (std::size_t i = preferred.size(); i > 1; --i)
                std::swap(preferred[i - 1],
                          preferred[static_cast<std::size_t>(random.between(0, static_cast<int>(i) - 1))]);
            for (int d : preferred)
                if (!day_rows[static_cast<std::size_t>(d)]) return d;
            return std::nullopt;
        };
        if (long_one && sessions > 0) {
            if (auto d = free_day(random.percent(80) ? std::vector<int>{6} : std::vector<int>{5, 6})) {
                day_rows[static_cast<std::size_t>(*d)] =
                    long_run(random, monday + days{*d}, kind == WeekKind::easy || kind == WeekKind::taper);
                --sessions;
            }
        }
        for (; hard > 0 && sessions > 0; --hard) {
            if (auto d = free_day({1, 3, 5, 2, 4})) {
                day_rows[static_cast<std::size_t>(*d)] = quality_run(random, monday + days{*d});
                --sessions;
            }
        }
        for (; sessions > 0; --sessions) {
            if (auto d = free_day({0, 1, 2, 3, 4, 5, 6}))
                day_rows[static_cast<std::size_t>(*d)] =
                    random.percent(25) ? cross_session(random, monday + days{*d}) : easy_run(random, monday + days{*d});
        }
        for (int d = 0; d < 7; ++d) {
            const local_days day = monday + days{d};
            auto& slot = day_rows[static_cast<std::size_t>(d)];
            if (!slot) {
                if (random.percent(30))
                    rows.push_back(
                        Row{day, std::nullopt, "rest", random.percent(50) ? "Rest day" : "", "", "", "", "", ""});
                continue;
            }
            // Some sessions say when they started; some days have a second, evening session.
            if (random.percent(15)) slot->minute_of_day = random.between(6 * 60, 19 * 60);
            if (random.percent(8) && slot->type != "race") {
                slot->minute_of_day = random.between(6 * 60, 9 * 60);
                Row evening = cross_session(random, day);
                evening.minute_of_day = random.between(17 * 60, 21 * 60);
                rows.push_back(std::move(*slot));
                rows.push_back(std::move(evening));
                slot.reset();
                continue;
            }
            rows.push_back(std::move(*slot));
            slot.reset();
        }
        // Treatments received (or already booked, after today).
        if (random.percent(18)) rows.push_back(treatment(random, monday + days{random.between(0, 6)}));
    }

    // Niggles: episodes of 1–12 days in one area, reported on most of their days; some heal,
    // some do not, some with red-flag words.
    const int episodes = random.between(0, 4);
    std::vector<std::string> niggle_notes;
    for (int e = 0; e < episodes; ++e) {
        const Area& area = random.pick(areas);
        const int length = random.between(1, 12);
        // Half of them around today, where the plan starts, so that their items fall in its range.
        const local_days first = random.percent(50) ? std::max(start, today - days{random.between(0, length + 2)})
                                                    : start + days{random.between(0, std::max(0, weeks * 7 - length))};
        const int trend = random.between(-1, 1); // improving, steady, worse
        const int severity = random.between(1, 7);
        const int red_flag_day = random.percent(15) ? random.between(0, length - 1) : -1;
        niggle_notes.push_back(fmt::format("{} {}d from {} {}{}", area.column, length, iso_date(first),
                                           trend < 0   ? "better"
                                           : trend > 0 ? "worse"
                                                       : "steady",
                                           red_flag_day >= 0 ? " red-flag" : ""));
        for (int d = 0; d < length; ++d) {
            if (d != 0 && d != length - 1 && d != red_flag_day && !random.percent(70)) continue;
            const local_days day = first + days{d};
            if (day > today) break; // nobody writes down tomorrow's niggle
            const int level = std::clamp(severity + trend * d * random.between(1, 2) / 3, 0, 10);
            // On the day's first row that is not a treatment, else on a rest row of its own.
            auto on_day = std::find_if(rows.begin(), rows.end(), [&](const Row& r) {
                return r.date == day && r.type != "massage" && r.type != "art" && r.type != "physio";
            });
            if (on_day == rows.end()) {
                rows.push_back(Row{day, std::nullopt, "rest", "Rest day", "", "", "", "", ""});
                on_day = rows.end() - 1;
            }
            report_niggle(random, *on_day, area, level, d == red_flag_day);
            // A red flag sends the runner to a physio, some days later, or not at all.
            if (d == red_flag_day && random.percent(50)) {
                const local_days visit = day + days{random.between(1, 6)};
                rows.push_back(Row{visit, std::nullopt, "physio",
                                   random.percent(50) ? "Physio" : "Physio: " + area.column, "45", "", "", "", ""});
            }
        }
    }
    // A note with a comma and quotes now and then, for the CSV reader.
    if (!rows.empty() && random.percent(30))
        rows[static_cast<std::size_t>(random.between(0, static_cast<int>(rows.size()) - 1))].notes +=
            (random.percent(50) ? " Felt \"heavy\", windy" : " Great run, new shoes");

    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.date < b.date; });

    std::vector<std::string> changes;
    std::string rules_text = rules_overlay(random, changes);

    // The range: mostly from today, as the command line does; sometimes from the past or later.
    PlanRequest request;
    const int from_roll = random.between(1, 100);
    request.from = from_roll <= 60 ? today
                   : from_roll <= 85
                       ? start + days{random.between(0, std::max(0, static_cast<int>((today - start).count())))}
                       : today + days{random.between(1, 21)};
    request.until = request.from + days{random.percent(10) ? random.between(0, 6) : random.between(7, 120)};
    if (random.percent(10)) {
        const local_days race_day = today + days{random.between(3, 60)};
        static const std::vector<std::string> names{"Club 10K", "Big City Marathon", "Fun run", "Hill Half",
                                                    "50 km trail"};
        request.extra_races.push_back(*parse_race_option(iso_date(race_day) + ":" + random.pick(names)));
    }

    std::vector<std::string> race_names;
    for (const RaceSpec& r : races)
        race_names.push_back(fmt::format("{} {:g}km", iso_date(r.date), r.km));
    for (const Race& r : request.extra_races)
        race_names.push_back(fmt::format("{} --race {}", iso_date(r.date), r.name));
    std::string summary = fmt::format(
        "log {}..{} ({} weeks, {} rows), today {}, plan {}..{}; races [{}]; niggles [{}]; rules [{}]", iso_date(start),
        iso_date(end), weeks, rows.size(), iso_date(today), iso_date(request.from), iso_date(request.until),
        fmt::join(race_names, ", "), fmt::join(niggle_notes, ", "), fmt::join(changes, "; "));
    return read_generated(seed, write_csv(random, std::move(rows)), std::move(rules_text), today, std::move(request),
                          std::move(summary));
}

} // namespace recover::testing
