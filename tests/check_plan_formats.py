#!/usr/bin/env python3
"""`recover plan --format json` and `--format csv`, read back by Python's own parsers.

JSON: exactly the contract's keys in the contract's order and types (version, from, until, items,
notes, weeks), items sorted by date, category and rule, weeks covering [from, until] Monday by
Monday. CSV: RFC 4180 with CRLF, the header, one row per JSON item with the same values, and no
cell that a spreadsheet would run (= + - @). Over the bundled example, a real-format export and
the hostile log (formula-looking titles, line breaks, quotes, commas).

Usage: check_plan_formats.py RECOVER_BINARY REPOSITORY_ROOT
"""
import csv
import datetime
import io
import json
import os
import re
import subprocess
import sys

recover, root = sys.argv[1], sys.argv[2]
hostile = os.path.join(root, "tests", "fixtures", "hostile")
CASES = {
    "example": [os.path.join(root, "examples", "log.csv"), "--from", "2026-03-01", "--until", "2026-07-31"],
    "same17-strava": [os.path.join(root, "tests", "fixtures", "same17", "strava", "activities.csv"), "--tz",
                      "America/New_York", "--today", "2026-04-28", "--from", "2025-12-29", "--until", "2026-05-31"],
    "hostile": [os.path.join(hostile, "log.csv"), "--rules", os.path.join(hostile, "rules.toml"), "--today", "2026-06-30",
                "--from", "2026-05-25", "--until", "2026-07-05"],
}
ENV = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "TZ": "UTC", "LANG": "C.UTF-8", "HOME": "/nonexistent",
       "XDG_CONFIG_HOME": "/nonexistent"}
TOP = ["version", "from", "until", "items", "notes", "weeks"]
ITEM = ["date", "until", "category", "treatment", "rule", "title", "minutes", "focus", "triggers", "reason", "advice",
        "tell_therapist", "booked", "source"]
CATEGORIES = ["appointment", "self-care", "flag", "race"]  # in sorting order
TREATMENTS = {"deep-massage", "flush-massage", "maintenance-massage", "foam-roll", "stretch", "art", "ice", "heat", "physio",
              "blackout"}
COLUMNS = ["date", "until", "category", "treatment", "rule", "title", "minutes_min", "minutes_max", "focus", "triggers",
           "reason", "advice", "tell_therapist", "booked", "source"]


def plan(args, fmt):
    result = subprocess.run([recover, "plan", *args, "--format", fmt], env=ENV, capture_output=True)
    assert result.returncode == 0 and not result.stderr, (args, fmt, result.returncode, result.stderr)
    return result.stdout


def day(text):
    return datetime.date.fromisoformat(text)


