#!/usr/bin/env bash
# The man pages render without warnings, and recover(1) documents every option --help lists.
# Usage: tests/check_manpage.sh RECOVER_BINARY MAN_DIR
set -euo pipefail
recover_bin=$1
man_dir=$2
failed=0
for page in "$man_dir"/*.[0-9]; do
    warnings=$(LC_ALL=C.UTF-8 groff -man -Tutf8 -ww -z "$page" 2>&1 || true)
    if [ -n "$warnings" ]; then echo "FAIL: $page: $warnings"; failed=1; fi
done
for command in "" plan workouts load rules; do
    for option in $("$recover_bin" $command --help | grep -oE -- '--[a-z][a-z-]*' | sort -u); do
        escaped=$(printf '%s' "$option" | sed 's/-/\\\\-/g')
        if ! grep -q -- "$escaped" "$man_dir/recover.1"; then
            echo "FAIL: recover.1 does not document $option"
            failed=1
        fi
    done
done
exit $failed
