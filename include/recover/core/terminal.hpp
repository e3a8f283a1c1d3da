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
/// Line breaks and tabs become what `line_breaks` says; every other C0 control and DEL is dropped;
/// bidi controls (see `is_bidi_control`) are removed.
std::string terminal_text(std::string_view text, LineBreaks line_breaks = LineBreaks::space);

} // namespace recover

namespace recover {

/// True for the Unicode controls that reorder text on screen: U+200E, U+200F, U+202A–U+202E and
/// U+2066–U+2069. A title holding U+202E (right-to-left override) can make what follows read
/// backwards, so outputs remove them (JSON escapes them) and messages escape them.
bool is_bidi_control(char32_t code_point);

/// `text` with every bidi control (see `is_bidi_control`) removed; all else kept as it is.
std::string without_bidi_controls(std::string_view text);

/// `text` as it may be quoted in a one-line message on standard error: ESC becomes `\e`, LF `\n`,
/// CR `\r`, tab `\t`, every other C0 control and DEL `\xNN`; C1 controls (U+0080–U+009F) and bidi
/// controls become `\u009b`, `\u202e`; a byte that is not valid UTF-8 becomes `\xNN`; everything
/// else, a backslash included, is kept. Nothing it returns is a control, so applying it twice
/// changes nothing: the message printer applies it to whole messages as a last safety net.
std::string escaped(std::string_view text);

} // namespace recover
