#!/usr/bin/env bash
# A new user who follows the README gets a valid calendar from a Strava export: the block of
# commands under the marker "readme-steps: strava-to-calendar" in README.md runs verbatim, with
# `recover` on PATH, in a scratch folder where examples/ is the repository's, and the recovery.ics
# it writes is a valid RFC 5545 calendar by python3-icalendar, with at least one appointment.
# Usage: tests/check_readme_steps.sh RECOVER_BINARY REPOSITORY [PYTHON3]
set -uo pipefail
recover_bin=$(realpath "$1")
root=$(realpath "$2")
python=${3:-/usr/bin/python3}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# The first ``` block after the marker, without its fences.
steps=$(awk '/<!-- readme-steps: strava-to-calendar/ { marked = 1; next }
             marked && /^```/ { if (inside) exit; inside = 1; next }
             inside { print }' "$root/README.md")
if [ -z "$steps" ]; then
    echo "FAIL: README.md has no block of commands after <!-- readme-steps: strava-to-calendar -->"
    exit 1
fi

mkdir "$scratch/bin" "$scratch/work"
ln -s "$recover_bin" "$scratch/bin/recover"
ln -s "$root/examples" "$scratch/work/examples"
if ! (cd "$scratch/work" && PATH="$scratch/bin:$PATH" bash -euo pipefail -c "$steps") >"$scratch/output" 2>&1; then
    echo "FAIL: the README's steps fail:"
    printf '%s\n' "$steps" | sed 's/^/    /'
    cat "$scratch/output"
    exit 1
fi
if [ ! -s "$scratch/work/recovery.ics" ]; then
    echo "FAIL: the README's steps do not write recovery.ics"
    exit 1
fi

"$python" - "$scratch/work/recovery.ics" <<'EOF'
import datetime
import sys

import icalendar

path = sys.argv[1]
raw = open(path, "rb").read()
failures = []
lines = raw.split(b"\r\n")
if lines[-1] != b"" or any(b"\n" in line or b"\r" in line for line in lines):
    failures.append("every line must end with CRLF")
for number, line in enumerate(lines, 1):
    if len(line) > 75:
        failures.append(f"line {number} is {len(line)} octets long (at most 75)")
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        failures.append(f"line {number} is not UTF-8 on its own")
calendar = icalendar.Calendar.from_ical(raw)
if str(calendar.get("VERSION")) != "2.0" or not calendar.get("PRODID"):
    failures.append("VERSION 2.0 and PRODID are required")
events = list(calendar.walk("VEVENT"))
if not events:
    failures.append("no VEVENT")
uids = [str(event.get("UID")) for event in events]
if len(set(uids)) != len(uids) or not all(uids):
    failures.append("every VEVENT needs a UID of its own")
for event in events:
    start, end = event.get("DTSTART").dt, event.get("DTEND").dt
    if isinstance(start, datetime.datetime) or end <= start:
        failures.append(f"{event.get('UID')}: an all-day event needs DTSTART;VALUE=DATE and an exclusive DTEND after it")
    if end != start + datetime.timedelta(days=1) and "FLAG" not in event.get("CATEGORIES").to_ical().decode():
        failures.append(f"{event.get('UID')}: only a flag (a race blackout) spans days")
    if not str(event.get("SUMMARY", "")).strip() or event.get("DTSTAMP") is None:
        failures.append(f"{event.get('UID')}: SUMMARY and DTSTAMP are required")
if not any("APPOINTMENT" in event.get("CATEGORIES").to_ical().decode() for event in events):
    failures.append("no appointment in the calendar")
for failure in failures:
    print(f"FAIL: recovery.ics: {failure}")
if not failures:
    print(f"the README's steps write recovery.ics: {len(events)} valid events")
sys.exit(1 if failures else 0)
EOF
