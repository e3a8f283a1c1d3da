#include "recover/log/wording.hpp"

#include "recover/core/text.hpp"

#include <algorithm>
#include <limits>
#include <cctype>

namespace recover {

namespace {

/// Words that deny what follows them in a clause.
const std::vector<std::string_view> denial_words{"no", "not", "without", "never"};
/// Words that say a clause's complaint is over, wherever they stand in it.
const std::vector<std::string_view> all_clear_words{"fine", "ok", "okay", "better", "gone", "recovered", "healed"};

/// Words that say a complaint is getting better.
const std::vector<std::string_view> improving_words{"better", "improving", "improved", "easing", "eased", "easier", "settling", "settled"};

} // namespace

std::vector<std::string_view> clauses_of(std::string_view text) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i == text.size() || std::string_view(".,;!?\n\r(){}[]").find(text[i]) != std::string_view::npos) {
            if (i > start) out.push_back(text.substr(start, i - start));
            start = i + 1;
        }
    }
    return out;
}

namespace {

/// A byte that belongs to a word: a letter, digit, apostrophe or '/', or any byte past ASCII.
bool word_byte(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '\'' || c == '/' || c >= 0x80;
}

} // namespace

WordSet::WordSet(const std::vector<std::string_view>& words) {
    for (std::string_view w : words) {
        if (w.empty()) continue;
        by_first_[static_cast<unsigned char>(w.front())].push_back(w);
        longest_ = std::max(longest_, w.size());
    }
}

bool WordSet::contains(std::string_view word) const {
    if (word.empty() || word.size() > longest_) return false;
    for (std::string_view w : by_first_[static_cast<unsigned char>(word.front())])
        if (w == word) return true;
    return false;
}

namespace {

/// True when `is_wanted` holds for some word of `text`, lowercased; words longer than `longest`
/// are never wanted. No allocation: a word is built in a small buffer.
template <class IsWanted>
bool any_word(std::string_view text, std::size_t longest, IsWanted is_wanted) {
    char word[64];
    const std::size_t room = std::min(longest, sizeof word);
    std::size_t size = 0;
    bool too_long = false;
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (word_byte(u)) {
            if (size < room)
                word[size++] = lowercase(c);
            else
                too_long = true;
            continue;
        }
        if (size > 0 && !too_long && is_wanted(std::string_view(word, size))) return true;
        size = 0;
        too_long = false;
    }
    return size > 0 && !too_long && is_wanted(std::string_view(word, size));
}

} // namespace

bool mentions_any(std::string_view text, const WordSet& wanted) {
    return any_word(text, wanted.longest(), [&](std::string_view word) { return wanted.contains(word); });
}

std::vector<std::string> words_of(std::string_view clause) {
    std::vector<std::string> out;
    std::string word;
    for (char c : clause) {
        auto u = static_cast<unsigned char>(c);
        if (word_byte(u)) {
            word += lowercase(c);
        } else if (!word.empty()) {
            out.push_back(std::move(word));
            word.clear();
        }
    }
    if (!word.empty()) out.push_back(std::move(word));
    return out;
}

bool has_word(const std::vector<std::string>& words, const std::vector<std::string_view>& wanted) {
    return std::any_of(words.begin(), words.end(),
                       [&](const std::string& w) { return std::find(wanted.begin(), wanted.end(), w) != wanted.end(); });
}

std::size_t find_words(const std::vector<std::string>& words, const std::vector<std::string>& phrase, std::size_t from) {
    if (phrase.empty()) return std::string::npos;
    for (std::size_t at = from; at + phrase.size() <= words.size(); ++at)
        if (std::equal(phrase.begin(), phrase.end(), words.begin() + static_cast<std::ptrdiff_t>(at))) return at;
    return std::string::npos;
}

bool denied(const std::vector<std::string>& words, std::size_t at) {
    std::vector<std::string> before(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(std::min(at, words.size())));
    return has_word(before, denial_words) || has_word(words, all_clear_words);
}

bool says_improving(std::string_view text) {
    static const WordSet improving(improving_words);
    if (!mentions_any(text, improving)) return false;
    for (std::string_view clause : clauses_of(text)) {
        const std::vector<std::string> words = words_of(clause);
        for (std::size_t at = 0; at < words.size(); ++at) {
            if (std::find(improving_words.begin(), improving_words.end(), words[at]) == improving_words.end()) continue;
            std::vector<std::string> before(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(at));
            if (!has_word(before, denial_words)) return true;
        }
    }
    return false;
}

bool says(std::string_view text, std::string_view phrase) {
    // Most texts do not have the phrase's first word at all: that is quick to see.
    std::string first;
    any_word(phrase, std::numeric_limits<std::size_t>::max(), [&](std::string_view word) {
        first = word;
        return true;
    });
    if (first.empty() || !any_word(text, first.size(), [&](std::string_view word) { return word == first; })) return false;
    const std::vector<std::string> wanted = words_of(phrase);
    for (std::string_view clause : clauses_of(text)) {
        const std::vector<std::string> words = words_of(clause);
        for (std::size_t at = find_words(words, wanted); at != std::string::npos; at = find_words(words, wanted, at + 1))
            if (!denied(words, at)) return true;
    }
    return false;
}

} // namespace recover
