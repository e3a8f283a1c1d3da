#!/usr/bin/env python3
"""`recover plan --format ics` checked by the programs that will read it.

For each log below (the bundled example, the 17-week real-format exports, and a hostile log whose
titles and notes hold newlines, BEGIN:VEVENT, commas, semicolons, backslashes, escape sequences,
emoji and 300-character UTF-8 lines), the calendar must:

- be UTF-8 without a BOM, with CRLF after every line, no physical line over 75 octets, and no
  line that is not UTF-8 on its own (a fold never splits a character);
- have VERSION, PRODID, CALSCALE, X-WR-CALNAME, no METHOD, no empty property;
- parse in python3-icalendar with one VEVENT per item of `--format json`, unique UIDs, all-day
  DTSTART and an exclusive DTEND, DTSTAMP from SOURCE_DATE_EPOCH, and TEXT that unescapes (by
  RFC 5545 §3.3.11, read here left to right) to the item's title (on one line) and reason;
- import whole into calcurse (one event per item) and into khal, twice without a duplicate, and
  a re-plan from a later day updates the events it shares instead of adding them again;
- come out byte for byte the same on a second run, and the same through `-o FILE`.

Usage: check_ics.py RECOVER_BINARY REPOSITORY_ROOT
"""
import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

import icalendar

recover, root = sys.argv[1], sys.argv[2]
EPOCH = 1767225600  # 2026-01-01T00:00:00Z
same17 = os.path.join(root, "tests", "fixtures", "same17")
hostile = os.path.join(root, "tests", "fixtures", "hostile")
CASES = {
    "example": [os.path.join(root, "examples", "log.csv"), "--from", "2026-03-01", "--until", "2026-07-31"],
    "same17-strava": [os.path.join(same17, "strava", "activities.csv"), "--tz", "America/New_York", "--today", "2026-04-28",
                      "--from", "2025-12-29", "--until", "2026-05-31"],
    "same17-garmin": [os.path.join(same17, "garmin", "Activities.csv"), "--units", "mi", "--today", "2026-04-28",
                      "--from", "2025-12-29", "--until", "2026-05-31", "--alarm", "07:30"],
    "hostile": [os.path.join(hostile, "log.csv"), "--rules", os.path.join(hostile, "rules.toml"), "--today", "2026-06-30",
                "--from", "2026-05-25", "--until", "2026-07-05", "--alarm", "08:00"],
}
ENV = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "TZ": "UTC", "LANG": "C.UTF-8", "HOME": "/nonexistent",
       "XDG_CONFIG_HOME": "/nonexistent", "SOURCE_DATE_EPOCH": str(EPOCH)}
failures = []
# khal fsyncs every event it writes, several times: on a disk that is seconds per import. A
# memory file system, where there is one, keeps the suite fast.
FAST_TMP = "/dev/shm" if os.access("/dev/shm", os.W_OK) else None


def fail(case, message):
    failures.append(f"{case}: {message}")


def plan(args, fmt, *extra):
    result = subprocess.run([recover, "plan", *args, "--format", fmt, *extra], env=ENV, capture_output=True)
    if result.returncode != 0 or result.stderr:
        raise SystemExit(f"recover plan {' '.join(args)} --format {fmt}: status {result.returncode}: {result.stderr.decode()}")
    return result.stdout


def unescape(value):
    """RFC 5545 TEXT, read left to right: the only escapes are \\\\ \\; \\, \\n \\N."""
    out, i = [], 0
    while i < len(value):
        c = value[i]
        if c == "\\":
            nxt = value[i + 1:i + 2]
            if nxt not in ("\\", ";", ",", "n", "N"):
                raise ValueError(f"bad escape \\{nxt} in {value!r}")
            out.append("\n" if nxt in "nN" else nxt)
            i += 2
        else:
            if c in ";,":
                raise ValueError(f"unescaped {c!r} in TEXT {value!r}")
            out.append(c)
            i += 1
    return "".join(out)


ESCAPE_SEQUENCE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)")


def as_text(value):
    """What TEXT carries of `value`: no terminal escape sequence, line breaks as LF, no control
    character but tab."""
    value = ESCAPE_SEQUENCE.sub("", value).replace("\r\n", "\n").replace("\r", "\n")
    return "".join(c for c in value if c in "\n\t" or not (ord(c) < 0x20 or ord(c) == 0x7F))


