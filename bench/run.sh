#!/usr/bin/env bash
# The benchmark of issue 11: recover plan, workouts and load on generated logs, side by side with
# what a user would reach for instead (a Python csv script, Miller, and wc -l as the floor), on the
# same files in the same run. Prints one Markdown table. Run by `make bench`, which builds the
# release preset and installs hyperfine, miller and time first; bench/README.md explains it.
#
#   BENCH_SIZES="500 100000 1000000"   native log sizes in rows (default: all three)
#   BENCH_STRAVA_SIZES="100000"        Strava log sizes, plan and workouts only ("" for none)
#   BENCH_FLAG_SIZES="20000 200000"    red-flag log sizes (a red flag on every row), plan only ("" for none)
#   BENCH_TIMEOUT=180                  seconds one run of one command may take before it is capped
#   BENCH_MAX_MEMORY_KB=4194304        address space one run of recover may use before it is capped (4 GiB)
#
# Each command runs once under /usr/bin/time for its peak RSS (that run's output is kept in
# build/bench/out/), then under hyperfine for the median wall time of as many runs as fill about 3
# seconds (hyperfine's own rule), at least 5 up to 100,000 rows and 3 above, at most 30: a fast
# command is timed often enough that the machine's drift does not decide its median. A command
# that fails, runs out of time or of memory is shown as capped.
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=${BENCH_SIZES-500 100000 1000000}
strava_sizes=${BENCH_STRAVA_SIZES-100000}
flag_sizes=${BENCH_FLAG_SIZES-20000 200000}
timeout_s=${BENCH_TIMEOUT:-180}
max_memory_kb=${BENCH_MAX_MEMORY_KB:-4194304}
load_at_start=$(cut -d' ' -f1-3 /proc/loadavg)
end=2026-06-28   # the logs' last day, a Sunday: the plan covers the 12 weeks up to it
from=$(date -d "$end - 83 days" +%F)
today=$(date -d "$end + 1 day" +%F)
export TZ=UTC    # Strava dates are UTC: read them in UTC whatever the machine's zone

recover=build/release/recover
for tool in "$recover" hyperfine mlr jq /usr/bin/time python3; do
    command -v "$tool" >/dev/null || { echo "bench: $tool is missing (run make bench)" >&2; exit 1; }
done

data=build/bench
out=$data/out
mkdir -p "$data" "$out"
# Generated logs are kept between runs, named by the generator's hash so that a change remakes them.
generator=$(sha256sum bench/make_log.py | cut -c1-12)
log_file() { # FORMAT ROWS
    local file=$data/$1-$2-$generator.csv
    if [ ! -s "$file" ]; then
        echo "bench: generating $1 log of $2 rows" >&2
        python3 bench/make_log.py "$2" --format "$1" --end "$end" >"$file.tmp"
        mv "$file.tmp" "$file"
    fi
    echo "$file"
}

mlr_weekly='t = strptime(sub($date, " .*", ""), "%Y-%m-%d"); monday = t - (int(strftime(t, "%u")) - 1) * 86400; '
mlr_weekly+='$week = strftime(monday + 3 * 86400, "%Y") . "-W" . strftime(monday, "%V"); $load = $rpe * $duration'

grouped() { sed ':a; s/\B[0-9]\{3\}\>/,&/; ta' <<<"$1"; } # 1000000 -> 1,000,000

