#!/usr/bin/env python3
"""`recover workouts` JSON and CSV, read back by Python's own parsers: the exact keys, the types,
and the same rows in both. Usage: check_workouts_formats.py RECOVER_BINARY LOG"""
import csv
import io
import json
import subprocess
import sys

recover, log = sys.argv[1], sys.argv[2]
KEYS = ["date", "start", "sport", "kind", "long", "minutes", "distance_km", "rpe", "load", "planned", "title", "why"]


def run(fmt):
    return subprocess.run([recover, "workouts", log, "--format", fmt], check=True, capture_output=True).stdout


document = json.loads(run("json"))
assert list(document) == ["workouts"], list(document)
rows = document["workouts"]
assert rows, "no workouts"
for row in rows:
    assert list(row) == KEYS, list(row)
    assert isinstance(row["long"], bool) and isinstance(row["planned"], bool)
    assert row["start"] is None or len(row["start"]) == 5
    assert row["sport"] in {"run", "ride", "swim", "strength", "walk", "other"}, row
    assert row["kind"] in {"race", "hard", "long", "easy", "cross", "treatment"}, row
    for key in ("minutes", "load"):
        assert isinstance(row[key], (int, float)), row
    for key in ("distance_km", "rpe"):
        assert row[key] is None or isinstance(row[key], (int, float)), row

raw = run("csv")
assert raw.endswith(b"\r\n"), "CSV lines end in CRLF"
table = list(csv.DictReader(io.StringIO(raw.decode("utf-8"), newline="")))
assert len(table) == len(rows), (len(table), len(rows))
for from_csv, from_json in zip(table, rows):
    assert list(from_csv) == KEYS
    assert from_csv["date"] == from_json["date"] and from_csv["kind"] == from_json["kind"], (from_csv, from_json)
    assert from_csv["title"].lstrip("'") == from_json["title"]
    assert float(from_csv["load"]) == from_json["load"]
print(f"{len(rows)} workouts agree in JSON and CSV")