def check_json(case, document):
    assert list(document) == TOP, list(document)
    assert document["version"] == 2
    first, last = day(document["from"]), day(document["until"])
    items = document["items"]
    assert items, f"{case}: no items"
    for item in items:
        assert list(item) == ITEM, list(item)
        assert day(item["date"]) <= last and first <= day(item["until"]) and day(item["date"]) <= day(item["until"]), item
        assert item["until"] == item["date"] or item["category"] == "flag", item  # only a blackout spans days
        assert isinstance(item["booked"], bool) and isinstance(item["advice"], str), item
        assert bool(item["tell_therapist"]) == (item["category"] == "appointment"), item
        assert item["category"] in CATEGORIES and item["treatment"] in TREATMENTS, item
        assert all(isinstance(item[key], str) for key in ("rule", "title", "reason", "source")), item
        assert item["rule"] and item["reason"], item
        low, high = item["minutes"]
        assert isinstance(low, int) and isinstance(high, int) and 0 <= low <= high, item
        assert all(isinstance(area, str) for area in item["focus"]), item
        for cause in item["triggers"]:
            assert list(cause) == ["type", "date", "label"], cause
            assert cause["type"] in {"workout", "race", "niggle", "clock"}, cause
            day(cause["date"])
    order = [(item["date"], CATEGORIES.index(item["category"]), item["rule"]) for item in items]
    assert order == sorted(order), f"{case}: items not sorted by date, category, rule"
    for note in document["notes"]:
        assert list(note) == ["date", "rule", "text"], note
        day(note["date"])
    notes = [(note["date"], note["rule"]) for note in document["notes"]]
    assert notes == sorted(notes), f"{case}: notes not sorted by date and rule"
    weeks = document["weeks"]
    assert weeks, f"{case}: no weeks"
    for previous, week in zip(weeks, weeks[1:]):
        assert day(week["start"]) - day(previous["start"]) == datetime.timedelta(days=7), (previous, week)
    assert day(weeks[0]["start"]) <= first < day(weeks[0]["start"]) + datetime.timedelta(days=7), weeks[0]
    assert day(weeks[-1]["start"]) <= last < day(weeks[-1]["start"]) + datetime.timedelta(days=7), weeks[-1]
    for week in weeks:
        assert list(week) == ["week", "start", "load", "acwr", "status"], week
        start = day(week["start"])
        year, number, weekday = start.isocalendar()
        assert weekday == 1 and week["week"] == f"{year}-W{number:02}", week
        assert isinstance(week["load"], (int, float)) and (week["acwr"] is None or isinstance(week["acwr"], (int, float)))
        assert week["status"] in {"easy", "normal", "heavy"}, week
    return items


# What terminal_text (src/core/terminal.cpp) removes: escape sequences whole, other controls but
# tab and line breaks, and the bidi controls.
TERMINAL_NOISE = re.compile(
    "(?:\x1b\\[|\x9b)[\x20-\x3f]*[\x40-\x7e]?"
    "|(?:\x1b[\\]PX^_]|[\x90\x98\x9d\x9e\x9f])(?:.|\n)*?(?:\x07|\x1b\\\\|\x9c|\\Z)"
    "|\x1b[\x20-\x2f]*[\x30-\x7e]?"
    "|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def spreadsheet_safe(value):
    """What the CSV must hold for `value`: controls removed, a leading apostrophe before = + - @ TAB CR."""
    value = TERMINAL_NOISE.sub("", value)
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def check_csv(case, raw, items, notes):
    assert raw.endswith(b"\r\n"), f"{case}: CSV does not end with CRLF"
    text = raw.decode("utf-8")
    assert text.startswith(",".join(COLUMNS) + "\r\n"), f"{case}: CSV header"
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0] == COLUMNS, rows[0]
    note_rows = [row for row in rows[1:] if row[2] == "note"]
    rows = [row for row in rows[1:] if row[2] != "note"]
    assert len(rows) == len(items), (case, len(rows), len(items))
    assert [(row[0], row[4], row[5]) for row in note_rows] == [(n["date"], n["rule"], spreadsheet_safe(n["text"])) for n in notes], case
    for row, item in zip(rows, items):
        low, high = item["minutes"]
        triggers = "; ".join(" ".join(part for part in (c["type"], c["date"], c["label"]) if part) for c in item["triggers"])
        expected = [item["date"], item["until"], item["category"], item["treatment"], item["rule"], item["title"],
                    str(low) if high else "", str(high) if high else "", "; ".join(item["focus"]), triggers,
                    item["reason"], item["advice"], item["tell_therapist"], "true" if item["booked"] else "false",
                    item["source"]]
        assert row == [spreadsheet_safe(value) for value in expected], (case, row, expected)
        assert not any(cell[:1] in ("=", "+", "-", "@", "\t", "\r") for cell in row), row


neutralised = 0
for case, args in CASES.items():
    document = json.loads(plan(args, "json"))
    items = check_json(case, document)
    check_csv(case, plan(args, "csv"), items, document["notes"])
    neutralised += sum(1 for item in items if item["title"][:1] in ("=", "+", "-", "@"))
    print(f"{case}: {len(items)} items agree in JSON and CSV")
assert neutralised, "the hostile rules should give formula-looking titles to neutralise"
