// The row loop (log/rows.cpp): a long log streamed through read_log is mapped in batches on the
// machine's other cores. What it gives (workouts, niggles, rows skipped, the first error) must be
// what mapping the same rows one by one gives, wherever the bad rows and line breaks fall.

#include "log/format.hpp"

#include "recover/core/source.hpp"
#include "recover/log/csv.hpp"
#include "recover/log/log.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <random>
#include <string>

using namespace recover;

namespace {

/// A native log of `rows` rows from `seed`: notes with commas, quotes and line breaks, a quote in
/// an unquoted title, niggles in the column and in the words, empty lines, and LF, CRLF or lone CR
/// line ends by seed; when `bad` is set, rows that cannot be read (an RPE of 11, a row cut short,
/// an unknown type) and at times an unterminated quote near the end.
std::string generated_log(unsigned seed, int rows, bool bad) {
    std::mt19937 random(seed);
    auto chance = [&](int percent) { return static_cast<int>(random() % 100) < percent; };
    const char* types[]{"easy", "long", "intervals", "tempo", "ride", "strength", "race", "", "massage", "rest"};
    const char* notes[]{"",
                        "",
                        "Felt good",
                        "\"Windy, held back\"",
                        "\"left calf tight, eased off\"",
                        "\"two lines\nof notes, \"\"quoted\"\"\"",
                        "achilles sore 4/10",
                        "much better today",
                        "\"crlf\r\ninside\""};
    std::string out = "date,type,title,duration,distance,rpe,niggle,notes\n";
    int day = 0;
    for (int r = 0; r < rows; ++r) {
        day += chance(40) ? 1 : 0;
        const date::local_days when = date::local_days{date::year{2019} / 1 / 1} + date::days{day};
        std::string rpe = std::to_string(random() % 11);
        std::string type = types[random() % std::size(types)];
        if (bad && chance(2)) rpe = "11";
        if (bad && chance(1)) type = "jog";
        if (bad && chance(1)) {
            out += fmt::format("{},easy,Short row,30\n", iso_date(when));
            continue;
        }
        out += fmt::format("{} {:02}:{:02},{},{} {},{},{:.1f},{},{},{}\n", iso_date(when), random() % 24, random() % 60,
                           type, chance(5) ? "5'10\" hills" : "Run", r, 20 + random() % 100,
                           static_cast<double>(random() % 200) / 10.0, rpe, chance(5) ? "calf:3" : "",
                           notes[random() % std::size(notes)]);
        if (chance(2)) out += "\n";
    }
    if (bad && chance(25)) out += "2030-01-01,easy,\"never closed,30,5,3,,\n";
    if (seed % 4 == 1 || seed % 4 == 2) {
        std::string ends;
        for (char c : out) ends += c != '\n' ? std::string(1, c) : seed % 4 == 1 ? std::string("\r\n") : std::string("\r");
        out = ends;
    }
    return out;
}

struct Read {
    TrainingLog log;
    std::string error; ///< the message of the error that stopped it, if any
};

/// Mapped in batches on `threads` threads (0: the machine's cores).
Read streamed(const std::string& text, LogOptions options, unsigned threads = 0) {
    options.threads = threads;
    Read read;
    try {
        read.log = read_log(text, "log.csv", options);
    } catch (const Error& e) {
        read.error = e.message();
    }
    return read;
}

/// The same rows streamed and mapped one by one, on this thread.
Read one_by_one(const std::string& text, LogOptions options) {
    options.threads = 1;
    return streamed(text, options);
}

std::string described(const Read& read) {
    std::string out = "error: " + read.error + "\n";
    for (const Workout& w : read.log.workouts)
        out += fmt::format("{}:{}:{} {} {} {} [{}] {} {} {}\n", w.where.file, w.where.line, w.where.column, iso_date(w.date),
                           w.start ? w.start->count() : -1, w.title, w.notes, w.minutes, w.signals.rpe.value_or(-1),
                           w.missed);
    for (const NiggleReport& n : read.log.niggles)
        out += fmt::format("niggle {}:{} {} {} {} [{}] {}\n", n.where.file, n.where.line, iso_date(n.date), n.niggle.area,
                           n.niggle.severity.value_or(-1), n.niggle.said, n.improving);
    for (const Error& e : read.log.skipped) out += "skipped " + e.message() + "\n";
    return out;
}

} // namespace

