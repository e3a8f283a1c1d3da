#include "recover/core/terminal.hpp"

#include <doctest/doctest.h>

using namespace recover;

TEST_CASE("a CSI sequence goes whole, parameters and final byte too, in its 7-bit and 8-bit forms") {
    CHECK(terminal_text("Evil \x1b[31mred\x1b[0m") == "Evil red");
    CHECK(terminal_text("c1 \xC2\x9B" "31m") == "c1 ");
    CHECK(terminal_text("\x1b[2J\x1b[1;1Hclear") == "clear");
    CHECK(terminal_text("\x1b[?25lhidden cursor") == "hidden cursor");
}

TEST_CASE("OSC, DCS, SOS, PM and APC strings go up to BEL or the string terminator") {
    CHECK(terminal_text("a\x1b]0;owned\x07" "b") == "ab");
    CHECK(terminal_text("a\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\") == "alink");
    CHECK(terminal_text("a\xC2\x9D" "0;title\xC2\x9C" "b") == "ab");
    CHECK(terminal_text("a\x1bPq#0;2;0;0;0\x1b\\b") == "ab");
    CHECK(terminal_text("a\xC2\x90" "dcs\x07" "b") == "ab");
    CHECK(terminal_text("a\x1bXsos\x1b\\b\x1b^pm\x1b\\c\x1b_apc\x1b\\d") == "abcd");
}

TEST_CASE("an unterminated OSC takes the rest of the text with it") {
    CHECK(terminal_text("title\x1b]0;no end in sight") == "title");
}

TEST_CASE("two-byte escapes, lone C1 controls and other control characters are dropped") {
    CHECK(terminal_text("later \x1b(B") == "later ");
    CHECK(terminal_text("\x1b" "7saved\x1b" "8") == "saved");
    CHECK(terminal_text("bell\x07 nul\x01 del\x7f") == "bell nul del");
    CHECK(terminal_text("next\xC2\x85line") == "nextline");
    CHECK(terminal_text("trailing escape\x1b") == "trailing escape");
}

TEST_CASE("line breaks and tabs become one space, or stay when asked") {
    CHECK(terminal_text("two\nlines\ttab") == "two lines tab");
    CHECK(terminal_text("moved\r\nlater") == "moved later");
    CHECK(terminal_text("\nno leading space\n\n\tand one between") == "no leading space and one between");
    CHECK(terminal_text("a space \nbefore") == "a space before");
    CHECK(terminal_text("one\r\ntwo\tthree\x1b[1m\x01", LineBreaks::keep) == "one\r\ntwo\tthree");
}

TEST_CASE("UTF-8 text passes unchanged") {
    CHECK(terminal_text("Zürich 🏃 ®") == "Zürich 🏃 ®");
}

TEST_CASE("bidi controls are removed from terminal text") {
    CHECK(terminal_text("abc\u202Eevil\u202C ok") == "abcevil ok");
    CHECK(terminal_text("\u2066x\u2069\u200E\u200F") == "x");
    CHECK(without_bidi_controls("a\u202Ab\u202Bc\u202Dd\u2067e\u2068f") == "abcdef");
    CHECK(without_bidi_controls("em\u2014dash \u2065 \u2070") == "em\u2014dash \u2065 \u2070"); // neighbours stay
}

TEST_CASE("escaped: controls, line breaks and bidi controls become visible escapes") {
    CHECK(escaped("plain text, café") == "plain text, café");
    CHECK(escaped("\x1b]52;c;aGk=\x07") == "\\e]52;c;aGk=\\x07");
    CHECK(escaped("a\nrecover: b\r\tc") == "a\\nrecover: b\\r\\tc");
    CHECK(escaped(std::string_view("nul\0del\x7f", 8)) == "nul\\x00del\\x7f");
    CHECK(escaped("c1 \xC2\x9B" "31m") == "c1 \\u009b31m");
    CHECK(escaped("abc\u202Eevil \u2066\u200E") == "abc\\u202eevil \\u2066\\u200e");
    CHECK(escaped("bad \xff\xc3 utf8") == "bad \\xff\\xc3 utf8");
    CHECK(escaped("back\\slash") == "back\\slash");
}

TEST_CASE("escaped twice is escaped once: the message printer may apply it again") {
    for (std::string_view text : {"\x1b[31m\n\xC2\x85\u202E\xfe", "a\\e b", "ok"})
        CHECK(escaped(escaped(text)) == escaped(text));
}
