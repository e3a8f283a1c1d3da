#!/usr/bin/env bash
# Benchmark: recover plan over a generated 10-year log (and a 50-year one), release build.
# Prints wall time (best of 5) and peak memory. Usage: bench/run.sh  (from the repository root)
set -euo pipefail
cd "$(dirname "$0")/.."
make release >/dev/null
recover=./build/release/recover
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for years in 10 50; do
    python3 bench/make_log.py "$years" >"$work/log-$years.csv"
    rows=$(($(wc -l <"$work/log-$years.csv") - 1))
    args=(plan "$work/log-$years.csv" --from 2016-01-04 --until $((2016 + years))-01-01 --today 2100-01-01)
    best=""
    for _ in 1 2 3 4 5; do
        start=$(date +%s%N)
        "$recover" "${args[@]}" >/dev/null
        elapsed=$((($(date +%s%N) - start) / 1000000))
        if [ -z "$best" ] || [ "$elapsed" -lt "$best" ]; then best=$elapsed; fi
    done
    rss=$( { /usr/bin/time -f '%M' "$recover" "${args[@]}" >/dev/null; } 2>&1 | tail -n 1)
    echo "plan, ${years}-year log ($rows rows, whole span): best of 5 ${best} ms, peak memory ${rss} KiB"
done
