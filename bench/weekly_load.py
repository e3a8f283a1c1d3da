#!/usr/bin/env python3
"""What a runner would write instead of recover: weekly session-RPE load (rpe x minutes per ISO
week) of a native log, with csv.DictReader, printed as JSON in the order the weeks first appear.

Usage: bench/weekly_load.py LOG
"""
import csv
import datetime
import json
import sys

load = {}
with open(sys.argv[1], newline="") as log:
    for row in csv.DictReader(log):
        if not row["rpe"] or not row["duration"]:
            continue
        year, week, _ = datetime.date.fromisoformat(row["date"][:10]).isocalendar()
        key = f"{year}-W{week:02}"
        load[key] = load.get(key, 0) + float(row["rpe"]) * float(row["duration"])
print(json.dumps([{"week": week, "load_sum": total} for week, total in load.items()], indent=2))
