#!/usr/bin/env python3
"""Work that must grow with the input, not with its square (issue 9: never hang).

    TALLY=$PWD/.build/release/tally python3 bench/hostile/scaling.py

Measured as whole processes, as a user meets them, with bounds in CPU seconds (user and
system, so a loaded machine does not fail them) that the code keeps with room and a return of
the quadratic (or worse) code does not; a debug build gets four times as much. A run also has
a wall-time limit, so a hang fails rather than stalls. These were timed unit tests until 2026-12-06: speed belongs here,
the unit tests keep only the answers (and a one-minute limit that tells a hang from a loaded
machine).

Classes, each at two sizes so the log shows the growth:
  - many measure names: 2,000 and 16,000 distinct names with one typing slip ("kiled") must
    be compared by the keys a slip shares (MeasureSlips.slipKeys), not every pair;
  - places one letter apart: 2,500 and 20,000 distinct places of one country with one pair
    ("Idlib"/"Idlibb") must be compared by neighbours, not every pair (KeyNotes);
  - a measure name of 128 KiB and of almost 1 MiB ending in a stock word: its ends are cut only as long as
    the longest listed word (MeasureCatalog.stockWord);
  - many input files: 400 and 1,200 one-row daily files given together (review46 H1: the
    checks that two files are parts of one export compared every pair; 1,500 files took 111 s);
  - many input files of one day: 200 and 1,000 files of 3 rows (issue 9: each was checked
    against every earlier one for a table of its sums, 16 s for 1,100).
"""
import os
import resource
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from hostile import Checks, no_backtrace  # noqa: E402

c = Checks("scaling")
T = c.tmp
# A debug build (its path, or TALLY_DEBUG=1 for a copy elsewhere) gets four times as much.
SCALE = 4 if "/debug/" in c.tally or os.environ.get("TALLY_DEBUG") == "1" else 1


def write(name, text):
    p = os.path.join(T, name)
    with open(p, "w", encoding="utf-8") as f:
        f.write(text)
    return p


