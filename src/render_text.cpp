#include "recover/render.hpp"

#include "recover/text.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace recover {

namespace {

std::string minutes_text(const std::array<int, 2>& minutes) {
    if (minutes[1] == 0) return "";
    if (minutes[0] == minutes[1]) return fmt::format("{} min", minutes[0]);
    return fmt::format("{}–{} min", minutes[0], minutes[1]);
}

/// Pads `text` with spaces to `width` characters (not bytes: titles may hold any UTF-8).
std::string pad(std::string_view text, int width) {
    return std::string(text) + std::string(static_cast<std::size_t>(std::max(0, width - count_chars(text))), ' ');
}

std::string cause_text(const Cause& cause) {
    std::string_view what = cause.what == Cause::What::workout ? "workout"
                            : cause.what == Cause::What::race  ? "race"
                            : cause.what == Cause::What::niggle ? "niggle"
                                                                : "clock";
    return fmt::format("{} {}{}{}", what, iso_date(cause.date), cause.label.empty() ? "" : " ", cause.label);
}

std::string week_header(const WeekLoad& week) {
    return fmt::format("{} (from {}) · load {:.0f} · acwr {} · {}: {}", iso_week_label(week.monday), iso_date(week.monday), week.load,
                       week.acwr ? fmt::format("{:.2f}", *week.acwr) : "-", to_string(week.status), week.reason);
}

} // namespace

std::string render_text(const Plan& plan, const PlanOptions& options) {
    std::string out;
    if (plan.items.empty() && plan.notes.empty())
        return fmt::format("no recovery items from {} to {}\n", iso_date(plan.from), iso_date(plan.until));

    int category_width = 0, title_width = 0, minutes_width = 0;
    for (const Item& item : plan.items) {
        category_width = std::max(category_width, count_chars(to_string(item.category)));
        title_width = std::max(title_width, count_chars(item.title));
        minutes_width = std::max(minutes_width, count_chars(minutes_text(item.minutes)));
    }

    auto item = plan.items.begin();
    auto note = plan.notes.begin();
    while (item != plan.items.end() || note != plan.notes.end()) {
        date::local_days next = item == plan.items.end() ? note->date
                                : note == plan.notes.end() ? item->date
                                                           : std::min(item->date, note->date);
        date::local_days monday = monday_of(next), sunday = monday + date::days{6};
        if (!out.empty()) out += '\n';
        if (const WeekLoad* week = plan.load.week_of(monday))
            out += week_header(*week) + '\n';
        else
            out += iso_week_label(monday) + '\n';
        for (; item != plan.items.end() && item->date <= sunday; ++item) {
            std::string line = fmt::format("{} {}  {}  {}  {}  {}", iso_date(item->date), date::format("%a", item->date),
                                           pad(to_string(item->category), category_width), pad(item->title, title_width),
                                           pad(minutes_text(item->minutes), minutes_width), fmt::join(item->focus, ", "));
            out += std::string(trim(line)) + '\n';
            if (options.explain) {
                out += fmt::format("    why: {}\n", item->reason);
                std::vector<std::string> causes;
                for (const Cause& cause : item->triggers) causes.push_back(cause_text(cause));
                if (!causes.empty()) out += fmt::format("    triggered by: {}\n", fmt::join(causes, "; "));
                out += fmt::format("    rule: {}\n", item->rule);
                if (!item->source.empty()) out += fmt::format("    source: {}\n", item->source);
            }
        }
        for (; note != plan.notes.end() && note->date <= sunday; ++note)
            out += fmt::format("note {} {}: {}\n", iso_date(note->date), note->rule, note->text);
    }
    return out;
}

} // namespace recover