TEST_CASE("a streamed log maps in batches on other cores to what rows mapped one by one give") {
    int stopped = 0, skipped = 0;
    for (unsigned seed = 1; seed <= 18; ++seed) {
        const bool bad = seed % 3 != 0;
        const std::string text = generated_log(seed, 1000 + static_cast<int>(seed) * 300, bad);
        for (bool skip : {false, true}) {
            LogOptions options{date::local_days{date::year{2024} / 6 / 1}};
            options.format = InputFormat::native;
            options.skip_bad_rows = skip;
            const Read whole = one_by_one(text, options);
            // Two threads at least, whatever this machine has; four, as a machine with more cores maps.
            for (unsigned threads : {2U, 4U}) {
                INFO("seed " << seed << (skip ? ", skipping bad rows" : "") << ", threads " << threads);
                REQUIRE(described(streamed(text, options, threads)) == described(whole));
            }
            stopped += !whole.error.empty();
            skipped += !whole.log.skipped.empty();
        }
    }
    // The logs must have exercised what can go wrong: errors that stop, and rows skipped.
    CHECK(stopped >= 12);
    CHECK(skipped >= 8);
}

TEST_CASE("the first error of a streamed log is the first in the file, mapping or reading") {
    std::string text = generated_log(7, 6000, false);
    const std::size_t late = text.size();
    text += "2030-01-01,easy,\"never closed,30,5,3,,\n"; // a reading error at the end
    // A mapping error far earlier, in a batch another core maps while this one reads on.
    const std::size_t early = text.find('\n', text.size() / 3) + 1;
    text.insert(early, "2020-01-01,easy,Bad,30,5,12,,\n");
    REQUIRE(late > early);
    LogOptions options{date::local_days{date::year{2024} / 6 / 1}};
    const Read read = streamed(text, options, 2);
    CHECK(read.error.find("cannot read rpe \"12\"") != std::string::npos);
    CHECK(described(read) == described(one_by_one(text, options)));
}

TEST_CASE("rows past CsvLimits::rows, mapped in batches, are an error at the first one too many") {
    // Rows of rest: each is read and mapped, and none is kept.
    std::string text = "date,type\n";
    const std::string row = "2026-01-01,rest\n";
    text.reserve(text.size() + row.size() * (CsvLimits::rows + 2));
    for (std::size_t i = 0; i <= CsvLimits::rows; ++i) text += row;
    LogOptions options{date::local_days{date::year{2026} / 6 / 1}};
    const Read read = streamed(text, options, 2);
    // Line 10,000,002 is the row after the 10,000,000 allowed: every one of them was taken.
    CHECK(read.error == "log.csv:10000002:1: more than 10,000,000 rows (the most a log may hold; see LIMITS in recover(1))");
}

TEST_CASE("a reader's filter takes workouts on the mapping threads and sums them in log order") {
    // The filter takes every other workout by its line, keeping what it took as its line: `add`
    // must get them in the order of the log, whichever thread took them.
    const std::string text = generated_log(5, 6000, false);
    LogOptions options{date::local_days{date::year{2024} / 6 / 1}};
    auto filtered = [&](unsigned threads, std::vector<int>& added, std::atomic<int>& taken) {
        WorkoutFilter filter{[&](Workout& w, SummedWorkout& summed) {
                                 ++taken;
                                 if (w.where.line % 2 == 0) return false;
                                 summed = SummedWorkout{w.date, static_cast<double>(w.where.line), std::nullopt, 0};
                                 return true;
                             },
                             [&](const SummedWorkout& summed) { added.push_back(static_cast<int>(summed.load)); }};
        options.threads = threads;
        TextInMemory source(text);
        return read_log(source, "log.csv", options, filter);
    };
    std::vector<int> alone_added;
    std::atomic<int> alone_taken = 0;
    const TrainingLog alone = filtered(1, alone_added, alone_taken);
    REQUIRE(alone_added.size() > 1000);
    CHECK(std::is_sorted(alone_added.begin(), alone_added.end()));
    CHECK(alone_taken == static_cast<int>(alone_added.size() + alone.workouts.size()));
    options.threads = 1;
    const TrainingLog unfiltered = read_log(text, "log.csv", options);
    // The workouts taken still had their words read: every niggle of the notes is there.
    CHECK(alone.niggles.size() == unfiltered.niggles.size());
    for (unsigned threads : {2U, 4U}) {
        INFO("threads " << threads);
        std::vector<int> added;
        std::atomic<int> taken = 0;
        const TrainingLog log = filtered(threads, added, taken);
        CHECK(added == alone_added);
        CHECK(taken == alone_taken);
        CHECK(described(Read{log, {}}) == described(Read{alone, {}}));
    }
    CHECK(described(Read{alone, {}}).find("niggle") != std::string::npos);
}
