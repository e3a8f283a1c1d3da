#include "recover/render/render.hpp"

#include "recover/core/dates.hpp"
#include "recover/core/json.hpp"
#include "render/common.hpp"

#include <fmt/format.h>

namespace recover {

namespace {

std::string cause_json(const Cause& cause) {
    return fmt::format("{{\"type\": {}, \"date\": {}, \"label\": {}}}", json_string(cause_type(cause.what)),
                       json_string(iso_date(cause.date)), json_string(cause.label));
}

std::string item_json(const Item& item) {
    return fmt::format(
        "{{\"date\": {}, \"until\": {}, \"category\": {}, \"treatment\": {}, \"rule\": {}, \"title\": {}, \"minutes\": [{}, {}], "
        "\"focus\": {}, \"triggers\": {}, \"reason\": {}, \"advice\": {}, \"tell_therapist\": {}, \"booked\": {}, \"source\": {}}}",
        json_string(iso_date(item.date)), json_string(iso_date(item.last_day())), json_string(to_string(item.category)),
        json_string(to_string(item.treatment)), json_string(item.rule), json_string(item.title), item.minutes[0], item.minutes[1],
        json_array(item.focus, json_string), json_array(item.triggers, cause_json), json_string(item.reason),
        json_string(item.advice), json_string(item.tell_therapist), item.booked ? "true" : "false", json_string(item.source));
}

std::string note_json(const Note& note) {
    return fmt::format("{{\"date\": {}, \"rule\": {}, \"text\": {}}}", json_string(iso_date(note.date)),
                       json_string(note.rule), json_string(note.text));
}

std::string week_json(const WeekLoad* week) {
    return fmt::format("{{\"week\": {}, \"start\": {}, \"load\": {}, \"acwr\": {}, \"status\": {}}}",
                       json_string(iso_week_label(week->monday)), json_string(iso_date(week->monday)),
                       json_number(week->load), json_number(week->acwr), json_string(to_string(week->status)));
}

} // namespace

std::string render_plan_json(const Plan& plan) {
    constexpr auto one_per_line = ArrayLayout::one_per_line;
    return fmt::format("{{\"version\": 2, \"from\": {}, \"until\": {},\n\"items\": {},\n\"notes\": {},\n\"weeks\": {}}}\n",
                       json_string(iso_date(plan.from)), json_string(iso_date(plan.until)),
                       json_array(plan.items, item_json, one_per_line), json_array(plan.notes, note_json, one_per_line),
                       json_array(plan.load.weeks_between(plan.from, plan.until), week_json, one_per_line));
}

} // namespace recover
