#pragma once
/// Where things went wrong and how `recover` reports it: locations, the error type, exit codes.

#include <algorithm>
#include <stdexcept>
#include <string>
#include <string_view>

namespace recover {

/// The exit statuses of recover(1) (DESIGN.md §7, after sysexits.h); the only place they are spelled.
enum class ExitCode : int {
    ok = 0,
    usage = 64,       ///< bad option or value
    data = 65,        ///< the training log is malformed
    no_input = 66,    ///< an input file cannot be opened
    software = 70,    ///< internal error: a bug in recover
    cant_create = 73, ///< the output file cannot be created
    io_error = 74,    ///< writing the output failed
    config = 78,      ///< the rules file is malformed
};

/// A place in an input: display name, 1-based physical line and 1-based column (in characters).
/// A line or column of 0 means "not known"; the name alone is then printed.
struct Location {
    std::string file;
    int line = 0;
    int column = 0;

    friend bool operator==(const Location&, const Location&) = default;
};

/// `file:line:col`, leaving out the parts that are not known; the file name is `escaped`.
std::string to_string(const Location& where);

/// A failure the user can act on: what is wrong, where, and the exit status it maps to.
/// `what()` is the message alone (lowercase, no trailing period); `message()` prefixes the location.
class Error : public std::runtime_error {
public:
    Error(ExitCode code, Location where, const std::string& what);
    ExitCode code() const { return code_; }
    const Location& where() const { return where_; }
    /// `file:line:col: what`, or `what` alone when there is no location; one line, `escaped`.
    std::string message() const;

private:
    ExitCode code_;
    Location where_;
};

/// Edit distance between two strings, by bytes, counting a swap of neighbours as one edit.
std::size_t edit_distance(std::string_view a, std::string_view b);

/// The nearest of `candidates` to `word` by edit distance, if it is close enough to be a likely
/// typo (at most a third of its length, and at least one edit); empty otherwise.
std::string nearest(std::string_view word, const auto& candidates) {
    std::string best;
    std::size_t best_distance = std::max<std::size_t>(1, word.size() / 3) + 1;
    for (const auto& candidate : candidates) {
        std::size_t d = edit_distance(word, candidate);
        if (d < best_distance) {
            best_distance = d;
            best = std::string(candidate);
        }
    }
    return best;
}

/// `; did you mean "x"?` when `nearest` finds one, else empty.
std::string did_you_mean(std::string_view word, const auto& candidates) {
    std::string best = nearest(word, candidates);
    return best.empty() ? std::string() : "; did you mean \"" + best + "\"?";
}

} // namespace recover
