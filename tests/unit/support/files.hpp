#pragma once
// The repository's files as tests read them (RECOVER_SOURCE_DIR is the source tree).

#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <string>
#include <string_view>

namespace recover::testing {

/// The bytes of `relative`, a path from the top of the repository.
inline std::string source_file(std::string_view relative) {
    std::ifstream in(std::string(RECOVER_SOURCE_DIR) + "/" + std::string(relative), std::ios::binary);
    REQUIRE_MESSAGE(in, relative);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// The bytes of tests/fixtures/`path`.
inline std::string fixture(const std::string& path) { return source_file("tests/fixtures/" + path); }

} // namespace recover::testing
