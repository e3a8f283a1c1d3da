#!/usr/bin/env python3
"""Writes a native recover log of N years of believable training to stdout (seeded, reproducible).

Usage: bench/make_log.py YEARS [SEED]
"""
import datetime
import random
import sys

years = int(sys.argv[1]) if len(sys.argv) > 1 else 10
rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
day = datetime.date(2016, 1, 4)  # a Monday
end = day + datetime.timedelta(days=365 * years)
print("date,type,title,duration,distance,rpe,niggle,notes")
week = 0
while day < end:
    block = week % 16
    for weekday in range(7):
        d = day + datetime.timedelta(days=weekday)
        if weekday == 1 and block not in (7, 15):
            kind = rng.choice(["intervals", "tempo", "hills"])
            print(f"{d} 18:30,{kind},\"{kind.title()}, {rng.randint(5, 8)} reps\",{rng.randint(45, 70)},{rng.uniform(8, 13):.1f},{rng.randint(7, 8)},,")
        elif weekday == 6:
            minutes = 80 + 5 * min(block, 10)
            print(f"{d} 08:00,long,Sunday long run,{minutes},{minutes / 5.8:.1f},{rng.randint(4, 7)},,")
        elif weekday in (0, 4):
            continue
        else:
            niggle = "left achilles:2" if rng.random() < 0.03 else ""
            print(f"{d} 06:45,easy,Easy run,{rng.randint(30, 55)},{rng.uniform(5, 9):.1f},{rng.randint(2, 4)},{niggle},")
    if block == 15:
        print(f"{day + datetime.timedelta(days=6)} 09:00,race,City Half Marathon,100,21.1,9,,")
    if week % 5 == 0:
        print(f"{day + datetime.timedelta(days=4)} 17:30,massage,Sports massage,60,,,,")
    week += 1
    day += datetime.timedelta(days=7)
