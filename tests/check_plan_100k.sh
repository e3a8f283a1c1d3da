#!/usr/bin/env bash
# Issue 11: the streaming reader and the plan's look-back change nothing users see. The plan of the
# benchmark's 100,000-row log (bench/make_log.py, seeded) must be byte for byte the JSON that
# recover printed before them (tests/perf/plan-100k.json, made by the whole-file reader at 8d21659).
set -euo pipefail
recover=$1 root=$2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
python3 "$root/bench/make_log.py" 100000 --format native --end 2026-06-28 >"$scratch/log.csv"
"$recover" plan "$scratch/log.csv" --from 2026-04-06 --until 2026-06-28 --today 2026-06-29 --format json >"$scratch/plan.json"
cmp "$scratch/plan.json" "$root/tests/perf/plan-100k.json"
