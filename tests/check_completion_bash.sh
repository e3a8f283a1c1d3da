#!/usr/bin/env bash
# The bash completion completes what recover accepts: the commands (help among them, and the
# commands after help), each command's options, the values of --format (per command),
# --input-format, --units and --color, the categories of --only, --skip and --alarm-for (a
# comma-separated list), and file names for LOG and FILE arguments; with --opt value and
# --opt=value; on its own and under bash-completion.
# Usage: tests/check_completion_bash.sh RECOVER_BINARY COMPLETIONS_DIR
set -uo pipefail
recover_bin=$(realpath "$1")
completion=$(realpath "$2")/recover.bash
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir "$scratch/work"
cd "$scratch/work"
touch log.csv rules.toml "my log.csv"
mkdir logs

# Options the completion offers for each command must be those its --help lists.
help_options() { "$recover_bin" $1 --help | grep -oE -- '(^|[ ,])--?[a-z][a-z-]*' | grep -oE -- '--?[a-z][a-z-]*' | sort -u | tr '\n' ' ' | sed 's/ $//'; }

cat >"$scratch/cases.sh" <<'EOF'
# complete EXPECTED WORD...: completing the last WORD of "WORD..." offers EXPECTED (sorted, one space apart).
complete_words() {
    COMP_WORDS=("$@")
    COMP_CWORD=$(($# - 1))
    COMP_LINE="$*"
    COMP_POINT=${#COMP_LINE}
    COMPREPLY=()
    _recover recover "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
    printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' ' | sed 's/ $//'
}
check() {
    local expected=$1
    shift
    local actual
    actual=$(complete_words "$@")
    if [ "$actual" != "$expected" ]; then
        echo "FAIL ($mode): \"$*\" completes \"$actual\", not \"$expected\""
        failed=1
    fi
}
failed=0
[ "$(complete -p recover)" = "complete -F _recover recover" ] || { echo "FAIL ($mode): complete -p recover: $(complete -p recover)"; failed=1; }

check "help load plan rules workouts" recover ""
check "plan" recover p
check "load plan rules workouts" recover help ""
check "workouts" recover help w
check "" recover help plan ""
check "" recover help plan --
check "--help --version" recover --
check "csv ics json month text" recover plan --format ""
check "ics" recover plan --format i
check "csv json text" recover workouts --format ""
check "json text" recover load --format ""
check "csv ics json month text" recover plan log.csv --explain --format ""
check "json" recover plan --format = j
check "auto garmin intervals native strava trainingpeaks" recover workouts --input-format ""
check "strava" recover load --input-format st
check "km mi" recover plan --units ""
check "mi" recover plan log.csv --units m
check "always auto never" recover plan --color ""
check "--from" recover plan --fr
check "--from" recover load --fr
check "--from" recover workouts --fr
check "--weeks" recover load --we
check "--weeks" recover workouts --we
check "--quiet" recover workouts --q
check "--alarm --alarm-for" recover plan --ala
check "--book" recover plan --b
# Categories, one or a comma-separated list, for --only, --skip and --alarm-for.
check "appointment flag race self-care" recover plan --only ""
check "self-care" recover plan --skip s
check "appointment,flag appointment,race appointment,self-care" recover plan --alarm-for appointment,
check "appointment,race" recover plan log.csv --only appointment,r
check "flag,race,appointment flag,race,self-care" recover plan --skip flag,race,
check "race" recover plan --alarm-for = r
check "csv ics json month text" recover plan --only appointment --format ""
check "" recover plan --weeks ""
check "--color" recover plan --tz Europe/London --c
check "--check" recover rules --ch
check "" recover plan --tz ""
check "" recover plan --from ""
# File names: the log, and the file of --rules, --check and -o.
check "log.csv logs my log.csv rules.toml" recover plan ""
check "log.csv logs" recover workouts lo
check "my log.csv" recover load "my"
check "log.csv logs" recover plan --tz Europe/London lo
check "rules.toml" recover plan log.csv --rules r
check "rules.toml" recover rules --check r
check "rules.toml" recover rules --rules = r
check "log.csv logs" recover plan log.csv -o lo
# Every option of every command, and only those.
check "$plan_options" recover plan -
check "$workouts_options" recover workouts -
check "$load_options" recover load -
check "$rules_options" recover rules -
exit $failed
EOF

failed=0
for mode in alone bash-completion; do
    setup=". '$completion'"
    if [ "$mode" = bash-completion ]; then
        if [ ! -f /usr/share/bash-completion/bash_completion ]; then
            echo "FAIL: bash-completion is not installed (scripts/install-deps --test installs it)"
            failed=1
            continue
        fi
        setup=". /usr/share/bash-completion/bash_completion && $setup"
    fi
    plan_options=$(help_options plan) workouts_options=$(help_options workouts) load_options=$(help_options load) \
        rules_options=$(help_options rules) mode=$mode bash --norc --noprofile -c "$setup && . '$scratch/cases.sh'" || failed=1
done
[ "$failed" = 0 ] && echo "bash completion: every case passes, alone and under bash-completion"
exit $failed
