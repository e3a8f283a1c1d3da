#!/usr/bin/env bash
# Runs one end-to-end case: tests/run_cli_case.sh RECOVER_BINARY CASE_DIR
#
# A case is a folder (see tests/cli/README.md):
#   cmd           one shell line, run with `recover` on PATH, in a scratch copy of the folder
#   stdin         optional: fed to the command's standard input
#   stdout        expected standard output, byte for byte (no file: expect none)
#   stderr        expected standard error, byte for byte (no file: expect none)
#   status        expected exit status (no file: 0)
#   files/NAME    optional: the scratch folder must then hold NAME with exactly these bytes
# Every other file of the case must be left exactly as it was: recover never modifies its inputs.
# With RECOVER_UPDATE_GOLDEN=1 the expected stdout, stderr and status are rewritten from the run.
set -u
recover_bin=$(realpath "$1")
case_dir=$(realpath "$2")
root=$(cd "$(dirname "$0")/.." && pwd)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/case" "$work/bin" "$work/home" "$work/config"
cp -R "$case_dir"/. "$work/case/"
rm -rf "$work/case/stdout" "$work/case/stderr" "$work/case/status" "$work/case/files" # expectations, not inputs
ln -s "$recover_bin" "$work/bin/recover"
(cd "$work/case" && find . -type f -exec sha256sum {} + | sort) >"$work/before"

stdin=/dev/null
[ -f "$work/case/stdin" ] && stdin="$work/case/stdin"
(
    cd "$work/case" &&
        env -i PATH="$work/bin:/usr/bin:/bin" HOME="$work/home" XDG_CONFIG_HOME="$work/config" TZ=UTC LANG=C.UTF-8 LC_ALL=C.UTF-8 \
            RECOVER_TODAY=2026-07-01 \
            ROOT="$root" bash -c "$(cat cmd)" <"$stdin" >"$work/stdout" 2>"$work/stderr"
)
echo $? >"$work/status"

if [ "${RECOVER_UPDATE_GOLDEN:-}" = 1 ]; then
    for f in stdout stderr; do
        if [ -s "$work/$f" ]; then cp "$work/$f" "$case_dir/$f"; else rm -f "$case_dir/$f"; fi
    done
    if [ "$(cat "$work/status")" = 0 ]; then rm -f "$case_dir/status"; else cp "$work/status" "$case_dir/status"; fi
    echo "updated $case_dir"
    exit 0
fi

failed=0
check() { # check NAME EXPECTED_FILE ACTUAL_FILE
    if ! cmp -s "$2" "$3"; then
        echo "FAIL: $1 differs (--- expected, +++ actual)"
        diff -u --label expected --label actual "$2" "$3" | head -60
        failed=1
    fi
}
for f in stdout stderr; do
    if [ -f "$case_dir/$f" ]; then check "$f" "$case_dir/$f" "$work/$f"; else check "$f" /dev/null "$work/$f"; fi
done
if [ -f "$case_dir/status" ]; then check status "$case_dir/status" "$work/status"; else echo 0 >"$work/zero"; check status "$work/zero" "$work/status"; fi
if [ -d "$case_dir/files" ]; then
    for expected in "$case_dir"/files/*; do
        name=$(basename "$expected")
        if [ -f "$work/case/$name" ]; then check "file $name" "$expected" "$work/case/$name"; else echo "FAIL: $name was not written"; failed=1; fi
    done
fi
(cd "$work/case" && find . -type f -exec sha256sum {} + | sort) >"$work/after"
changed=$(join -v1 "$work/before" "$work/after" | awk '{print $2}')
for name in $changed; do
    [ -f "$case_dir/files/$(basename "$name")" ] && continue
    echo "FAIL: input $name was modified or removed"
    failed=1
done
exit $failed
