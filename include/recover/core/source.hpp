#pragma once
/// Where a reader's bytes come from, a block at a time: a file read as it is parsed (cli/io), or
/// text already in memory. Readers stream from it, so an input is never held whole.

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <string_view>

namespace recover {

/// A sequence of bytes read in blocks.
class TextSource {
public:
    virtual ~TextSource() = default;
    /// Copies up to `size` further bytes into `into` and returns how many; 0 only at the end.
    /// Throws `Error` when the input cannot be read or is larger than it may be.
    virtual std::size_t read(char* into, std::size_t size) = 0;
};

/// Text in memory as a source; the text must outlive it.
class TextInMemory final : public TextSource {
public:
    explicit TextInMemory(std::string_view text) : rest_(text) {}
    std::size_t read(char* into, std::size_t size) override {
        const std::size_t n = std::min(size, rest_.size());
        if (n > 0) std::memcpy(into, rest_.data(), n);
        rest_.remove_prefix(n);
        return n;
    }

private:
    std::string_view rest_;
};

} // namespace recover
