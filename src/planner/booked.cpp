// Appointments the runner has booked: treatment rows (massage, art, physio) dated after today. The
// calendar counts them like treatments received (they reset the massage clock, count toward the
// caps and keep a second appointment from being invented next to them); here they become items,
// so that every output shows them as booked.

#include "planner/parts.hpp"

#include <fmt/format.h>

namespace recover::planning {

namespace {

Treatment treatment_of(Received received) {
    switch (received) {
    case Received::art: return Treatment::art;
    case Received::physio: return Treatment::physio;
    case Received::massage:
    case Received::none: break;
    }
    return Treatment::maintenance_massage;
}

} // namespace

void plan_booked(Context& context) {
    for (const Workout& w : workouts_dated(context.log, context.calendar.from(), context.calendar.last())) {
        if (w.kind != Kind::treatment || !w.planned || !context.calendar.touches(w.date, w.date)) continue;
        Item item;
        item.date = w.date;
        item.category = Category::appointment;
        item.treatment = treatment_of(w.received);
        item.rule = "booked";
        item.title = "Booked: " + (w.title.empty() ? std::string(to_string(w.received)) : w.title);
        if (w.minutes > 0) item.minutes = {static_cast<int>(w.minutes), static_cast<int>(w.minutes)};
        item.booked = true;
        item.reason = "booked: the log has it on this day; the plan works around it";
        item.source = to_string(w.where);
        // Counted by the calendar already, as every treatment row is: not booked a second time.
        context.plan.items.push_back(std::move(item));
    }
}

} // namespace recover::planning
