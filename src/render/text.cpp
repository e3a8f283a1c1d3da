#include "recover/render/render.hpp"

#include "recover/core/dates.hpp"
#include "recover/core/terminal.hpp"
#include "recover/core/text.hpp"
#include "render/common.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace recover {

namespace {

/// Pads `text` with spaces to `width` characters (not bytes: titles may hold any UTF-8).
std::string pad(std::string_view text, int width) {
    return std::string(text) + std::string(static_cast<std::size_t>(std::max(0, width - count_chars(text))), ' ');
}

std::string week_header(const WeekLoad& week, bool color) {
    std::string status = paint(to_string(week.status), status_colour(week.status), color);
    return fmt::format("{} (from {}) · load {:.0f} · acwr {} · {}: {}",
                       paint(iso_week_label(week.monday), sgr::bold, color), iso_date(week.monday), week.load,
                       week.acwr ? fmt::format("{:.2f}", *week.acwr) : "-", status, terminal_text(week.reason));
}

/// The lines `--explain` adds under an item; every text that may come from the log or a rules
/// file goes through `terminal_text`.
std::string explanation(const Item& item) {
    std::string out;
    if (!item.reason.empty()) out += fmt::format("    why: {}\n", terminal_text(item.reason));
    // Each cause cleaned alone: an escape sequence left open in one label must not swallow the next.
    std::vector<std::string> causes;
    for (const Cause& cause : item.triggers)
        causes.push_back(terminal_text(cause_text(cause)));
    if (!causes.empty()) out += fmt::format("    triggered by: {}\n", fmt::join(causes, "; "));
    if (!item.tell_therapist.empty())
        out += fmt::format("    tell your therapist: {}\n", terminal_text(item.tell_therapist));
    if (!item.advice.empty()) out += fmt::format("    advice: {}\n", terminal_text(item.advice));
    out += fmt::format("    rule: {}\n", terminal_text(item.rule));
    if (!item.source.empty()) out += fmt::format("    source: {}\n", terminal_text(item.source));
    return out;
}

/// An item's cells as they reach the terminal: category, title, minutes, focus.
struct Cells {
    std::string category, title, minutes, focus;
};

Cells cells_of(const Item& item) {
    Cells cells;
    cells.category = std::string(to_string(item.category));
    cells.title = terminal_text(item.title);
    if (item.until) cells.title += fmt::format(" (until {})", day_name(*item.until));
    cells.minutes = minutes_text(item.minutes);
    std::vector<std::string> focus;
    for (const std::string& area : item.focus)
        focus.push_back(terminal_text(area));
    cells.focus = fmt::format("{}", fmt::join(focus, ", "));
    return cells;
}

} // namespace

std::string render_text(const Plan& plan, const PlanOptions& options) {
    std::string out;
    if (plan.items.empty() && plan.notes.empty())
        return fmt::format("no recovery items from {} to {}\n", iso_date(plan.from), iso_date(plan.until));

    std::vector<Cells> cells;
    int category_width = 0, title_width = 0, minutes_width = 0;
    for (const Item& item : plan.items) {
        cells.push_back(cells_of(item));
        category_width = std::max(category_width, count_chars(cells.back().category));
        title_width = std::max(title_width, count_chars(cells.back().title));
        minutes_width = std::max(minutes_width, count_chars(cells.back().minutes));
    }

    const bool color = options.color;
    auto item = plan.items.begin();
    auto note = plan.notes.begin();
    while (item != plan.items.end() || note != plan.notes.end()) {
        date::local_days next = item == plan.items.end()   ? note->date
                                : note == plan.notes.end() ? item->date
                                                           : std::min(item->date, note->date);
        date::local_days monday = monday_of(next), sunday = monday + date::days{6};
        if (!out.empty()) out += '\n';
        if (const WeekLoad* week = plan.load.week_of(monday))
            out += week_header(*week, color) + '\n';
        else
            out += paint(iso_week_label(monday), sgr::bold, color) + '\n';
        for (; item != plan.items.end() && item->date <= sunday; ++item) {
            const Cells& c = cells[static_cast<std::size_t>(item - plan.items.begin())];
            // The colour goes around the word alone, the padding after it: escape codes take no columns.
            std::string line =
                fmt::format("{} {}  {}  {}  {}  {}", iso_date(item->date), weekday_abbreviation(item->date),
                            paint(c.category, item->category == Category::race ? sgr::bold_blue : treatment_colour(item->treatment), color) +
                                pad("", category_width - count_chars(c.category)),
                            pad(c.title, title_width), pad(c.minutes, minutes_width), c.focus);
            out += line.substr(0, line.find_last_not_of(' ') + 1) + '\n';
            if (options.explain) out += explanation(*item);
        }
        for (; note != plan.notes.end() && note->date <= sunday; ++note)
            out += fmt::format("{} {} {}: {}\n", paint("note", sgr::yellow, color), iso_date(note->date),
                               terminal_text(note->rule), terminal_text(note->text));
    }
    return out;
}

} // namespace recover
