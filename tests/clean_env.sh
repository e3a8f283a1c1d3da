#!/usr/bin/env bash
# Runs a test command in the one environment every test gets, whatever the machine and its user:
# no inherited variables, an empty HOME and XDG_CONFIG_HOME (so no user rules), UTC, a UTF-8
# locale, and "today" pinned by RECOVER_TODAY. Usage: tests/clean_env.sh COMMAND [ARG...]
# A test that needs a zone, a date or a rules file sets it itself, on its own command line.
set -eu
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/home" "$scratch/config"
env -i PATH="${RECOVER_TEST_PATH:-/usr/bin:/bin}" HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/config" \
    TZ=UTC LANG=C.UTF-8 LC_ALL=C.UTF-8 RECOVER_TODAY=2026-07-01 \
    ${ASAN_OPTIONS:+ASAN_OPTIONS="$ASAN_OPTIONS"} ${UBSAN_OPTIONS:+UBSAN_OPTIONS="$UBSAN_OPTIONS"} \
    ${RECOVER_UPDATE_GOLDEN:+RECOVER_UPDATE_GOLDEN="$RECOVER_UPDATE_GOLDEN"} "$@"
