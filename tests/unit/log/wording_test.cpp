#include "recover/log/wording.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace recover;

namespace {
using Words = std::vector<std::string>;
}

TEST_CASE("a text's clauses end at punctuation, line breaks and brackets; empty ones are dropped") {
    CHECK(clauses_of("calf tight, no pain. Achilles sore!") ==
          std::vector<std::string_view>{"calf tight", " no pain", " Achilles sore"});
    CHECK(clauses_of("hamstring (left)\nok;;") == std::vector<std::string_view>{"hamstring ", "left", "ok"});
    CHECK(clauses_of("").empty());
}

TEST_CASE("a clause's words are lowercase; apostrophes, slashes and UTF-8 stay inside a word") {
    CHECK(words_of("Left ACHILLES isn't 5/10") == Words{"left", "achilles", "isn't", "5/10"});
    CHECK(words_of("  Wade-Giles  Zürich ") == Words{"wade", "giles", "zürich"});
    CHECK(words_of("--").empty());
}

TEST_CASE("words and phrases are found in order, from a start") {
    const Words words{"sharp", "pain", "then", "sharp", "pain"};
    CHECK(has_word(words, {"dull", "pain"}));
    CHECK_FALSE(has_word(words, {"ache"}));
    CHECK(find_words(words, Words{"sharp", "pain"}) == 0u);
    CHECK(find_words(words, Words{"sharp", "pain"}, 1) == 3u);
    CHECK(find_words(words, Words{"pain", "sharp"}, 2) == std::string::npos);
    CHECK(find_words(words, Words{}) == std::string::npos);
}

TEST_CASE("a denial before a word, or an all-clear anywhere in its clause, takes it back") {
    CHECK(denied(words_of("no sharp pain"), 1));
    CHECK(denied(words_of("not numb"), 1));
    CHECK(denied(words_of("without pain"), 1));
    CHECK(denied(words_of("calf fine"), 0));
    CHECK(denied(words_of("pain gone"), 0));
    CHECK_FALSE(denied(words_of("sharp pain"), 0));
    CHECK_FALSE(denied(words_of("sharp pain, not much"), 0)); // the denial comes after it
}

TEST_CASE("a text says a phrase when one of its clauses has it and does not take it back") {
    CHECK(says("sharp pain in the calf", "sharp pain"));
    CHECK_FALSE(says("no sharp pain", "sharp pain"));
    CHECK_FALSE(says("calf fine", "calf"));
    CHECK_FALSE(says("not numb", "numb"));
    CHECK(says("calf fine. Numb toes", "numb"));           // another clause says it
    CHECK(says("no pain today, pain again tonight", "pain")); // the second clause denies nothing
    CHECK_FALSE(says("sharp, pain", "sharp pain"));           // a phrase stays inside one clause
    CHECK(says("SHARP Pain", "sharp pain"));
}
