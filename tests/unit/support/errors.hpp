#pragma once
// The error a piece of code fails with, for tests that assert the exact message.

#include "recover/core/diagnostics.hpp"

#include <doctest/doctest.h>

#include <string>

namespace recover::testing {

/// The message `run` fails with, as recover prints it after "recover: ", once its exit code is
/// checked to be `code`; "no error" when it does not fail.
template <class Run> std::string error_of(Run&& run, ExitCode code) {
    try {
        run();
    } catch (const Error& e) {
        CHECK(e.code() == code);
        return e.message();
    }
    return "no error";
}

} // namespace recover::testing