rows_md=()
plan_seconds=""
# measure NAME FORMAT ROWS FILE COMMAND...: one row of the table.
measure() {
    local name=$1 format=$2 rows=$3 file=$4
    shift 4
    local min_runs=5 warmup=1
    [ "$rows" -gt 100000 ] && min_runs=3 warmup=0
    local bytes mb slug
    bytes=$(stat -c %s "$file")
    mb=$(awk -v b="$bytes" 'BEGIN { printf b < 1e7 ? "%.2f" : "%.1f", b / 1e6 }')
    slug=$(printf '%s' "$name-$format-$rows" | tr -c 'a-zA-Z0-9-' '_')
    echo "bench: $name, $format, $rows rows" >&2

    local rss_kb status=0
    rss_kb=$( (if [[ $name == recover* ]]; then ulimit -v "$max_memory_kb"; fi
        timeout "$timeout_s" /usr/bin/time -f '%M' -o "$out/$slug.rss" "$@" >"$out/$slug.out" 2>"$out/$slug.err") && cat "$out/$slug.rss") ||
        status=$?
    if [ "$status" != 0 ]; then
        local why="exit $status"
        [ "$status" = 124 ] && why="> ${timeout_s} s"
        grep -qi -e 'bad_alloc' -e 'cannot allocate' -e 'memory' "$out/$slug.err" 2>/dev/null &&
            why="> $((max_memory_kb / 1024)) MiB of address space"
        echo "bench: $name on $rows rows capped ($why); see $out/$slug.err" >&2
        rows_md+=("| $name | $format | $(grouped "$rows") | $mb | capped: $why | | | |")
        [ "$name" = "recover plan" ] && plan_seconds=""
        return 0
    fi
    rss_kb=$(tail -n 1 <<<"$rss_kb")

    # hyperfine without a shell (-N): the command's words as given, quoting kept.
    local command_line
    command_line=$(printf '%q ' "$@")
    hyperfine -N --style none --min-runs "$min_runs" --max-runs 30 --warmup "$warmup" --export-json "$out/$slug.json" \
        "$command_line" >/dev/null 2>"$out/$slug.hyperfine"
    local seconds runs
    seconds=$(jq '.results[0].median' "$out/$slug.json")
    runs=$(jq '.results[0].times | length' "$out/$slug.json")
    [ "$name" = "recover plan" ] && plan_seconds=$seconds

    rows_md+=("$(awk -v name="$name" -v format="$format" -v rows="$(grouped "$rows")" -v mb="$mb" -v s="$seconds" \
        -v rss="$rss_kb" -v plan="$plan_seconds" -v n="$runs" 'BEGIN {
        time = s < 1 ? sprintf("%.1f ms", s * 1000) : sprintf("%.2f s", s)
        ratio = plan == "" ? "" : (s / plan >= 10 ? sprintf("%.0f", s / plan) : s / plan >= 0.1 ? sprintf("%.2f", s / plan) : sprintf("%.4f", s / plan))
        rate = mb / s < 100 ? sprintf("%.1f", mb / s) : sprintf("%.0f", mb / s)
        printf "| %s | %s | %s | %s | %s (n=%d) | %s | %.1f | %s |", name, format, rows, mb, time, n, rate, rss * 1024 / 1e6, ratio
    }')")
}

for rows in $sizes; do
    log=$(log_file native "$rows")
    measure "recover plan" native "$rows" "$log" \
        "$recover" plan "$log" --from "$from" --until "$end" --today "$today" --format json
    measure "recover workouts" native "$rows" "$log" "$recover" workouts "$log" --format csv
    measure "recover load" native "$rows" "$log" "$recover" load "$log" --format json
    measure "python3 bench/weekly_load.py" native "$rows" "$log" python3 bench/weekly_load.py "$log"
    measure "mlr weekly sRPE load" native "$rows" "$log" \
        mlr --icsv --ojson put "$mlr_weekly" then stats1 -a sum -f load -g week "$log"
    measure "wc -l" native "$rows" "$log" wc -l "$log"
    # Python and Miller do the same sums: say so when they disagree.
    slug_py=$(printf '%s' "python3 bench/weekly_load.py-native-$rows" | tr -c 'a-zA-Z0-9-' '_')
    slug_mlr=$(printf '%s' "mlr weekly sRPE load-native-$rows" | tr -c 'a-zA-Z0-9-' '_')
    if [ -s "$out/$slug_py.out" ] && [ -s "$out/$slug_mlr.out" ] &&
        ! cmp -s <(jq -c '.[] | [.week, .load_sum]' "$out/$slug_py.out") <(jq -c '.[] | [.week, .load_sum]' "$out/$slug_mlr.out"); then
        echo "bench: python and miller disagree on the weekly load of $rows rows" >&2
    fi
done
for rows in $strava_sizes; do
    log=$(log_file strava "$rows")
    measure "recover plan" strava "$rows" "$log" \
        "$recover" plan "$log" --from "$from" --until "$end" --today "$today" --format json
    measure "recover workouts" strava "$rows" "$log" "$recover" workouts "$log" --format csv
done
for rows in $flag_sizes; do
    log=$(log_file flags "$rows")
    measure "recover plan" flags "$rows" "$log" \
        "$recover" plan "$log" --from "$from" --until "$end" --today "$today" --format json
done

echo
echo "| tool / command | log | rows | MB | median time | MB/s | peak RSS MB | ratio to recover plan |"
echo "|---|---|---:|---:|---:|---:|---:|---:|"
printf '%s\n' "${rows_md[@]}"
echo
echo "recover plan: --from $from --until $end --today $today --format json; workouts: --format csv; load: --format json."
echo "Ratio: the command's median time over recover plan's on the same file (above 1: slower than recover plan)."
echo "MB = 10^6 bytes; peak RSS from /usr/bin/time -f %M (one run); medians from hyperfine -N."
echo "Machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), $(free -g | awk '/^Mem:/ { print $2 }') GB RAM, $(. /etc/os-release && echo "$PRETTY_NAME"); $(date -u +%F); load average at start $load_at_start."
