#include "recover/log/niggles.hpp"

#include "recover/core/memo.hpp"
#include "recover/core/order.hpp"
#include "recover/core/text.hpp"
#include "recover/log/wording.hpp"

#include <algorithm>
#include <limits>
#include <map>
#include <set>
#include <unordered_map>
#include <tuple>

namespace recover {

namespace {

/// Body areas and the words that name them, most specific first ("it band" before "knee").
struct AreaWords {
    std::string_view area;
    std::vector<std::string_view> words;
};

const std::vector<AreaWords> area_words{
    {"plantar fascia", {"plantar", "heel", "arch"}},
    {"IT band", {"it band", "it-band", "itb", "iliotibial", "outer knee", "outside of the knee"}},
    {"achilles", {"achilles", "achilles'"}},
    {"calf", {"calf", "calves", "soleus", "gastroc"}},
    {"hamstring", {"hamstring", "hamstrings", "hammy", "hammies"}},
    {"low back", {"low back", "lower back", "lumbar", "back"}},
    {"hip flexor", {"hip flexor", "hip flexors", "psoas"}},
    {"glute", {"glute", "glutes", "piriformis", "buttock"}},
    {"knee", {"knee", "knees", "kneecap", "patella", "patellar"}},
    {"shin", {"shin", "shins", "tibia"}},
    {"quad", {"quad", "quads", "quadriceps", "thigh"}},
    {"hip", {"hip", "hips"}},
    {"ankle", {"ankle", "ankles"}},
    {"foot", {"foot", "feet", "toe", "toes", "metatarsal"}},
    {"groin", {"groin", "adductor", "adductors"}},
};

/// Words that make a clause naming a body area a complaint.
const std::vector<std::string_view> complaint_words{
    "sore",    "soreness", "tight",   "tightness", "niggle",  "niggly",  "niggling", "pain",   "painful", "ache",
    "aches",   "aching",   "achy",    "cramp",     "cramps",  "cramped", "cramping", "twinge", "twingey", "hurt",
    "hurts",   "hurting",  "stiff",   "stiffness", "tender",  "sharp",   "numb",     "numbness", "swollen", "swelling",
    "strain",  "strained", "pulled",  "tweaked",   "inflamed", "injury", "injured",  "grumbling", "grumpy", "throbbing"};

/// Where the word sequence `wanted` starts in `words` among the words not yet `used`, or npos.
std::size_t find_phrase(const std::vector<std::string>& words, const std::vector<std::string>& wanted, const std::vector<bool>& used) {
    for (std::size_t at = 0; !wanted.empty() && at + wanted.size() <= words.size(); ++at) {
        bool match = true;
        for (std::size_t i = 0; i < wanted.size() && match; ++i) match = !used[at + i] && words[at + i] == wanted[i];
        if (match) return at;
    }
    return std::string::npos;
}

/// `area_words` with each phrase split into words once: the look-up runs on every title and note.
struct AreaPhrases {
    std::string_view area;
    std::vector<std::vector<std::string>> phrases;
};
const std::vector<AreaPhrases>& area_phrases() {
    static const std::vector<AreaPhrases> table = [] {
        std::vector<AreaPhrases> out;
        for (const AreaWords& a : area_words) {
            out.push_back(AreaPhrases{a.area, {}});
            for (std::string_view phrase : a.words) out.back().phrases.push_back(words_of(phrase));
        }
        return out;
    }();
    return table;
}

/// "3/10" as 3.
std::optional<int> severity_in(const std::vector<std::string>& words) {
    for (const std::string& w : words) {
        auto slash = w.find('/');
        if (slash == std::string::npos || w.substr(slash + 1) != "10") continue;
        if (auto n = parse_number(w.substr(0, slash)); n && *n >= 0 && *n <= 10) return static_cast<int>(*n);
    }
    return std::nullopt;
}

/// Every body area the words name, in the order they name them. The most specific phrase wins:
/// the words of "outer knee" are the IT band's and do not name the knee as well.
std::vector<std::string_view> areas_in(const std::vector<std::string>& words) {
    std::vector<bool> used(words.size(), false);
    std::vector<std::pair<std::size_t, std::string_view>> found;
    for (const AreaPhrases& a : area_phrases()) {
        for (const std::vector<std::string>& phrase : a.phrases) {
            std::size_t at = find_phrase(words, phrase, used);
            if (at == std::string::npos) continue;
            std::fill_n(used.begin() + static_cast<std::ptrdiff_t>(at), phrase.size(), true);
            found.emplace_back(at, a.area);
            break;
        }
    }
    std::sort(found.begin(), found.end());
    std::vector<std::string_view> out;
    out.reserve(found.size());
    for (const auto& f : found) out.push_back(f.second);
    return out;
}

} // namespace

const std::vector<std::string_view>& body_areas() {
    static const std::vector<std::string_view> areas = [] {
        std::vector<std::string_view> out;
        out.reserve(area_words.size());
        for (const AreaWords& a : area_words) out.push_back(a.area);
        return out;
    }();
    return areas;
}

std::string_view body_area(std::string_view phrase) {
    // Asked of every niggle report and treatment, which repeat a few phrases.
    thread_local TextMemo<std::string_view> areas;
    return areas(phrase, [](std::string_view text) {
        std::vector<std::string_view> found = areas_in(words_of(text));
        return found.empty() ? std::string_view() : found.front();
    });
}

std::vector<Niggle> niggles_in_text(std::string_view text) {
    std::vector<Niggle> out;
    static const WordSet complaints(complaint_words);
    if (!mentions_any(text, complaints)) return out; // every complaint has one of these words
    for (std::string_view clause : clauses_of(text)) {
        std::vector<std::string> words = words_of(clause);
        if (!has_word(words, complaint_words) || denied(words, words.size())) continue;
        for (std::string_view area : areas_in(words)) {
            bool known = std::any_of(out.begin(), out.end(), [&](const Niggle& n) { return n.area == area; });
            if (!known) out.push_back(Niggle{std::string(area), severity_in(words), std::string(trim(clause))});
        }
    }
    return out;
}

namespace {

/// What one title or note says of niggles.
struct TextSense {
    bool improving = false;
    std::vector<Niggle> niggles;
};

const TextSense& read_text(std::string_view text) {
    static const TextSense nothing;
    if (text.empty()) return nothing;
    // Titles and notes repeat ("Easy run", "Felt good"): each is read once.
    thread_local TextMemo<TextSense> texts;
    return texts(text, [](std::string_view t) { return TextSense{says_improving(t), niggles_in_text(t)}; });
}

} // namespace

TextReading TextNiggles::sense(const Workout& w) {
    TextReading out;
    if (w.received != Received::none) return out; // a therapist's findings, not a complaint
    // Each text's sense is taken before the next is read: the memo may forget it then.
    for (std::string_view text : {std::string_view(w.title), std::string_view(w.notes)}) {
        const TextSense& sense = read_text(text);
        out.improving = out.improving || sense.improving;
        out.niggles.insert(out.niggles.end(), sense.niggles.begin(), sense.niggles.end());
    }
    return out;
}

void TextNiggles::add(const Location& where, date::local_days date, std::optional<std::chrono::minutes> start, std::size_t order,
                      std::string_view name, TextReading reading) {
    for (Niggle& n : reading.niggles) {
        Location place = where;
        if (place.file.empty()) place.file = name;
        found_.push_back(Found{date, start, order, NiggleReport{std::move(place), date, std::move(n)}});
    }
    if (reading.improving) improving_days_.push_back(date);
}

void TextNiggles::add_to(std::vector<NiggleReport>& reports) {
    // In the order of the workouts by day and time, as the log is read once sorted.
    stable_sort_unsorted(found_, [](const Found& a, const Found& b) {
        return std::tie(a.date, a.start, a.order) < std::tie(b.date, b.start, b.order);
    });
    // A text names a body area ("achilles"); the column's report of that day may name it so, or in
    // words whose body area it is ("left achilles"). The first report of each day by each name,
    // looked up instead of searched for: a day may hold thousands of reports. Only the days a
    // text names a niggle on are indexed (most logs' notes name none).
    std::vector<date::local_days> text_days;
    text_days.reserve(found_.size());
    for (const Found& f : found_)
        if (text_days.empty() || text_days.back() != f.date) text_days.push_back(f.date); // found_ is sorted
    reports.reserve(reports.size() + found_.size()); // the names below view the reports: none may move
    std::map<std::pair<date::local_days, std::string_view>, std::size_t> column_first;
    for (std::size_t i = 0; i < reports.size() && !text_days.empty(); ++i) {
        if (!std::binary_search(text_days.begin(), text_days.end(), reports[i].date)) continue;
        const std::string& words = reports[i].niggle.area;
        column_first.try_emplace({reports[i].date, words}, i); // the first report of the day keeps the name
        if (const std::string_view area = body_area(words); !area.empty() && area != words) column_first.try_emplace({reports[i].date, area}, i);
    }
    std::set<std::pair<date::local_days, std::string>> added; // the areas added for each day
    for (Found& f : found_) {
        const Niggle& n = f.report.niggle;
        // Said twice (the niggle column and the notes): one report, with both wordings.
        if (auto column = column_first.find({f.date, n.area}); column != column_first.end()) {
            NiggleReport& reported = reports[column->second];
            reported.niggle.said += "; " + n.said;
            if (!reported.niggle.severity) reported.niggle.severity = n.severity;
            continue;
        }
        if (!added.emplace(f.date, n.area).second) continue; // said on that day already
        reports.push_back(std::move(f.report));
    }
    stable_sort_unsorted(reports, [](const NiggleReport& a, const NiggleReport& b) { return a.date < b.date; });
    // "achilles:1" in the niggle column and "much better today" in the notes: an improving report.
    std::sort(improving_days_.begin(), improving_days_.end());
    for (NiggleReport& report : reports)
        if (std::binary_search(improving_days_.begin(), improving_days_.end(), report.date)) report.improving = true;
    found_.clear();
    improving_days_.clear();
}

void add_niggles_from_text(TrainingLog& log) {
    TextNiggles text;
    for (std::size_t i = 0; i < log.workouts.size(); ++i) text.read(log.workouts[i], i);
    text.add_to(log.niggles);
}

std::vector<NiggleEpisode> track_niggles(const std::vector<NiggleReport>& reports, int gap_days) {
    std::vector<NiggleEpisode> episodes;
    std::vector<const NiggleReport*> sorted;
    sorted.reserve(reports.size());
    for (const NiggleReport& r : reports) sorted.push_back(&r);
    stable_sort_unsorted(sorted, [](const NiggleReport* a, const NiggleReport* b) { return a->date < b->date; });
    // The areas met so far, each with its latest episode. A report's words lead to their area
    // once per wording (a log repeats a few: "calf", "left achilles"), not through body_area
    // and a search of the areas for every report.
    constexpr std::size_t none = std::numeric_limits<std::size_t>::max();
    struct Area {
        std::string name;          ///< the body area, or the words when they name none
        std::size_t latest = none; ///< index of its latest episode
    };
    std::vector<Area> areas;
    std::map<std::string, std::size_t, std::less<>> area_named;    // an area's name → its index in areas
    std::unordered_map<std::string_view, std::size_t> area_of_words; // a report's words (in `reports`) → the same
    for (const NiggleReport* r : sorted) {
        auto [known, added] = area_of_words.try_emplace(r->niggle.area, 0);
        if (added) {
            const std::string_view body = body_area(r->niggle.area);
            const std::string_view name = body.empty() ? std::string_view(r->niggle.area) : body;
            auto named = area_named.find(name);
            if (named == area_named.end()) {
                named = area_named.emplace(std::string(name), areas.size()).first;
                areas.push_back(Area{std::string(name)});
            }
            known->second = named->second;
        }
        Area& area = areas[known->second];
        if (area.latest != none && (r->date - episodes[area.latest].last()).count() <= gap_days) {
            episodes[area.latest].reports.push_back(r);
            continue;
        }
        area.latest = episodes.size();
        episodes.push_back(NiggleEpisode{area.name, r->niggle.area, {r}});
    }
    // Started in the order of their first reports' days: only episodes that start on one day are
    // put in the order of their areas.
    for (auto day = episodes.begin(); day != episodes.end();) {
        auto next = std::find_if(day, episodes.end(), [&](const NiggleEpisode& e) { return e.first() != day->first(); });
        stable_sort_unsorted(day, next, [](const NiggleEpisode& a, const NiggleEpisode& b) { return a.area < b.area; });
        day = next;
    }
    return episodes;
}

bool area_matches(std::string_view area, const std::vector<std::string>& areas) {
    if (areas.empty()) return true;
    const std::string_view canonical = body_area(area);
    for (const std::string& wanted : areas) {
        if (iequals(wanted, area)) return true;
        const std::string_view wanted_area = body_area(wanted);
        if (!canonical.empty() && iequals(wanted_area.empty() ? wanted : wanted_area, canonical)) return true;
    }
    return false;
}

} // namespace recover