def timed(args, timeout, cwd=None):
    """The run and its CPU seconds (user + system): CPU, not wall time, so that other work
    on the machine (CI's other check chain, a developer's build) does not fail a check."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    r = c.run(args, timeout=timeout, cwd=cwd)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def grows_linearly(what, sizes, seconds, most):
    """The CPU of the larger run over the smaller's: about the ratio of the sizes for linear
    work, its square for pairwise work; `most` sits between the two (8 times the input: 24,
    where pairwise work is 64 times; review48 F7: at 4 times, bound 9, a quadratic part of
    6 s at 20,000 places passed)."""
    ratio = seconds[1] / max(seconds[0], 0.05)
    c.check(f"{what}: {sizes[1] / sizes[0]:.0f} times the input took {ratio:.1f} times the CPU (< {most})",
            ratio < most)


# Places one letter apart.
cpu = []
for n in (2500, 20000):
    rows = ["date_start,country,adm_1,measure,best"]
    rows += [f"2023-01-{1 + i % 28:02d},Syria,Place{i * 7:06d},killed,1" for i in range(n)]
    rows += ["2023-02-01,Syria,Idlib,killed,2", "2023-02-02,Syria,Idlibb,killed,3"]
    f = write(f"places{n}.csv", "\n".join(rows) + "\n")
    bound = 20 * SCALE
    r, s = timed(["aggregate", f, "--period", "year", "--by", "adm1"], timeout=bound * 10)
    notes = [line for line in r.err.decode("utf-8", "replace").splitlines() if "one letter apart" in line]
    c.check(f"{n:,} places + one pair one letter apart: exit 0, one note naming the pair, in {s:.1f} s of CPU (< {bound} s)",
            r.code == 0 and len(notes) == 1 and '"Idlib" and "Idlibb"' in notes[0] and s < bound
            and no_backtrace(r), r)
    cpu.append(s)
grows_linearly("places one letter apart", (2500, 20000), cpu, 24)

# A measure name of almost 1 MiB (the cap is 1 MiB).
cpu = []
for size in (1 << 17, (1 << 20) - 64):
    f = write(f"longname{size}.csv", "date_start,country,measure,best\n"
              f"2023-01-01,Syria,{'x' * size}cumulative,5\n2023-01-02,Syria,killed,1\n")
    bound = 10 * SCALE
    r, s = timed(["aggregate", f, "--period", "year"], timeout=bound * 10)
    c.check(f"a {size:,}-byte measure name ending in a stock word: 65 naming the word, in {s:.1f} s of CPU (< {bound} s)",
            r.code == 65 and b'"cumulative"' in r.err and s < bound and no_backtrace(r), r)
    cpu.append(s)
grows_linearly("a long measure name", (1 << 17, 1 << 20), cpu, 24)

# Many measure names (audit9b N1): each was compared with every earlier one for a typing
# slip (MeasureSlips.first), 16,000 names 41 s of CPU (release); now only names sharing a
# key of one slip are compared.
import random  # noqa: E402
cpu = []
for n in (2000, 16000):
    rng = random.Random(n)
    words = sorted({"".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(12)) for _ in range(n)})
    rows = ["date_start,country,measure,best"] + [f"2023-01-01,Syria,{w},1" for w in words]
    rows += ["2023-01-02,Syria,killed,1", "2023-01-03,Syria,kiled,2"]
    f = write(f"measures{n}.csv", "\n".join(rows) + "\n")
    bound = 10 * SCALE
    r, s = timed(["aggregate", f, "--period", "year"], timeout=bound * 10)
    c.check(f"{len(words):,} measure names and one slip: 65 naming it, in {s:.1f} s of CPU (< {bound} s)",
            r.code == 65 and b'"kiled"' in r.err and s < bound and no_backtrace(r), r)
    cpu.append(s)
grows_linearly("many measure names", (2000, 16000), cpu, 24)

# Many input files, one row each, a day apart.
cpu = []
for n in (400, 1200):
    folder = os.path.join(T, f"files{n}")
    os.makedirs(folder)
    names = []
    for i in range(n):
        day = time.strftime("%Y-%m-%d", time.gmtime(1577836800 + 86400 * i))
        name = f"f{i:05d}.csv"
        with open(os.path.join(folder, name), "w") as f:
            f.write(f"date_start,country,adm_1,measure,best\n{day},Syria,Idlib,killed,1\n")
        names.append(name)
    bound = (15 if n <= 400 else 45) * SCALE
    r, s = timed(["aggregate", "--period", "all"] + names, timeout=bound * 10, cwd=folder)
    out = r.out.decode()
    c.check(f"{n:,} one-row files given together: exit 0, {n} killed, in {s:.1f} s of CPU (< {bound} s)",
            r.code == 0 and f",killed,{n},{n},{n}," in out and s < bound and no_backtrace(r), r)
    cpu.append(s)
grows_linearly("many files", (400, 1200), cpu, 6.5)

# Many input files of one day, three rows each (issue 9: a folder of per-source files for one
# day): each input was checked against every earlier one for a table of its sums (1,000 files:
# 12 s of CPU); Pipeline.SumIndex looks up only the earlier inputs that share a figure (3.3 s).
# The comparison of two exports of one source (Pipeline.barrier, OverlapFinding) is still made
# pair by pair over inputs that share days, so the growth is not yet linear and only the larger
# run has a bound (a return of the table check's pairs fails it). bench/scaling/many_files.py
# times more sizes, and days over a week or a month.
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "scaling"))
from many_files import write_files  # noqa: E402
for n in (200, 1000):
    folder = os.path.join(T, f"day{n}")
    os.makedirs(folder)
    names = write_files(folder, n, "day")
    bound = (3 if n <= 200 else 7) * SCALE
    r, s = timed(["aggregate", "--period", "all"] + names, timeout=bound * 10, cwd=folder)
    c.check(f"{n:,} files of 3 rows, all of one day: exit 0, in {s:.1f} s of CPU (< {bound} s)",
            r.code == 0 and ",all,killed," in r.out.decode() and s < bound and no_backtrace(r), r)

sys.exit(c.finish())
