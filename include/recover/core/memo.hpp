#pragma once
/// What a pure function made of a text, remembered for texts that come again: a log repeats a few
/// titles ("Easy run", "Morning Run"), notes and niggle phrases thousands of times.

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace recover {

/// Remembers up to `limit` texts: past that it forgets them all and starts again, so that a log
/// of ever new texts costs one look-up more per text and never grows it without end. One per
/// thread (declare it `thread_local`): it is not safe to share.
template <class Value>
class TextMemo {
public:
    explicit TextMemo(std::size_t limit = 4096) : limit_(limit) {}

    /// `make(text)`, made once per text.
    template <class Make>
    const Value& operator()(std::string_view text, Make&& make) {
        if (auto at = known_.find(text); at != known_.end()) return at->second;
        if (known_.size() >= limit_) known_.clear();
        return known_.emplace(std::string(text), make(text)).first->second;
    }

private:
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
    };
    std::unordered_map<std::string, Value, Hash, std::equal_to<>> known_;
    std::size_t limit_;
};

} // namespace recover