def check_bytes(case, raw):
    if raw.startswith(b"\xef\xbb\xbf"):
        fail(case, "starts with a byte order mark")
    if not raw.endswith(b"\r\n"):
        fail(case, "does not end with CRLF")
    physical = raw.split(b"\r\n")[:-1]
    for number, line in enumerate(physical, 1):
        if b"\n" in line or b"\r" in line:
            fail(case, f"line {number}: a bare CR or LF")
        if len(line) > 75:
            fail(case, f"line {number}: {len(line)} octets")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError as e:
            fail(case, f"line {number}: not UTF-8 on its own (a fold split a character): {e}")
    # Unfold, then check every content line.
    logical = []
    for line in physical:
        if line.startswith((b" ", b"\t")):
            logical[-1] += line[1:]
        else:
            logical.append(line)
    lines = [line.decode("utf-8") for line in logical]
    for line in lines:
        name, sep, value = line.partition(":")
        if not sep or not value:
            fail(case, f"empty property or no value: {line!r}")
        if name.split(";")[0] == "METHOD":
            fail(case, "has a METHOD")
    head = [line for line in lines[:6]]
    for needed in ("VERSION:2.0", "CALSCALE:GREGORIAN"):
        if needed not in head:
            fail(case, f"no {needed} in the calendar's properties")
    for prefix in ("PRODID:", "X-WR-CALNAME:"):
        if not any(line.startswith(prefix) for line in head):
            fail(case, f"no {prefix[:-1]}")
    return lines


def events_of(lines):
    """Each VEVENT's own properties (not its VALARM's), name → raw value."""
    events, current, depth = [], None, []
    for line in lines:
        if line.startswith("BEGIN:"):
            depth.append(line[6:])
            if line == "BEGIN:VEVENT":
                current = {}
            continue
        if line.startswith("END:"):
            if depth.pop() == "VEVENT":
                events.append(current)
            continue
        if depth and depth[-1] == "VEVENT":
            name, _, value = line.partition(":")
            current[name] = value
    return events


def check_calendar(case, raw, items):
    lines = check_bytes(case, raw)
    calendar = icalendar.Calendar.from_ical(raw)
    vevents = list(calendar.walk("VEVENT"))
    if len(vevents) != len(items):
        fail(case, f"icalendar reads {len(vevents)} events, the JSON plan has {len(items)} items")
    uids = [str(event["UID"]) for event in vevents]
    if len(set(uids)) != len(uids):
        fail(case, "UIDs repeat")
    stamp = datetime.datetime.fromtimestamp(EPOCH, datetime.timezone.utc)
    for event, item in zip(vevents, items):
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        if isinstance(start, datetime.datetime) or start.isoformat() != item["date"]:
            fail(case, f"DTSTART {start!r} is not the all-day {item['date']}")
        last = datetime.date.fromisoformat(item["until"])
        if end != last + datetime.timedelta(days=1):
            fail(case, f"DTEND {end} is not the day after the item's last day {last}")
        if event.decoded("DTSTAMP") != stamp:
            fail(case, f"DTSTAMP {event.decoded('DTSTAMP')} is not SOURCE_DATE_EPOCH")
        if str(event["TRANSP"]) != "TRANSPARENT":
            fail(case, "not TRANSP:TRANSPARENT")
        if not str(event["UID"]).endswith("@recover"):
            fail(case, f"UID {event['UID']}")
    # Content, unescaped by the RFC (icalendar 4's own unescaping replaces naively: "\\\\n" is
    # a backslash and an n, not a line break).
    for own, item in zip(events_of(lines), items):
        try:
            summary, description = unescape(own["SUMMARY"]), unescape(own["DESCRIPTION"])
            categories = [unescape(c) for c in re.split(r"(?<!\\),", own["CATEGORIES"])]
        except (KeyError, ValueError) as e:
            fail(case, f"{item['date']} {item['rule']}: {e}")
            continue
        if summary != as_text(re.sub(r"\r\n|\r|\n", " ", item["title"])):
            fail(case, f"SUMMARY {summary!r} is not the title {item['title']!r}")
        if as_text(item["reason"]) not in description or as_text(item["source"]) not in description:
            fail(case, f"DESCRIPTION of {item['date']} {item['rule']} lacks the reason or the source")
        expected = ["RACE"] if item["category"] == "race" else [item["category"].upper(), item["treatment"].upper()]
        if categories != expected:
            fail(case, f"CATEGORIES {categories}")
    return len(vevents)


