#!/usr/bin/env python3
"""Writes a training log of exactly ROWS workouts to stdout, seeded and reproducible.

Usage: bench/make_log.py ROWS [--seed N] [--format native|strava|flags] [--end YYYY-MM-DD]

The log ends on --end (default 2026-06-28, a Sunday) and goes back in time one week of seven
workouts at a time: strength on Monday, intervals or hills on Tuesday, easy on Wednesday, tempo
on Thursday, a ride on Friday, easy on Saturday (a race every eighth week), the long run on
Sunday. About one row in five has a note with commas in it (quoted), and about 3 % report a
niggle: in the native `niggle` column, or in a Strava description ("left achilles niggling").

Seven workouts a week reach back to 1950 at about 27,800 rows. A larger log does not go further
back: each week then holds the week's pattern several times over (streams), as a squad's shared
log would, each stream a day later in the pattern and two minutes later in the day. So 500 rows
are 72 weeks of one runner, 100,000 rows 4 streams from 1958, 1,000,000 rows 36 streams from 1950.

The Strava log reuses the header of tests/fixtures/strava/activities-2024.csv byte for byte, and
writes what that export writes: UTC dates like "Jun 2, 2026, 10:30:37 PM", the distance in
kilometres in the first Distance column and in metres in the second, the Competition and Long Run
tags, a Perceived Exertion on about half the runs.

The flags log is the native log with a red flag on every row, each in a place of its own
("spot17:9", "sharp pain in spot17"): as many niggle episodes, each raising a red flag, as rows.
Nobody writes such a log; it shows that the planner's time grows with the niggles, not with
their square.
"""
import argparse
import csv
import datetime
import math
import random
import sys
from pathlib import Path

FLOOR = datetime.date(1950, 1, 2)  # a Monday: the log never starts before it
STRAVA_FIXTURE = Path(__file__).resolve().parent.parent / "tests/fixtures/strava/activities-2024.csv"

NOTES = [
    "Felt good, legs fresh",
    "Windy on the seafront, held back",
    "With the club, chatty pace",
    "Hot, humid, took a gel at 40 min",
    "Rain all the way, new shoes, no blisters",
    "Tired from work, kept it easy",
    "Negative split, last 2 km quick",
    "Hilly loop, walked the steep bit",
]
NIGGLE_AREAS = ["left achilles", "right calf", "left hamstring", "right knee", "left foot", "lower back"]
RACES = [("City 10K", 10.0, 42), ("Parkrun", 5.0, 20), ("Half marathon", 21.1, 95), ("Club 5 mile", 8.0, 32)]


def week_pattern(rng, weekday, race_week):
    """One workout of the weekly pattern: (type, title, start, minutes, km or None, rpe)."""
    if weekday == 0:
        return "strength", "Gym - legs & core", (18, 0), rng.randint(30, 45), None, rng.randint(4, 6)
    if weekday == 1:
        kind = rng.choice(["intervals", "hills"])
        title = f"{rng.randint(5, 8)}x800 @ 5K pace" if kind == "intervals" else f"Hills {rng.randint(6, 10)}x60s"
        return kind, title, (18, 30), rng.randint(45, 70), rng.uniform(8, 13), rng.randint(7, 8)
    if weekday == 3:
        return "tempo", f"Tempo {rng.randint(2, 4)}x8 min", (18, 30), rng.randint(45, 60), rng.uniform(8, 12), rng.randint(6, 7)
    if weekday == 4:
        minutes = rng.randint(60, 120)
        return "ride", "Coffee ride", (10, 0), minutes, minutes * rng.uniform(0.38, 0.45), rng.randint(3, 4)
    if weekday == 5 and race_week:
        title, km, minutes = rng.choice(RACES)
        return "race", title, (9, 0), minutes + rng.randint(-2, 6), km, 9
    if weekday == 6:
        minutes = rng.randint(80, 130)
        return "long", "Sunday long run", (8, 0), minutes, minutes / rng.uniform(5.4, 6.2), rng.randint(4, 6)
    minutes = rng.randint(30, 55)
    return "easy", "Easy run", (6, 45), minutes, minutes / rng.uniform(5.6, 6.4), rng.randint(2, 4)


def workouts(rows, seed, end):
    """Yields (start, workout, note, niggle) for `rows` workouts in time order, ending on `end`."""
    rng = random.Random(seed)
    last_monday = end - datetime.timedelta(days=end.weekday())
    weeks_back_to_floor = (last_monday - FLOOR).days // 7 + 1
    streams = max(1, math.ceil(rows / (7 * weeks_back_to_floor)))
    weeks = math.ceil(rows / (7 * streams))
    first = last_monday - datetime.timedelta(weeks=weeks - 1)
    skip = weeks * 7 * streams - rows  # the first slots go unused, so the log ends on `end`
    slot = 0
    for week in range(weeks):
        for day_of_week in range(7):
            day = first + datetime.timedelta(weeks=week, days=day_of_week)
            today = []
            for stream in range(streams):
                slot += 1
                if slot <= skip:
                    continue
                weekday = (day_of_week + stream) % 7
                race_week = (week + stream) % 8 == 7
                kind, title, (hour, minute), minutes, km, rpe = week_pattern(rng, weekday, race_week)
                start = datetime.datetime(day.year, day.month, day.day, hour) + datetime.timedelta(minutes=minute + 2 * stream)
                note = rng.choice(NOTES) if rng.random() < 0.2 else ""
                niggle = f"{rng.choice(NIGGLE_AREAS)}:{rng.randint(1, 4)}" if rng.random() < 0.03 else ""
                today.append((start, (kind, title, minutes, km, rpe), note, niggle))
            today.sort(key=lambda workout: workout[0])
            yield from today


