#!/usr/bin/env python3
"""Times two builds of recover in turns: bench/ab.py ROUNDS BINARY_A BINARY_B [ARGS...]

The machine's speed drifts by as much as half within minutes, so two builds timed one after the
other compare the minutes, not the builds. This runs A and B alternately (ABBA...), ROUNDS times
each, and prints each one's median and fastest wall and CPU time, and the median of the paired
differences B - A, which the drift mostly cancels out of. ARGS default to the benchmark's plan of
the 1,000,000-row log (make bench makes it).
"""
import glob
import resource
import statistics
import subprocess
import sys
import time


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__.splitlines()[0])
    rounds, binaries, args = int(sys.argv[1]), sys.argv[2:4], sys.argv[4:]
    if not args:
        logs = glob.glob("build/bench/native-1000000-*.csv")
        if not logs:
            sys.exit("ab.py: no build/bench/native-1000000-*.csv (run make bench first, or give ARGS)")
        args = ["plan", logs[0], "--from", "2026-04-06", "--until", "2026-06-28", "--today", "2026-06-29", "--format", "json"]
    times = {0: [], 1: []}
    for i in range(rounds):
        for k in (0, 1) if i % 2 == 0 else (1, 0):
            before, start = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
            subprocess.run([binaries[k]] + args, stdout=subprocess.DEVNULL, check=True)
            wall, after = time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN)
            times[k].append((wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime))
    for k in (0, 1):
        wall, cpu = [w for w, _ in times[k]], [c for _, c in times[k]]
        print(f"{'AB'[k]} {binaries[k]}: wall median {1e3 * statistics.median(wall):.1f} ms, fastest {1e3 * min(wall):.1f}; "
              f"CPU median {1e3 * statistics.median(cpu):.1f} ms, least {1e3 * min(cpu):.1f}")
    paired = [(b[0] - a[0], b[1] - a[1]) for a, b in zip(times[0], times[1])]
    print(f"B - A, median of the {rounds} pairs: wall {1e3 * statistics.median(w for w, _ in paired):+.1f} ms, "
          f"CPU {1e3 * statistics.median(c for _, c in paired):+.1f} ms")


if __name__ == "__main__":
    main()
