#include "recover/render/render.hpp"

#include "recover/core/dates.hpp"
#include "render/common.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>

namespace recover {

namespace {

/// What a day of the grid shows, from least to most important: a day with several items shows
/// the most important one.
enum class Mark { none, self_care, blackout, massage, art, physio, race };

struct MarkStyle {
    Mark mark;
    char letter;
    std::string_view colour;
    std::string_view meaning;
};

/// The legend, in the order it is printed (most important first).
constexpr std::array<MarkStyle, 6> styles{{{Mark::race, 'R', sgr::bold_blue, "race"},
                                           {Mark::physio, 'P', sgr::bold_red, "physio"},
                                           {Mark::art, 'A', sgr::magenta, "ART"},
                                           {Mark::massage, 'M', sgr::cyan, "massage"},
                                           {Mark::blackout, 'B', sgr::yellow, "race blackout"},
                                           {Mark::self_care, 's', sgr::green, "self-care"}}};

const MarkStyle* style_of(Mark mark) {
    for (const MarkStyle& style : styles)
        if (style.mark == mark) return &style;
    return nullptr;
}

Mark mark_of(Treatment treatment) {
    switch (treatment) {
    case Treatment::deep_massage:
    case Treatment::flush_massage:
    case Treatment::maintenance_massage: return Mark::massage;
    case Treatment::art: return Mark::art;
    case Treatment::physio: return Mark::physio;
    case Treatment::blackout: return Mark::blackout;
    case Treatment::foam_roll:
    case Treatment::stretch:
    case Treatment::ice:
    case Treatment::heat: break;
    }
    return Mark::self_care;
}

/// The mark of every day of [plan.from, plan.until] that has one; an item that spans days marks
/// each of them, a race day is a race whatever else happens on it.
std::map<date::local_days, Mark> day_marks(const Plan& plan) {
    std::map<date::local_days, Mark> marks;
    auto set = [&](date::local_days day, Mark mark) {
        if (day < plan.from || day > plan.until) return;
        Mark& slot = marks[day];
        slot = std::max(slot, mark);
    };
    for (const Item& item : plan.items) {
        const Mark mark = item.category == Category::race ? Mark::race : mark_of(item.treatment);
        for (date::local_days day = std::max(item.date, plan.from); day <= std::min(item.last_day(), plan.until); day += date::days{1})
            set(day, mark);
    }
    for (const Race& race : plan.races)
        set(race.date, Mark::race);
    return marks;
}

constexpr std::array<std::string_view, 12> month_names{"January",   "February", "March",    "April",
                                                       "May",       "June",     "July",     "August",
                                                       "September", "October",  "November", "December"};
constexpr int cell_width = 3;                  // two digits and the mark
constexpr int grid_width = 7 * cell_width + 6; // seven cells, one space between them

std::string month_grid(date::year_month month, const std::map<date::local_days, Mark>& marks,
                       const PlanOptions& options) {
    std::string title =
        fmt::format("{} {}", month_names[static_cast<unsigned>(month.month()) - 1], static_cast<int>(month.year()));
    std::string out =
        std::string(static_cast<std::size_t>((grid_width - static_cast<int>(title.size())) / 2), ' ') + title + '\n';
    out += "Mo  Tu  We  Th  Fr  Sa  Su\n";
    date::local_days first{month / 1}, last{month / date::last};
    unsigned column = (date::weekday{first}.iso_encoding() - 1);
    std::string line(static_cast<std::size_t>(column) * (cell_width + 1), ' ');
    for (date::local_days day = first; day <= last; day += date::days{1}) {
        auto number = fmt::format("{:>2}", static_cast<unsigned>(date::year_month_day{day}.day()));
        if (options.color && options.today == day) number = paint(number, sgr::reverse, true);
        auto found = marks.find(day);
        const MarkStyle* style = found == marks.end() ? nullptr : style_of(found->second);
        line += number + (style ? paint(std::string(1, style->letter), style->colour, options.color) : " ");
        if (++column == 7 || day == last) {
            out += line.substr(0, line.find_last_not_of(' ') + 1) + '\n';
            line.clear();
            column = 0;
        } else {
            line += ' ';
        }
    }
    return out;
}

std::string legend(const Plan& plan, const PlanOptions& options, bool today_shown) {
    std::vector<std::string> keys;
    keys.reserve(styles.size());
    for (const MarkStyle& style : styles)
        keys.push_back(
            fmt::format("{} {}", paint(std::string(1, style.letter), style.colour, options.color), style.meaning));
    std::string out = fmt::format("{}\n", fmt::join(keys, "  "));
    out += fmt::format("one mark a day, the first of these that applies; the plan runs from {} to {}",
                       iso_date(plan.from), iso_date(plan.until));
    if (options.color && today_shown)
        out += fmt::format("; {} is today", paint(iso_date(*options.today), sgr::reverse, true));
    return out + '\n';
}

} // namespace

std::string render_month(const Plan& plan, const PlanOptions& options) {
    auto marks = day_marks(plan);
    std::string out;
    date::year_month first = date::year_month_day{plan.from}.year() / date::year_month_day{plan.from}.month();
    date::year_month last = date::year_month_day{plan.until}.year() / date::year_month_day{plan.until}.month();
    for (date::year_month month = first; month <= last; month += date::months{1})
        out += month_grid(month, marks, options) + '\n';
    bool today_shown = options.today && *options.today >= date::local_days{first / 1} &&
                       *options.today <= date::local_days{last / date::last};
    return out + legend(plan, options, today_shown);
}

} // namespace recover
