// "Tell your therapist": what the articles say a runner should bring to every appointment.

#include "planner/parts.hpp"

#include <fmt/format.h>

namespace recover::planning {

namespace {

/// Niggles that were still being reported in the two weeks before the appointment.
constexpr int recent_days = 14;

std::string week_text(const Plan& plan, local_days day) {
    const WeekLoad* week = plan.load.week_of(day);
    if (!week) return "this week's load is unknown";
    std::string status = week->status == WeekStatus::heavy ? "a heavy week"
                         : week->status == WeekStatus::easy ? "an easy week"
                                                            : "a normal week";
    return fmt::format("this week's load is {:.0f}, {}{}", week->load, status, week->reason.empty() ? "" : " (" + week->reason + ")");
}

std::string niggles_text(const Context& context, local_days day) {
    std::vector<std::string> recent;
    for (const NiggleEpisode& e : context.episodes) {
        if (e.first() > day || e.last() < day - date::days{recent_days}) continue;
        const NiggleReport& last = *e.reports.back();
        recent.push_back(fmt::format("{} since {}{}", e.said, day_name(e.first()),
                                     last.niggle.severity ? fmt::format(" ({}/10 on {})", *last.niggle.severity, day_name(last.date))
                                                          : fmt::format(" (last mentioned {})", day_name(last.date))));
    }
    if (recent.empty()) return "no niggles in the last two weeks";
    return fmt::format("niggles: {}", fmt::join(recent, "; "));
}

std::string race_text(const Plan& plan, local_days day) {
    for (const Race& race : plan.races) {
        if (race.date < day) continue;
        std::string distance = race.distance_km ? fmt::format("{:.1f} km, ", *race.distance_km) : std::string();
        return fmt::format("next race: {} on {} ({}in {} days)", race.name, day_name(race.date), distance, (race.date - day).count());
    }
    return "no race planned";
}


/// "open red flag: ... since Tue 5 May, not yet seen by a physio: no deep work, nothing on it; ".
std::string red_flags_text(const Context& context, local_days day) {
    std::string out;
    for (const RedFlag* flag : context.calendar.red_flags_on(day))
        out += fmt::format("open red flag: {} since {}, not yet seen by a physio: no deep work, nothing on the {}; ", flag->said,
                           day_name(flag->first), flag->area);
    return out;
}

} // namespace

void brief_therapist(Context& context) {
    for (Item& item : context.plan.items) {
        if (item.category != Category::appointment) continue;
        std::string focus = item.focus.empty() ? std::string() : fmt::format("; focus on {}", fmt::join(item.focus, ", "));
        item.tell_therapist = fmt::format("{}{}; {}; {}{}; ask for mobility drills to repeat at home", red_flags_text(context, item.date),
                                          week_text(context.plan, item.date), niggles_text(context, item.date),
                                          race_text(context.plan, item.date), focus);
    }
}

} // namespace recover::planning
