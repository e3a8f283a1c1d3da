#!/usr/bin/env bash
# Seeds the corpora and runs every fuzz harness (or those named) for SECONDS each, one at a time.
# Usage: tests/fuzz/run.sh BUILD_DIR SECONDS [HARNESS...]   (make fuzz SECONDS=N calls it)
# Corpora grow in BUILD_DIR/corpus/<harness>/, crashers go to BUILD_DIR/crashes/<harness>/, each
# run's output to BUILD_DIR/logs/<harness>.log. Exits 1 when any harness found a crash. One process
# per harness (no -jobs: libFuzzer's -jobs=1 forks a worker that logs to ./fuzz-0.log instead).
set -uo pipefail
cd "$(dirname "$0")/../.."
build=${1:?usage: tests/fuzz/run.sh BUILD_DIR SECONDS [HARNESS...]}
seconds=${2:?usage: tests/fuzz/run.sh BUILD_DIR SECONDS [HARNESS...]}
shift 2
harnesses=("$@")
[ ${#harnesses[@]} -gt 0 ] || harnesses=(csv native strava garmin intervals trainingpeaks fields rules pipeline)
fuzz=tests/fuzz

# Copies each file named on stdin into folder $1 under the hash of its bytes (no duplicates).
seed() {
    mkdir -p "$1"
    while IFS= read -r file; do
        [ -f "$file" ] && cp "$file" "$1/seed-$(sha1sum <"$file" | cut -c1-16)"
    done
}
logs() { find tests/fixtures examples tests/cli -name '*.csv' | sort; }
rule_files() { find rules tests/fixtures tests/cli -name '*.toml' | sort; }

# Seeds: the fixtures, the examples, the end-to-end cases' inputs, the kept crashers and seeds.
for h in "${harnesses[@]}"; do
    corpus=$build/corpus/$h
    mkdir -p "$corpus" "$build/crashes/$h" "$build/logs"
    case $h in
    rules) rule_files | seed "$corpus" ;;
    fields)
        # One value per file: the cells of each fixture's first rows (dates, durations, numbers).
        mkdir -p "$build/seeds/fields"
        logs | while IFS= read -r file; do head -n 3 "$file"; done | tr ',' '\n' | tr -d '"\r' | sort -u | head -n 400 |
            while IFS= read -r cell; do printf '%s' "$cell" >"$build/seeds/fields/$(printf '%s' "$cell" | sha1sum | cut -c1-16)"; done
        find "$build/seeds/fields" -type f | seed "$corpus" ;;
    pipeline)
        logs | seed "$corpus"
        # Each example log under each rules file, as `%%rules%%` joins them.
        mkdir -p "$build/seeds/pipeline"
        for log in examples/log.csv examples/*/*.csv; do
            for rules in rules/*.toml; do
                { cat "$log"; printf '%%%%rules%%%%\n'; cat "$rules"; } >"$build/seeds/pipeline/$(basename "$(dirname "$log")")-$(basename "$rules" .toml)"
            done
        done
        { cat examples/log.csv; printf '%%%%log%%%%\n'; cat examples/strava/activities.csv; } >"$build/seeds/pipeline/native-and-strava"
        find "$build/seeds/pipeline" -type f | seed "$corpus" ;;
    *) logs | seed "$corpus" ;;
    esac
    find "$fuzz/seeds/$h" "$fuzz/regressions/$h" -type f 2>/dev/null | seed "$corpus"
done

# Dictionaries: CSV for the readers, TOML for the rules, both for the pipeline.
cat "$fuzz/csv.dict" "$fuzz/toml.dict" >"$build/pipeline.dict"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export TZ=UTC
failed=()
for h in "${harnesses[@]}"; do
    case $h in rules) dict=$fuzz/toml.dict ;; pipeline) dict=$build/pipeline.dict ;; *) dict=$fuzz/csv.dict ;; esac
    echo "fuzz: $h for $seconds s ($(find "$build/corpus/$h" -type f | wc -l) inputs in the corpus)"
    "$build/tests/fuzz/fuzz_$h" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -dict="$dict" -artifact_prefix="$build/crashes/$h/" "$build/corpus/$h" \
        >"$build/logs/$h.log" 2>&1
    status=$?
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$build/logs/$h.log" | grep -o '[0-9]*$' | tail -n 1)
    echo "fuzz: $h: exit $status, ${runs:-?} executions, $(find "$build/corpus/$h" -type f | wc -l) inputs in the corpus"
    if [ "$status" -ne 0 ]; then
        failed+=("$h")
        grep -m 20 -E 'ERROR|fuzz:|SUMMARY|Test unit written|runtime error' "$build/logs/$h.log" | sed 's/^/    /'
    fi
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz: crashes in: ${failed[*]} (inputs in $build/crashes/, output in $build/logs/)" >&2
    exit 1
fi
echo "fuzz: no crash in ${#harnesses[@]} harnesses"
