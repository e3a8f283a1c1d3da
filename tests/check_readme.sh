#!/usr/bin/env bash
# The README stays true: every "$ recover ..." example in it prints what the README shows, and
# `make run` runs the command whose expected output is tests/cli/readme-example.
# Usage: tests/check_readme.sh RECOVER_BINARY REPOSITORY
set -euo pipefail
recover_bin=$(realpath "$1")
cd "$2"
failed=0 examples=0
while IFS= read -r -d '' block; do
    # Parameter expansions, not `printf | head`: head may exit before printf has written a long
    # block, and the SIGPIPE would end this script (pipefail, errexit) once in a few thousand runs.
    command=${block%%$'\n'*}
    command=${command#\$ recover }
    expected=${block#*$'\n'}
    [ "$expected" = "$block" ] && expected=
    while [[ $expected == *$'\n' ]]; do expected=${expected%$'\n'}; done # as $(...) strips them from $actual
    actual=$(eval "\"$recover_bin\" $command" 2>&1) || true
    examples=$((examples + 1))
    if [ "$expected" != "$actual" ]; then
        echo "FAIL: README example \"recover $command\" prints:"
        diff -u --label README <(printf '%s\n' "$expected") --label actual <(printf '%s\n' "$actual") || true
        failed=1
    fi
done < <(awk '/^```/ { if (inside) { printf "%c", 0; inside = 0; next } else { getline; if ($0 ~ /^\$ recover /) { inside = 1; print } ; next } } inside { print }' README.md)
[ "$examples" -gt 0 ] || { echo "FAIL: no \$ recover example found in README.md"; failed=1; }

run_args=$(sed -n 's/^RUN_ARGS ?= //p' Makefile)
case_cmd=$(sed 's/"$ROOT\/examples\/log.csv"/examples\/log.csv/; s/^recover //' tests/cli/readme-example/cmd)
if [ "$run_args" != "$case_cmd" ]; then
    echo "FAIL: make run runs \"$run_args\" but tests/cli/readme-example runs \"$case_cmd\""
    failed=1
fi
echo "checked $examples README example(s) and the make run command"
exit $failed
