#pragma once
/// What a pure function made of a text, remembered for texts that come again: a log repeats a few
/// titles ("Easy run", "Morning Run"), notes and niggle phrases thousands of times.

#include <cstddef>
#include <cstdint>
#include <cstring>
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
    /// Eight bytes at a time, each mixed in with a multiply: the texts are short titles and phrases,
    /// and std::hash's byte-wise MurmurHash was a tenth of the work of reading a long log.
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const {
            auto mix = [](std::uint64_t h, std::uint64_t word) {
                h = (h ^ word) * 0xFF51AFD7ED558CCDULL;
                return h ^ (h >> 32);
            };
            std::uint64_t h = 0x9E3779B97F4A7C15ULL ^ text.size();
            const char* p = text.data();
            std::size_t left = text.size();
            for (; left >= 8; p += 8, left -= 8) h = mix(h, load(p));
            if (left > 0) {
                std::uint64_t word = 0;
                for (std::size_t i = 0; i < left; ++i) word |= std::uint64_t{static_cast<unsigned char>(p[i])} << (8 * i);
                h = mix(h, word);
            }
            return static_cast<std::size_t>(h);
        }
        static std::uint64_t load(const char* p) {
            std::uint64_t word;
            std::memcpy(&word, p, sizeof word);
            return word;
        }
    };
    std::unordered_map<std::string, Value, Hash, std::equal_to<>> known_;
    std::size_t limit_;
};

} // namespace recover
