# Turns INPUT into a C++ source defining `std::string_view recover::SYMBOL()`.
# Bytes are written as a hex array, so no character in the file can break the literal.
file(READ "${INPUT}" hex HEX)
string(LENGTH "${hex}" hex_length)
math(EXPR size "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
string(REGEX REPLACE "(('\\\\x[0-9a-f][0-9a-f]',){16})" "\\1\n    " bytes "${bytes}")
file(WRITE "${OUTPUT}.tmp" "// Generated from ${INPUT} by cmake/embed.cmake; do not edit.
#include <string_view>

namespace recover {
namespace {
constexpr char bytes[] = {
    ${bytes}'\\0'};
}
std::string_view ${SYMBOL}() { return {bytes, ${size}}; }
} // namespace recover
")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
