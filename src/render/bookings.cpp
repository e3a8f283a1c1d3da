// recover plan --book: the rows that record what the plan proposes as booked, for the runner's
// treatments.csv, so that the next run plans around them ("plan, book, re-plan").

#include "recover/render/render.hpp"

#include "recover/core/dates.hpp"
#include "recover/log/csv.hpp"

#include <fmt/format.h>

namespace recover {

namespace {

/// The native log's type for a treatment, or empty for one that is not booked with a therapist.
std::string_view booking_type(Treatment treatment) {
    if (is_massage(treatment)) return "massage";
    if (treatment == Treatment::art) return "art";
    return "";
}

} // namespace

std::string render_bookings(const Plan& plan) {
    std::string out;
    for (const Item& item : plan.items) {
        std::string_view type = booking_type(item.treatment);
        if (item.category != Category::appointment || item.booked || type.empty()) continue;
        out += fmt::format("{},{},{}\n", iso_date(item.date), type, csv_field(item.title, true));
    }
    return out;
}

} // namespace recover
