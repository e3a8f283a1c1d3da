# Plan, book, re-plan: the 17 weeks of tests/fixtures/same17 planned one week at a time, each
# week's --book rows appended to treatments.csv, book what the whole-span plan books (issue 15).
set -eu
for export in "garmin/Activities.csv --units mi" "strava/activities.csv --tz America/New_York" "log.csv"; do
    set -- $export
    log="$ROOT/tests/fixtures/same17/$1"
    shift
    printf 'date,type,title\n' >treatments.csv
    for week in $(seq 0 17); do
        monday=$(date -u -d "2025-12-29 + $((7 * week)) days" +%F)
        recover plan "$log" treatments.csv "$@" --today "$monday" --weeks 1 --book --quiet >>treatments.csv
    done
    recover plan "$log" "$@" --from 2025-12-29 --until 2026-05-03 --today 2025-12-29 --book --quiet >whole.csv
    if tail -n +2 treatments.csv | cmp -s - whole.csv; then
        echo "$(basename "$(dirname "$log")")/$(basename "$log"): week by week books what the whole span books ($(wc -l <whole.csv) appointments)"
    else
        echo "$(basename "$log"): week by week differs from the whole span"
        diff <(tail -n +2 treatments.csv) whole.csv || true
    fi
    rm treatments.csv whole.csv
done