def check_calcurse(case, path, expected):
    with tempfile.TemporaryDirectory(dir=FAST_TMP) as home:
        result = subprocess.run(["calcurse", "-D", home, "-i", path], capture_output=True, text=True,
                                env={**ENV, "HOME": home})
        if result.returncode != 0:
            fail(case, f"calcurse -i: status {result.returncode}: {result.stderr}")
            return
        with open(os.path.join(home, "apts"), encoding="utf-8") as apts:
            count = sum(1 for line in apts if line.strip())
        if count != expected:
            fail(case, f"calcurse imported {count} events of {expected}: {result.stdout.strip()} {result.stderr.strip()}")


def check_khal(case, imports):
    """Imports each (file, expected event count after it) in turn into one khal calendar."""
    with tempfile.TemporaryDirectory(dir=FAST_TMP) as home:
        calendar = os.path.join(home, "recovery")
        os.mkdir(calendar)
        config = os.path.join(home, "khal.conf")
        with open(config, "w") as f:
            f.write(f"[calendars]\n[[recovery]]\npath = {calendar}\ntype = calendar\n"
                    "[locale]\nlocal_timezone = UTC\ndefault_timezone = UTC\ntimeformat = %H:%M\n"
                    "dateformat = %Y-%m-%d\nlongdateformat = %Y-%m-%d\ndatetimeformat = %Y-%m-%d %H:%M\n"
                    "longdatetimeformat = %Y-%m-%d %H:%M\n"
                    f"[default]\ndefault_calendar = recovery\n[sqlite]\npath = {os.path.join(home, 'khal.db')}\n")
        env = {**ENV, "HOME": home, "XDG_CONFIG_HOME": home, "XDG_DATA_HOME": home}
        for attempt, (path, expected) in enumerate(imports, 1):
            result = subprocess.run(["khal", "-c", config, "import", "--batch", path], capture_output=True, text=True, env=env)
            if result.returncode != 0:
                fail(case, f"khal import #{attempt}: status {result.returncode}: {result.stderr}")
                return
            count = len([name for name in os.listdir(calendar) if name.endswith(".ics")])
            if count != expected:
                fail(case, f"khal holds {count} events after import #{attempt}, not {expected}")


def uids(raw):
    return {str(event["UID"]) for event in icalendar.Calendar.from_ical(raw).walk("VEVENT")}


for case, args in CASES.items():
    items = json.loads(plan(args, "json"))["items"]
    if not items:
        fail(case, "the plan is empty: nothing checked")
    raw = plan(args, "ics")
    if plan(args, "ics") != raw:
        fail(case, "a second run with the same SOURCE_DATE_EPOCH differs")
    with tempfile.TemporaryDirectory() as scratch:
        written = os.path.join(scratch, "written.ics")
        plan(args, "ics", "-o", written)
        with open(written, "rb") as f:
            if f.read() != raw:
                fail(case, "-o FILE differs from standard output")
        path = os.path.join(scratch, "recovery.ics")
        with open(path, "wb") as f:
            f.write(raw)
        count = check_calendar(case, raw, items)
        check_calcurse(case, path, len(items))
        imports = [(path, len(items)), (path, len(items))]  # twice: no duplicate
        if case == "example":
            # A re-plan from a later day: items caused by the same things keep their UIDs, so
            # the calendar gains only the new ones. Most of them must be the same.
            later = plan(args[:1] + ["--from", "2026-04-15", "--until", "2026-08-15"], "ics")
            shared = uids(later) & uids(raw)
            if len(shared) * 2 < len(uids(later)):
                fail(case, f"a re-plan from 2026-04-15 shares only {len(shared)} of {len(uids(later))} UIDs")
            replanned = os.path.join(scratch, "replanned.ics")
            with open(replanned, "wb") as f:
                f.write(later)
            imports.append((replanned, len(uids(later) | uids(raw))))
        check_khal(case, imports)
    print(f"{case}: {count} events, {len(items)} items")

if shutil.which("calcurse") is None or shutil.which("khal") is None:
    failures.append("calcurse and khal must be installed (scripts/install-deps --test)")
for failure in failures:
    print("FAIL:", failure)
sys.exit(1 if failures else 0)
