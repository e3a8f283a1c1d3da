#pragma once
/// A walk through a text one byte at a time that knows its physical line and character column, for
/// readers whose errors name their place (the CSV reader, the TOML guard).

#include <cstddef>
#include <string_view>

namespace recover {

/// Lines and columns count from 1; a UTF-8 continuation byte belongs to the character before it.
class TextCursor {
public:
    /// `lone_cr_breaks_line`: a CR not followed by LF ends a line (CSV), or is a character (TOML,
    /// whose parser counts lines at LF).
    explicit TextCursor(std::string_view text, bool lone_cr_breaks_line = true)
        : text_(text), lone_cr_breaks_line_(lone_cr_breaks_line) {}

    bool done() const { return at_ >= text_.size(); }
    std::string_view text() const { return text_; }
    char peek(std::size_t ahead = 0) const { return at_ + ahead < text_.size() ? text_[at_ + ahead] : '\0'; }
    bool next_is(std::string_view s) const { return text_.substr(at_).starts_with(s); }
    std::size_t offset() const { return at_; }
    int line() const { return line_; }
    int column() const { return column_; }

    char take() {
        const char c = text_[at_++];
        const bool crlf = c == '\r' && peek() == '\n';
        if (c == '\n' || (c == '\r' && !crlf && lone_cr_breaks_line_)) {
            ++line_;
            column_ = 1;
        } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80 && !(crlf && lone_cr_breaks_line_)) {
            ++column_;
        }
        return c;
    }
    void take(std::size_t n) {
        for (std::size_t i = 0; i < n && !done(); ++i) take();
    }

private:
    std::string_view text_;
    bool lone_cr_breaks_line_;
    std::size_t at_ = 0;
    int line_ = 1;
    int column_ = 1;
};

} // namespace recover
