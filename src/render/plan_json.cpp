#include "recover/render/render.hpp"

#include "recover/core/dates.hpp"
#include "recover/core/json.hpp"
#include "render/common.hpp"

#include <fmt/format.h>

namespace recover {

namespace {

std::string string_list(const std::vector<std::string>& texts) {
    std::vector<std::string> quoted;
    for (const std::string& text : texts)
        quoted.push_back(json_string(text));
    return fmt::format("[{}]", fmt::join(quoted, ", "));
}

std::string triggers_json(const std::vector<Cause>& triggers) {
    std::vector<std::string> objects;
    for (const Cause& cause : triggers)
        objects.push_back(fmt::format("{{\"type\": {}, \"date\": {}, \"label\": {}}}",
                                      json_string(cause_type(cause.what)), json_string(iso_date(cause.date)),
                                      json_string(cause.label)));
    return fmt::format("[{}]", fmt::join(objects, ", "));
}

std::string item_json(const Item& item) {
    return fmt::format(
        "{{\"date\": {}, \"category\": {}, \"treatment\": {}, \"rule\": {}, \"title\": {}, \"minutes\": [{}, {}], "
        "\"focus\": {}, \"triggers\": {}, \"reason\": {}, \"source\": {}}}",
        json_string(iso_date(item.date)), json_string(to_string(item.category)), json_string(to_string(item.treatment)),
        json_string(item.rule), json_string(item.title), item.minutes[0], item.minutes[1], string_list(item.focus),
        triggers_json(item.triggers), json_string(item.reason), json_string(item.source));
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

/// `"key": [` then one element a line, then `]`: small diffs when a plan changes.
template <class T, class F> std::string array(std::string_view key, const std::vector<T>& elements, F&& to_json) {
    std::string out = fmt::format("\"{}\": [", key);
    for (std::size_t i = 0; i < elements.size(); ++i)
        out += (i ? ",\n  " : "\n  ") + to_json(elements[i]);
    return out + (elements.empty() ? "]" : "\n]");
}

} // namespace

std::string render_plan_json(const Plan& plan) {
    return fmt::format("{{\"version\": 1, \"from\": {}, \"until\": {},\n{},\n{},\n{}}}\n",
                       json_string(iso_date(plan.from)), json_string(iso_date(plan.until)),
                       array("items", plan.items, item_json), array("notes", plan.notes, note_json),
                       array("weeks", plan_weeks(plan), week_json));
}

} // namespace recover