def write_native(out, rows, seed, end):
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["date", "type", "title", "duration", "distance", "rpe", "niggle", "notes"])
    for start, (kind, title, minutes, km, rpe), note, niggle in workouts(rows, seed, end):
        distance = f"{km:.1f}" if km is not None else ""
        writer.writerow([f"{start:%Y-%m-%d %H:%M}", kind, title, minutes, distance, rpe, niggle, note])


def write_flags(out, rows, seed, end):
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["date", "type", "title", "duration", "distance", "rpe", "niggle", "notes"])
    for i, (start, (kind, title, minutes, km, rpe), _, _) in enumerate(workouts(rows, seed, end)):
        distance = f"{km:.1f}" if km is not None else ""
        writer.writerow([f"{start:%Y-%m-%d %H:%M}", kind, title, minutes, distance, rpe, f"spot{i}:9", f"sharp pain in spot{i}"])


def strava_date(when):
    """`Jun 2, 2026, 10:30:37 PM`."""
    hour = when.hour % 12 or 12
    return f"{when:%b} {when.day}, {when.year}, {hour}:{when:%M:%S} {'PM' if when.hour >= 12 else 'AM'}"


def write_strava(out, rows, seed, end):
    header = STRAVA_FIXTURE.read_bytes().split(b"\n", 1)[0].decode("utf-8")
    names = header.split(",")
    out.write(header + "\n")

    def at(name, occurrence=0):
        return [i for i, n in enumerate(names) if n == name][occurrence]

    columns = {
        "id": at("Activity ID"), "date": at("Activity Date"), "name": at("Activity Name"),
        "type": at("Activity Type"), "description": at("Activity Description"),
        "elapsed": at("Elapsed Time"), "km": at("Distance"), "max_hr": at("Max Heart Rate"),
        "effort": at("Relative Effort"), "commute": at("Commute"), "gear": at("Activity Gear"),
        "file": at("Filename"), "weight": at("Athlete Weight"), "elapsed_raw": at("Elapsed Time", 1),
        "moving": at("Moving Time"), "metres": at("Distance", 1), "gain": at("Elevation Gain"),
        "max_hr_raw": at("Max Heart Rate", 1), "avg_hr": at("Average Heart Rate"), "calories": at("Calories"),
        "effort_raw": at("Relative Effort", 1), "rpe": at("Perceived Exertion"), "commute_raw": at("Commute", 1),
        "upload": at("From Upload"), "competition": at("Competition"), "long_run": at("Long Run"),
    }
    rng = random.Random(seed + 1)  # the Strava-only values, apart from the workouts' own stream
    writer = csv.writer(out, lineterminator="\n")
    activity_id = 9_000_000_000
    for start, (kind, title, minutes, km, rpe), note, niggle in workouts(rows, seed, end):
        activity_id += 1
        start += datetime.timedelta(seconds=rng.randint(0, 59))
        moving = minutes * 60
        elapsed = moving + rng.randint(0, 300)
        run = kind not in ("strength", "ride")
        max_hr = 120 + 8 * rpe + rng.randint(0, 8)
        avg_hr = max_hr - rng.uniform(10, 25)
        effort = round(minutes * rpe / 4)
        row = [""] * len(names)
        description = note
        if niggle:
            area = niggle.split(":")[0]
            description = f"{area} niggling, eased off" + (f". {note}" if note else "")
        values = {
            "id": activity_id, "date": strava_date(start), "type": {"strength": "Weight Training", "ride": "Ride"}.get(kind, "Run"),
            "name": title, "description": description, "elapsed": elapsed, "commute": "false",
            "file": f"activities/{activity_id}.fit.gz", "weight": "64.0", "elapsed_raw": f"{elapsed}.0",
            "moving": f"{moving}.0", "calories": f"{minutes * rng.uniform(9, 12):.1f}", "commute_raw": "0.0", "upload": "1.0",
        }
        if km is None:
            values.update(km="0.00", metres="0.0")
        else:
            metres = km * 1000 + rng.uniform(-40, 40)
            values.update(km=f"{metres / 1000:.2f}", metres=f"{metres:.1f}", gain=f"{rng.randint(5, 200)}.0",
                          max_hr=max_hr, max_hr_raw=f"{max_hr}.0", avg_hr=f"{avg_hr:.1f}", effort=effort,
                          effort_raw=f"{effort}.0", gear="Canyon Endurace" if kind == "ride" else "Saucony Ride 17")
        if run:
            values.update(competition="1.0" if kind == "race" else "0.0", long_run="1.0" if kind == "long" else "0.0")
            if rng.random() < 0.5:
                values["rpe"] = f"{rpe}.0"
        for key, value in values.items():
            row[columns[key]] = value
        writer.writerow(row)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", type=int)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--format", choices=["native", "strava", "flags"], default="native")
    parser.add_argument("--end", type=datetime.date.fromisoformat, default=datetime.date(2026, 6, 28))
    args = parser.parse_args()
    write = {"native": write_native, "strava": write_strava, "flags": write_flags}[args.format]
    write(sys.stdout, args.rows, args.seed, args.end)


if __name__ == "__main__":
    main()
