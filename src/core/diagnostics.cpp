#include "recover/core/diagnostics.hpp"

#include "recover/core/terminal.hpp"

#include <algorithm>
#include <vector>

namespace recover {

std::string to_string(const Location& where) {
    std::string out = escaped(where.file);
    if (where.line > 0) {
        out += ':' + std::to_string(where.line);
        if (where.column > 0) out += ':' + std::to_string(where.column);
    }
    return out;
}

Error::Error(ExitCode code, Location where, const std::string& what)
    : std::runtime_error(what), code_(code), where_(std::move(where)) {}

std::string Error::message() const {
    // Every message is one line of visible text, whatever input it quotes: a last safety net
    // behind the `escaped` that quotes input where the message is built.
    std::string place = to_string(where_);
    return place.empty() ? escaped(what()) : place + ": " + escaped(what());
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
    // Optimal string alignment: insertions, deletions, substitutions and adjacent transpositions.
    std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
    for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
    for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        for (std::size_t j = 1; j <= b.size(); ++j) {
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[a.size()][b.size()];
}

} // namespace recover
