#!/usr/bin/env python3
"""Many small inputs given together, timed (issue 9: never hang; the speed bar).

    python3 bench/scaling/many_files.py --tally .build/release/tally [--mode day|week|month|apart] [N ...]

Writes N files of 3 rows each (an id, one of 3 countries, killed, a figure below --figures, 40), all
of one day (`day`: a folder of per-source files for one day, `tally aggregate day/*.csv`),
of days mixed over one week or one month, or one a day (`apart`: a daily cron archive),
each file's rows unlike every other's (no copies),
runs `tally aggregate --period all` over them and prints the CPU seconds (user and system)
and how they grow. Each input is checked against the earlier ones for a table of sums
beside its records (Pipeline.checkTableOverlap): with the earlier inputs' sums indexed
by place, measure and figure (Pipeline.SumIndex) the work grows about as the inputs do,
not as their pairs. bench/hostile/scaling.py holds the bound that fails a return of the
quadratic code.
"""
import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile


def write_files(folder, n, mode, seed=7, figures=40):
    rnd = random.Random(seed)
    names = []
    seen = set()
    for i in range(n):
        # No two files of the same rows (a copy, refused by another rule).
        while True:
            picked = []
            for j in range(3):
                day = {"day": 0, "week": rnd.randrange(7), "month": rnd.randrange(28), "apart": i}[mode]
                picked.append((day, rnd.choice(["Syria", "Yemen", "Sudan"]), rnd.randrange(figures)))
            if tuple(sorted(picked)) not in seen:
                seen.add(tuple(sorted(picked)))
                break
        rows = ["id,date_start,country,measure,best"]
        for j, (day, country, best) in enumerate(picked):
            y, rest = divmod(day, 336)
            m, d = divmod(rest, 28)
            rows.append(f"f{i}r{j},{2001 + y}-{m + 1:02d}-{d + 1:02d},{country},killed,{best}")
        name = f"f{i:05d}.csv"
        with open(os.path.join(folder, name), "w") as f:
            f.write("\n".join(rows) + "\n")
        names.append(name)
    return names


def cpu_run(tally, names, folder, timeout):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    r = subprocess.run([tally, "aggregate", "--period", "all"] + names, cwd=folder, capture_output=True, timeout=timeout)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tally", default=os.environ.get("TALLY", ".build/release/tally"))
    ap.add_argument("--mode", default="day", choices=["day", "week", "month", "apart"])
    ap.add_argument("--timeout", type=float, default=600)
    # Figures below 40 agree by chance: over a week or a month, honest files of small
    # figures are refused as a table of another's sums at a few hundred files (the run then
    # stops early); --figures 1000000 times the whole run.
    ap.add_argument("--figures", type=int, default=40)
    ap.add_argument("sizes", nargs="*", type=int, default=[200, 400, 800, 1100, 2000])
    a = ap.parse_args()
    last = None
    for n in a.sizes:
        with tempfile.TemporaryDirectory() as folder:
            names = write_files(folder, n, a.mode, figures=a.figures)
            r, s = cpu_run(os.path.abspath(a.tally), names, folder, a.timeout)
        growth = f", {s / max(last[1], 0.01):.1f} times the CPU of {last[0]:,} for {n / last[0]:.1f} times the files" if last else ""
        print(f"{a.mode}: {n:,} files of 3 rows: exit {r.returncode}, {s:.2f} s of CPU{growth}", flush=True)
        if r.returncode != 0:
            print(r.stderr.decode("utf-8", "replace")[:500], file=sys.stderr)
        last = (n, s)


if __name__ == "__main__":
    main()
