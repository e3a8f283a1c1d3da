#pragma once
/// How recover reads a runner's free text (titles, notes, niggle reports): clauses, words, and
/// the one negation reader that the niggle reader and the planner's red-flag check share.

#include <string>
#include <string_view>
#include <vector>

namespace recover {

/// The clauses of a free text, cut at . , ; ! ? line breaks and brackets; empty ones dropped.
std::vector<std::string_view> clauses_of(std::string_view text);

/// A clause's words, lowercase, split at anything that is not a letter, digit, apostrophe or '/'
/// (bytes past ASCII count as letters).
std::vector<std::string> words_of(std::string_view clause);

/// A set of lowercase words to look a text's words up in, quickly: by first letter, then length.
class WordSet {
public:
    explicit WordSet(const std::vector<std::string_view>& words);
    bool contains(std::string_view lowercase_word) const;
    std::size_t longest() const { return longest_; }

private:
    std::vector<std::string_view> by_first_[256];
    std::size_t longest_ = 0;
};

/// True when some word of `text` (as `words_of` cuts and lowercases them) is in `wanted`. Quick and
/// without allocation: the readers ask it of every title and note before reading one closely.
bool mentions_any(std::string_view text, const WordSet& wanted);

/// True when one of `words` is in `wanted`.
bool has_word(const std::vector<std::string>& words, const std::vector<std::string_view>& wanted);

/// Where the word sequence `phrase` starts in `words`, from `from` on, or npos.
std::size_t find_words(const std::vector<std::string>& words, const std::vector<std::string>& phrase, std::size_t from = 0);

/// True when the clause takes back what its word at `at` says: a denial before it ("no sharp
/// pain", "not numb", "without pain") or an all-clear anywhere in it ("calf fine", "pain gone",
/// "better today").
bool denied(const std::vector<std::string>& words, std::size_t at);

/// True when some clause of `text` says something is getting better ("much better today", "easing
/// off") and does not deny it ("no better").
bool says_improving(std::string_view text);

/// True when some clause of `text` says the words of `phrase` and does not deny them.
bool says(std::string_view text, std::string_view phrase);

} // namespace recover
