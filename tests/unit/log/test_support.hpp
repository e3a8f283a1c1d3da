#pragma once
// Shared by the log reader tests: fixture files, and the error a log fails with.

#include "recover/log/log.hpp"
#include "support/errors.hpp"
#include "support/files.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <string>
#include <string_view>

namespace recover::testing {

/// The message reading `text` as `name` fails with, as recover prints it (`file:line:col: what`),
/// after checking that it is a data error; "no error" when it reads.
inline std::string log_error(std::string_view text, std::string_view name, const LogOptions& options) {
    return error_of([&] { read_log(text, name, options); }, ExitCode::data);
}

} // namespace recover::testing
