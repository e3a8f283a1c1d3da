#pragma once
/// Text from a log or a rules file made safe to show: a title must not be able to move the
/// cursor, retitle the window, set a link or change colours in the terminal that shows it.

#include <string>
#include <string_view>

namespace recover {

/// What becomes of line breaks (CR, LF) and tabs.
enum class LineBreaks {
    space, ///< each run of them becomes one space (none at the start): the text fits on one line
    keep,  ///< kept as they are, for a format that escapes them itself (an ICS TEXT value)
};

/// `text` as it may reach a terminal. Every escape sequence is removed whole, its parameters and
/// terminator too, in its 7-bit form (ESC then a byte) or its 8-bit C1 form (U+0080–U+009F,
/// two bytes in UTF-8):
///   - CSI, `ESC [` or U+009B: parameters and intermediates (0x20–0x3F), then one final byte
///     (0x40–0x7E);
///   - OSC, DCS, SOS, PM and APC, `ESC ]`, `ESC P`, `ESC X`, `ESC ^`, `ESC _` or U+009D, U+0090,
///     U+0098, U+009E, U+009F: everything up to BEL or the string terminator (`ESC \` or U+009C),
///     or to the end of the text when it has none;
///   - any other `ESC`: intermediates (0x20–0x2F), then one final byte (0x30–0x7E); any other C1
///     control alone.
/// Line breaks and tabs become what `line_breaks` says; every other C0 control and DEL is dropped.
std::string terminal_text(std::string_view text, LineBreaks line_breaks = LineBreaks::space);

} // namespace recover
