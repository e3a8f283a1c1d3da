#!/usr/bin/env bash
# Every doctest case must be one CTest can run: doctest_discover_tests passes each name to
# --test-case, where a name with a byte past ASCII matches nothing, and the test "passes" having run
# no case at all. Usage: tests/check_unit_names.sh RECOVER_TESTS_BINARY
set -euo pipefail
bad=$("$1" --list-test-cases --no-version | LC_ALL=C grep -P '[^\x00-\x7F]' || true)
if [ -n "$bad" ]; then
    echo "FAIL: these test cases have names CTest cannot select (use ASCII):"
    echo "$bad"
    exit 1
fi
echo "every test case name is ASCII: CTest runs each one"
