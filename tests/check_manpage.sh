#!/usr/bin/env bash
# The man pages render without warnings, recover(1) documents every option --help lists, and each
# page has the sections a reader looks for, in the usual order.
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
# sections PAGE SECTION...: PAGE has each .SH SECTION, in this order (other sections may come between).
sections() {
    local page=$1 previous=0 line
    shift
    for section in "$@"; do
        line=$(grep -n -x -F ".SH $section" "$page" | head -n 1 | cut -d: -f1 || true)
        line=${line:-$(grep -n -x -F ".SH \"$section\"" "$page" | head -n 1 | cut -d: -f1 || true)}
        if [ -z "$line" ]; then
            echo "FAIL: $(basename "$page") has no section $section"
            failed=1
        elif [ "$line" -lt "$previous" ]; then
            echo "FAIL: $(basename "$page"): section $section comes too early"
            failed=1
        else
            previous=$line
        fi
    done
}
sections "$man_dir/recover.1" NAME SYNOPSIS DESCRIPTION COMMANDS OPTIONS "EXIT STATUS" ENVIRONMENT FILES EXAMPLES "SEE ALSO"
sections "$man_dir/recover-rules.5" NAME SYNOPSIS DESCRIPTION "FILE FORMAT" SETTINGS RULES TRIGGERS "HOW RULES ARE EVALUATED" \
    "THE BUILT-IN RULES" DIAGNOSTICS ENVIRONMENT FILES EXAMPLES "SEE ALSO"
exit $failed
