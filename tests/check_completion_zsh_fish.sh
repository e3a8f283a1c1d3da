#!/usr/bin/env bash
# The zsh and fish completions parse (zsh -n, fish -n); zsh's compinit registers _recover for
# recover; and zsh and fish, asked what they complete, offer the commands (help among them, and the commands
# after help), each command's options (those of its --help), the values of --format, --input-format,
# --units and --color, and the categories of --only, --skip and --alarm-for (a comma-separated list).
# Usage: tests/check_completion_zsh_fish.sh RECOVER_BINARY COMPLETIONS_DIR
set -uo pipefail
recover_bin=$(realpath "$1")
completions=$(realpath "$2")
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
failed=0
fail() { echo "FAIL: $*"; failed=1; }

zsh -n "$completions/_recover" 2>"$scratch/err" || fail "zsh -n _recover: $(cat "$scratch/err")"
fish -n "$completions/recover.fish" 2>"$scratch/err" || fail "fish -n recover.fish: $(cat "$scratch/err")"
[ "$failed" = 0 ] || exit 1

found=$(HOME=$scratch zsh -f -c 'fpath=("$1" $fpath); autoload -Uz compinit && compinit -u -D && print -r -- $_comps[recover]' zsh "$completions" 2>&1)
[ "$found" = _recover ] || fail "zsh's compinit does not register _recover for recover: \"$found\""

# fish: complete -C prints one candidate a line, a tab before its description.
mkdir "$scratch/work" "$scratch/home"
cd "$scratch/work"
touch log.csv rules.toml
fish_completes() {
    HOME=$scratch/home fish --no-config -c 'source $argv[1]; complete -C $argv[2]' "$completions/recover.fish" "$1" |
        cut -f1 | sort | tr '\n' ' ' | sed 's/ $//'
}
help_options() { "$recover_bin" $1 --help | grep -oE -- '(^|[ ,])--[a-z][a-z-]*' | grep -oE -- '--[a-z][a-z-]*' | sort -u | tr '\n' ' ' | sed 's/ $//'; }
check() { # check EXPECTED LINE
    local actual
    actual=$(fish_completes "$2")
    [ "$actual" = "$1" ] || fail "fish: \"$2\" completes \"$actual\", not \"$1\""
}
check "help load plan rules workouts" "recover "
check "load plan rules workouts" "recover help "
check "" "recover help plan "
check "--help --version" "recover --"
check "csv ics json month text" "recover plan --format "
check "csv json text" "recover workouts --format "
check "json text" "recover load --format "
check "--format=csv --format=json --format=text" "recover workouts --format="
check "auto garmin intervals native strava trainingpeaks" "recover load --input-format "
check "km mi" "recover plan --units "
check "always auto never" "recover plan --color "
check "--from" "recover plan --fr"
check "--weeks" "recover workouts --we"
check "--alarm --alarm-for" "recover plan --ala"
check "appointment flag race self-care" "recover plan --only "
check "self-care" "recover plan --skip s"
check "appointment,flag appointment,race appointment,self-care" "recover plan --alarm-for appointment,"
check "flag,race,appointment flag,race,self-care" "recover plan --skip flag,race,"
check "--only=appointment,race" "recover plan --only=appointment,r"
check "log.csv" "recover plan l"
check "rules.toml" "recover rules --check r"
check "rules.toml" "recover plan log.csv --rules r"
for command in plan workouts load rules; do
    check "$(help_options $command)" "recover $command --"
done

# zsh: an interactive zsh on a pseudo-terminal (zsh/zpty) completes the line with TAB; compadd,
# wrapped, prints each candidate as "HIT:candidate" (after the prefix zsh keeps, as _values's
# "appointment,"), and the shell exits once the completion is done. The first candidate shares a
# line with the echo of the line typed, and the marker is spelt so that the echo of compadd's
# definition does not hold it.
cat >"$scratch/complete.zsh" <<'ZSH'
zmodload zsh/zpty
zpty z zsh -f -i
zpty -w z "PROMPT=; fpath=(${(q)1} \$fpath); autoload -Uz compinit; compinit -u -D; bindkey '^I' complete-word"
zpty -w z 'finish () { echo -E - DONE; exit }; comppostfuncs=(finish); zstyle ":completion:*" insert-tab false'
zpty -w z 'compadd () { if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then builtin compadd "$@"; return; fi; local -a hits; local h; builtin compadd -A hits "$@"; for h in $hits; do echo -E - $'"'"'\x48'"'"'"IT:$IPREFIX$h"; done; }'
zpty -w z "$2"$'\t'
while zpty -r z line; do print -r -- "$line"; done
ZSH
zsh_completes() {
    (cd "$scratch/work" && HOME=$scratch/home timeout 20 zsh -f "$scratch/complete.zsh" "$completions" "$1") |
        tr -d '\r' | sed -n 's/.*HIT://p' | sort -u | tr '\n' ' ' | sed 's/ $//'
}
zsh_check() { # zsh_check EXPECTED LINE
    local actual
    actual=$(zsh_completes "$2")
    [ "$actual" = "$1" ] || fail "zsh: \"$2\" completes \"$actual\", not \"$1\""
}
# Every option, short ones too: zsh offers -h, -o and -q beside the long ones.
all_help_options() { "$recover_bin" $1 --help | grep -oE -- '(^|[ ,])--?[a-z][a-z-]*' | grep -oE -- '--?[a-z][a-z-]*' | sort -u | tr '\n' ' ' | sed 's/ $//'; }
zsh_check "help load plan rules workouts" "recover "
zsh_check "load plan rules workouts" "recover help "
zsh_check "csv ics json month text" "recover plan --format "
zsh_check "csv json text" "recover workouts --format "
zsh_check "auto garmin intervals native strava trainingpeaks" "recover load --input-format "
zsh_check "km mi" "recover plan --units "
zsh_check "always auto never" "recover plan --color "
zsh_check "appointment flag race self-care" "recover plan --only "
zsh_check "appointment,flag appointment,race appointment,self-care" "recover plan --alarm-for appointment,"
zsh_check "--alarm --alarm-for" "recover plan --ala"
zsh_check "log.csv" "recover plan l"
for command in plan workouts load rules; do
    zsh_check "$(all_help_options $command)" "recover $command -"
done
[ "$failed" = 0 ] && echo "zsh and fish completions parse; zsh registers it; zsh and fish complete every case"
exit $failed
