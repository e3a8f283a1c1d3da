#!/usr/bin/env bash
# `cmake --install` gives a working recover: it installs into a temporary prefix exactly the files a
# user needs (the program, both man pages, the rule files, the examples, the bash, zsh and fish
# completions; nothing of the test suite), the installed program plans the installed examples as
# the suite expects, man reads both installed pages without a warning and finds them by name, and
# each shell finds its completion where it was put.
# Usage: tests/check_install.sh CMAKE BUILD_DIR SOURCE_DIR
set -uo pipefail
cmake=$1
build=$(realpath "$2")
source=$(realpath "$3")
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
prefix=$scratch/prefix
failed=0
fail() { echo "FAIL: $*"; failed=1; }

if ! "$cmake" --install "$build" --prefix "$prefix" >"$scratch/install.log" 2>&1; then
    cat "$scratch/install.log"
    echo "FAIL: cmake --install $build --prefix $prefix"
    exit 1
fi

# Exactly these files: a missing one is a missing install rule, an extra one (doctest, the test
# binary) does not belong to a user's system.
{
    printf '%s\n' bin/recover share/man/man1/recover.1 share/man/man5/recover-rules.5 \
        share/bash-completion/completions/recover share/zsh/site-functions/_recover \
        share/fish/vendor_completions.d/recover.fish
    (cd "$source/rules" && find . -name '*.toml' -type f | sed 's|^\./|share/recover/rules/|')
    (cd "$source/examples" && find . -type f | sed 's|^\./|share/doc/recover/examples/|')
} | sort >"$scratch/expected"
(cd "$prefix" && find . -type f | sed 's|^\./||' | sort) >"$scratch/installed"
if ! cmp -s "$scratch/expected" "$scratch/installed"; then
    fail "the installed files differ from the expected ones (--- expected, +++ installed)"
    diff -u --label expected --label installed "$scratch/expected" "$scratch/installed"
fi
[ -x "$prefix/bin/recover" ] || fail "bin/recover is not executable"
for f in rules/default.toml man/recover.1 man/recover-rules.5 examples/log.csv; do
    case $f in
        rules/*) installed=$prefix/share/recover/$f ;;
        man/*.1) installed=$prefix/share/man/man1/${f#man/} ;;
        man/*.5) installed=$prefix/share/man/man5/${f#man/} ;;
        examples/*) installed=$prefix/share/doc/recover/$f ;;
    esac
    cmp -s "$source/$f" "$installed" || fail "$installed is not a copy of $f"
done

# The installed program, on the installed examples, prints what the suite expects of the built one.
recover=$prefix/bin/recover
examples=$prefix/share/doc/recover/examples
version=$("$recover" --version 2>&1)
[[ $version =~ ^recover\ [0-9]+\.[0-9]+\.[0-9]+$ ]] || fail "recover --version prints \"$version\""
expect() { # expect CASE COMMAND...: the command prints tests/cli/CASE/stdout, nothing on stderr, status 0
    local case=$1
    shift
    if ! "$@" >"$scratch/out" 2>"$scratch/err"; then
        fail "$* exits with status $?: $(cat "$scratch/err")"
    elif [ -s "$scratch/err" ]; then
        fail "$* writes to stderr: $(cat "$scratch/err")"
    elif ! cmp -s "$source/tests/cli/$case/stdout" "$scratch/out"; then
        fail "$* does not print tests/cli/$case/stdout"
        diff -u --label expected --label actual "$source/tests/cli/$case/stdout" "$scratch/out" | head -20
    fi
}
expect readme-example "$recover" plan "$examples/log.csv" --from 2026-03-02 --until 2026-06-28
expect example-strava "$recover" plan "$examples/strava/activities.csv" --tz America/New_York --from 2026-05-18 --until 2026-06-07
for rules in "$prefix"/share/recover/rules/*.toml; do
    "$recover" rules --check "$rules" >"$scratch/out" 2>&1 || fail "recover rules --check $rules: $(cat "$scratch/out")"
done

# man renders both installed pages at a fixed width without a warning (all of groff's warnings on,
# the formatter's stderr kept), and finds them by name under the prefix.
for page in "$prefix"/share/man/man1/recover.1 "$prefix"/share/man/man5/recover-rules.5; do
    if ! MANWIDTH=80 MAN_KEEP_STDERR=1 man --warnings=w -l "$page" >/dev/null 2>"$scratch/err"; then
        fail "man -l $page exits with status $?: $(cat "$scratch/err")"
    elif [ -s "$scratch/err" ]; then
        fail "man -l $page warns:"
        cat "$scratch/err"
    fi
done
for name in "1 recover" "5 recover-rules"; do
    MANWIDTH=80 man -M "$prefix/share/man" $name 2>&1 | grep -q '^NAME' || fail "man -M PREFIX/share/man $name does not find the page"
done

# Each shell finds the completion where it was installed, by its own search path.
found=$(env XDG_DATA_DIRS="$prefix/share" HOME="$scratch" bash -c \
    '. /usr/share/bash-completion/bash_completion && __load_completion recover && complete -p recover' 2>&1)
[ "$found" = "complete -F _recover recover" ] || fail "bash-completion does not load share/bash-completion/completions/recover: \"$found\""
found=$(zsh -f -c 'fpath=("$1" $fpath); autoload -Uz compinit && compinit -u -D && print -r -- $_comps[recover]' zsh "$prefix/share/zsh/site-functions" 2>&1)
[ "$found" = _recover ] || fail "zsh's compinit does not register share/zsh/site-functions/_recover for recover: \"$found\""
# fish looks for a command's completion only when the command is on PATH, and not with --no-config.
found=$(env PATH="$prefix/bin:$PATH" XDG_DATA_DIRS="$prefix/share" HOME="$scratch" fish -c 'complete -C "recover plan --units "' 2>&1 | cut -f1 | tr '\n' ' ')
[ "$found" = "km mi " ] || fail "fish does not load share/fish/vendor_completions.d/recover.fish: recover plan --units completes \"$found\""

[ "$failed" = 0 ] && echo "installed $(wc -l <"$scratch/installed") files into a temporary prefix; all work"
exit $failed
