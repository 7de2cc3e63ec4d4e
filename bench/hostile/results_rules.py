#!/usr/bin/env python3
"""Hostile checks of the result rules (Sources/TallyCore/Results/) through the CLI.

Issue 9, item 6 and "one home for the result rules": ranking with "N others" (ties,
--top 0/1/huge, all groups equal), totals and roll-ups near 2^53 (exit 65, never a wrong
figure), stocks vs flows when periods are rolled up (a stock is never summed over time),
series gaps (a stock is never joined across a period without an observation; a flow is
zero there), and the pivot behind report tables. Every expected figure is computed here,
in Python, from the rows written, not read from tally.

Run: TALLY=$PWD/.build/debug/tally python3 bench/hostile/results_rules.py
Ends with `N passed, M failed`; exit 1 on any failure.
"""
import html
import os
import re
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from hostile import Checks, no_backtrace  # noqa: E402

c = Checks("results_rules")
T = c.tmp
HEADER = "id,date_start,date_end,country,adm_1,adm_2,actor,measure,low,best,high,source\n"
MAX = 2 ** 53


def write(name, rows):
    """rows: (date, country, adm1, measure, low, best, high); returns the path."""
    path = os.path.join(T, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(HEADER)
        for i, (d, country, adm1, measure, lo, b, hi) in enumerate(rows):
            f.write(f"r{i},{d},,{country},{adm1},,g,{measure},{lo},{b},{hi},src\n")
    return path


def grouped(n):
    return f"{n:,}"


def display(lo, b, hi):
    """A label of a bounded estimate with a stated best (docs/charts.md, labels): the best
    first, then the range, `5 (4–12)`; one figure when low, best and high agree."""
    return grouped(b) if lo == hi == b else f"{grouped(b)} ({grouped(lo)}–{grouped(hi)})"


def svg_texts(path):
    with open(path, encoding="utf-8") as f:
        svg = f.read()
    return [html.unescape(t) for t in re.findall(r"<text[^>]*>([^<]*)</text>", svg)]


def bars(texts, names):
    """(label, value text) of each bar, top to bottom: a group name or `N others`, then its figure."""
    out = []
    for i, t in enumerate(texts[:-1]):
        if t in names or re.fullmatch(r"[\d,]+ others", t):
            out.append((t, texts[i + 1]))
    return out


def ranking(rows, top):
    """Independent ranking of a flow summed over all dates: by best desc, ties in UTF-8
    byte order; `top` kept and the rest folded unless that would fold a single group."""
    sums = {}
    for _, country, _, _, lo, b, hi in rows:
        s = sums.setdefault(country, [0, 0, 0])
        s[0] += lo; s[1] += b; s[2] += hi
    order = sorted(sums, key=lambda k: (-sums[k][1], k.encode()))
    shown = [(k, display(*sums[k])) for k in order]
    if top is not None and len(order) - top > 1:
        rest = order[top:]
        lo, b, hi = (sum(sums[k][j] for k in rest) for j in range(3))
        shown = shown[:top] + [(f"{grouped(len(rest))} others", display(lo, b, hi))]
    return shown


def bar_case(name, rows, top, extra=()):
    path = write(name + ".csv", rows)
    out = os.path.join(T, name + ".svg")
    args = ["chart", "bar", path, "--measure", "killed", "-o", out] + list(extra)
    if top is not None:
        args += ["--top", str(top)]
    r = c.run(args)
    if not c.check(f"{name}: exit 0", r.code == 0, r):
        return
    got = bars(svg_texts(out), {row[1] for row in rows})
    want = ranking(rows, top)
    c.check(f"{name}: bars and 'N others' as computed", got == want, f"got {got}, want {want}")


# --- Ranking -------------------------------------------------------------------------
# Ties: equal bests are ordered by the UTF-8 bytes of the name (capitals, then lower
# case, then non-ASCII), never by input order or locale. ("atlantis": a lower-case name
# tally does not know; a country it knows is keyed in its list's spelling whatever its
# case, so "afghanistan" is "Afghanistan", 088a43e.)
tie_names = ["atlantis", "Ägypten", "Zambia", "Bolivia", "Chad"]
bar_case("ties", [("2023-01-0%d" % (i + 1), n, "x", "killed", 1 + i, 5, 9 + i) for i, n in enumerate(tie_names)], None)
bar_case("ties-top2", [("2023-01-0%d" % (i + 1), n, "x", "killed", 1 + i, 5, 9 + i) for i, n in enumerate(tie_names)], 2)
# Best decides, not low or high: X has the larger best but the smaller range.
bar_case("best-decides", [("2023-01-01", "X", "x", "killed", 1, 9, 10), ("2023-01-02", "Y", "x", "killed", 5, 6, 20),
                          ("2023-01-03", "W", "x", "killed", 0, 8, 30)], None)
# All groups equal, every --top from 1 to beyond the count.
equal = [("2023-02-%02d" % (i + 1), "G%02d" % i, "x", "killed", 2, 3, 4) for i in range(7)]
for top in (1, 2, 5, 6, 7, 8, 10000):
    bar_case(f"all-equal-top{top}", equal, top)
# Folding a single group hides it for nothing: --top N of N+1 groups shows them all.
bar_case("fold-one", [("2023-01-01", "A", "x", "killed", 1, 1, 1), ("2023-01-01", "B", "x", "killed", 2, 2, 2)], 1)
# Flows are summed over months before ranking: A (2 + 5) overtakes B (6).
bar_case("sum-then-rank", [("2023-01-01", "A", "x", "killed", 2, 2, 2), ("2023-02-01", "A", "y", "killed", 5, 5, 5),
                           ("2023-01-01", "B", "x", "killed", 6, 6, 6), ("2023-03-01", "C", "x", "killed", 1, 1, 1)], 1)

# Out-of-range --top values: 64, no backtrace, and an existing output left alone.
small = write("small.csv", [("2023-01-01", "A", "x", "killed", 1, 1, 1), ("2023-01-01", "B", "x", "killed", 2, 2, 2)])
keep = os.path.join(T, "keep.svg")
for top in ("0", "-1", "10001", "9223372036854775807", "99999999999999999999", "1e3", ""):
    with open(keep, "w") as f:
        f.write("precious")
    r = c.run(["chart", "bar", small, "--measure", "killed", "-o", keep, "--top", top])
    with open(keep) as f:
        kept = f.read() == "precious"
    c.check(f"--top {top!r}: exit 64, no backtrace, output untouched", r.code == 64 and no_backtrace(r) and kept, r)

# --- Totals and roll-ups near 2^53 -----------------------------------------------------
half = 2 ** 52


def exit_case(name, args, want, rows, out=None):
    path = write(name + ".csv", rows)
    if out:
        with open(out, "w") as f:
            f.write("precious")
    r = c.run([a.replace("DATA", path) for a in args])
    ok = r.code == want and no_backtrace(r)
    if out and want != 0:
        with open(out) as f:
            ok = ok and f.read() == "precious"
    c.check(f"{name}: exit {want}" + (" and the output untouched" if out and want else ""), ok, r)
    if want == 65:
        c.check(f"{name}: the message names 2^53", "2^53" in r.text, r)
    return r


# Exactly 2^53 is representable and printed exactly.
r = exit_case("sum-at-limit", ["aggregate", "DATA", "--by", "country", "--period", "all", "--format", "csv"], 0,
              [("2023-01-01", "A", "x", "killed", half, half, half), ("2023-02-01", "A", "y", "killed", half, half, half)])
c.check("sum-at-limit: 2^53 printed exactly", f"A,all,killed,{MAX},{MAX},{MAX},2," in r.out.decode(), r.out[-200:])
# One more and the cell passes it.
exit_case("sum-past-limit", ["aggregate", "DATA", "--by", "country", "--period", "all", "--format", "csv"], 65,
          [("2023-01-01", "A", "x", "killed", half, half, half), ("2023-02-01", "A", "y", "killed", half, half + 1, half + 1)])
# Every group below 2^53, their "N others" fold above: 65, never a negative or rounded bar.
over = [("2023-01-0%d" % (i + 1), n, "x", "killed", half + 1, half + 1, half + 1) for i, n in enumerate("ABC")]
svg = os.path.join(T, "over.svg")
exit_case("others-overflow", ["chart", "bar", "DATA", "--measure", "killed", "--top", "1", "-o", svg], 65, over, out=svg)
# A country's months are fine on their own; summed over the chart's dates they pass 2^53.
months = [("2023-01-01", "A", "x", "killed", half + 1, half + 1, half + 1),
          ("2023-02-01", "A", "x", "killed", half + 1, half + 1, half + 1)]
exit_case("months-fine", ["aggregate", "DATA", "--by", "country", "--period", "month", "--format", "csv"], 0, months)
exit_case("bar-over-months", ["chart", "bar", "DATA", "--measure", "killed", "-o", svg], 65, months, out=svg)
# Totals over groups: `info` adds every country; only `low` passes (high does not matter alone).
exit_case("info-total", ["info", "DATA"], 65,
          [("2023-01-01", "A", "x", "killed", half + 1, half + 1, half + 1),
           ("2023-01-02", "B", "x", "killed", half, half, half)])
# Many groups at 2^53 each: whatever layout folds, no figure passes silently.
many = [("2023-01-01", "C%04d" % i, "x", "killed", MAX, MAX, MAX) for i in range(1100)]
r = exit_case("1100-groups-at-limit", ["chart", "bar", "DATA", "--measure", "killed", "-o", svg], 65, many, out=svg)
# A report headline adds the groups of the period.
rep_rows = [("2023-01-01", "A", "x", "killed", half + 1, half + 1, half + 1),
            ("2023-01-02", "B", "x", "killed", half + 1, half + 1, half + 1)]
write("rep.csv", rep_rows)
with open(os.path.join(T, "rep.yml"), "w") as f:
    f.write("title: Overflow\nname: ov\nperiod: 2023-01\ndatasets:\n  - path: rep.csv\n    source: s\n    licence: CC0\n"
            "sections:\n  - type: summary\n    measures: [killed]\n")
shutil.rmtree(os.path.join(T, "rep-out"), ignore_errors=True)
r = c.run(["report", os.path.join(T, "rep.yml"), "--out-dir", os.path.join(T, "rep-out")])
left = os.listdir(os.path.join(T, "rep-out")) if os.path.isdir(os.path.join(T, "rep-out")) else []
c.check("report headline over 2^53: exit 65, no file published", r.code == 65 and no_backtrace(r)
        and not [x for x in left if not x.startswith(".")], f"{r}, left {left}")

# --- Stocks vs flows over time ---------------------------------------------------------
# A stock is never summed over time: two months at 2^53 each are one size of 2^53.
stock_rows = [("2023-01-01", "A", "x", "members", MAX, MAX, MAX), ("2023-02-01", "A", "x", "members", MAX, MAX, MAX)]
path = write("stock-limit.csv", stock_rows)
r = c.run(["chart", "bar", path, "--measure", "members", "-o", svg])
ok = r.code == 0 and ("A", grouped(MAX)) in bars(svg_texts(svg), {"A"})
c.check("stock at 2^53 in two months: one bar of 2^53, not an overflow", ok, r)


def stock_expected(rows):
    """SPEC §3 over all dates: per finest cell (country, adm1) the rows of its latest date
    (envelope: min low, max high, lower median best), summed over the cells of a country."""
    cells, seen = {}, {}
    for d, country, adm1, _, lo, b, hi in rows:
        cells.setdefault((country, adm1), []).append((d, lo, b, hi))
    out = {}
    for (country, _), obs in cells.items():
        last = max(o[0] for o in obs)
        seen.setdefault(country, []).append(last)
        at = [o for o in obs if o[0] == last]
        bests = sorted(o[2] for o in at)
        lo, b, hi = min(o[1] for o in at), bests[(len(bests) - 1) // 2], max(o[3] for o in at)
        s = out.setdefault(country, [0, 0, 0])
        s[0] += lo; s[1] += b; s[2] += hi
    return out, seen


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def as_of(days, newest):
    """The "as of" a stock bar carries when its observations are older than the month
    shown (the newest observation's): `, as of Feb 2023` or `, as of Jan 2023 to Feb 2023`."""
    month = lambda d: MONTHS[int(d[5:7]) - 1] + " " + d[:4]
    if min(days)[:7] >= newest[:7]:
        return ""
    a, b = month(min(days)), month(max(days))
    return ", as of " + (a if a == b else f"{a} to {b}")


stocks = [("2023-01-05", "A", "x", "members", 10, 10, 10), ("2023-03-05", "A", "x", "members", 7, 7, 7),
          ("2023-02-05", "A", "y", "members", 5, 5, 5), ("2023-02-05", "B", "y", "members", 3, 4, 6),
          ("2023-02-05", "B", "y", "members", 1, 9, 9), ("2023-02-05", "B", "y", "members", 2, 2, 3),
          ("2023-01-05", "B", "z", "members", 100, 100, 100)]
path = write("stocks.csv", stocks)
r = c.run(["chart", "bar", path, "--measure", "members", "-o", svg])
want, seen = stock_expected(stocks)
newest = max(d for d, *_ in stocks)
want_bars = [(k, display(*want[k]) + as_of(seen[k], newest)) for k in sorted(want, key=lambda k: (-want[k][1], k.encode()))]
got = bars(svg_texts(svg), {"A", "B"}) if r.code == 0 else r
c.check("stock bars: latest per place (ties: envelope, lower median), summed over places", got == want_bars,
        f"got {got}, want {want_bars}")
r = c.run(["aggregate", path, "--by", "country", "--period", "quarter", "--format", "csv"])
rows = r.out.decode().splitlines()[1:] if r.code == 0 else []
want_rows = [f"{k},2023-Q1,members,{v[0]},{v[1]},{v[2]}" for k, v in sorted(want.items())]
c.check("stock by quarter: the same snapshots, never a sum of months",
        [",".join(x.split(",")[:6]) for x in rows] == want_rows, f"{rows} vs {want_rows}")
# The same rows as a flow (--stock not given, measure renamed) are summed over months.
flows = [(d, k, a, "killed", lo, b, hi) for d, k, a, _, lo, b, hi in stocks]
bar_case("same-rows-as-flow", flows, None)

# --- Series gaps -----------------------------------------------------------------------
SERIES_COLOUR = "stroke:rgb(0%,44.705882%,69.803922%)"


def series_segments(path):
    """Line segments of the series (the first palette colour; a flow's line is 2.5 wide,
    a stock's joins 1.5): how many pairs of points are joined, and the paths' point counts."""
    with open(path, encoding="utf-8") as f:
        svg = f.read()
    paths = []
    for style, d in re.findall(r'<path style="([^"]*)" d="([^"]*)"', svg):
        if "fill:none" in style and SERIES_COLOUR in style and re.search(r"stroke-width:(1\.5|2\.5);", style):
            paths.append(re.findall(r"[ML] ([-\d.]+) ([-\d.]+)", d))
    # A period the data covers only in part is drawn dashed, a path of its own that
    # starts where the solid line ends: paths that meet end to start are one line.
    chains = []
    for points in sorted(paths, key=lambda p: float(p[0][0])):
        if chains and chains[-1][-1] == points[0]:
            chains[-1] = chains[-1] + points[1:]
        else:
            chains.append(points)
    return sum(len(p) - 1 for p in paths), sorted(len(ch) for ch in chains)


def series_case(name, measure, months, check, what, extra=()):
    rows = [(f"2023-{m:02d}-10", "A", "x", measure, 5 + m, 5 + m, 5 + m) for m in months]
    path = write(name + ".csv", rows)
    out = os.path.join(T, name + ".svg")
    r = c.run(["chart", "timeline", path, "--measure", measure, "--period", "month", "-o", out] + list(extra))
    if c.check(f"{name}: exit 0", r.code == 0, r):
        got, counts = series_segments(out)
        c.check(f"{name}: {what}", check(got, counts), f"got {got} segments, paths of {counts} points")


# A stock is joined only across consecutive observed periods: months 1,2,4,5,6 have
# three consecutive pairs (1-2, 4-5, 5-6), never 2-4.
for name, months, pairs in (("stock-gap", [1, 3], 0), ("stock-consecutive", [1, 2], 1),
                            ("stock-gap-in-run", [1, 2, 4, 5, 6], 3), ("stock-every-other", [1, 3, 5, 7], 0)):
    series_case(name, "members", months, lambda got, counts, p=pairs: got == p, f"{pairs} joined pairs of months")
# A flow of a source that reports continuously (--continuous for a native CSV) is zero in
# a month without records: one unbroken line that goes down to zero between the observed
# months (at least 3 points; a straight join would have 2).
for name, months in (("flow-gap", [1, 3]), ("flow-long-gap", [1, 7]), ("flow-two-gaps", [1, 4, 9])):
    series_case(name + "-continuous", "killed", months,
                lambda got, counts, n=len(months): len(counts) == 1 and counts[0] >= n + 1,
                "one line, through zero in the months without records", ["--continuous"])
# A native CSV is not known to report continuously: its flow breaks where there is no
# record, like a stock (docs/charts.md, the gap rule), never a straight join across it.
for name, months, pairs in (("flow-gap", [1, 3], 0), ("flow-gap-in-run", [1, 2, 4, 5, 6], 3)):
    series_case(name + "-sparse", "killed", months, lambda got, counts, p=pairs: got == p,
                f"{pairs} joined pairs of months, no join across a month without records")

# --- Pivot (report tables) -------------------------------------------------------------
piv = [("2023-01-05", "Mali", "x", "killed", 1, 2, 3), ("2023-01-06", "Mali", "x", "injured", 5, 5, 5),
       ("2023-01-07", "Chad", "x", "killed", 4, 4, 4), ("2023-01-08", "Niger", "x", "injured", 9, 9, 9),
       ("2023-01-09", "Chad", "y", "killed", 1, 1, 1), ("2023-02-01", "Chad", "y", "killed", 50, 50, 50),
       ("2023-01-10", "Benin", "x", "killed", 2, 2, 2), ("2023-01-11", "Benin", "x", "injured", 7, 7, 7)]
write("piv.csv", piv)
with open(os.path.join(T, "piv.yml"), "w") as f:
    f.write("title: Pivot\nname: pv\nperiod: 2023-01\ndatasets:\n  - path: piv.csv\n    source: s\n    licence: CC0\n"
            "sections:\n  - type: table\n    title: T\n    by: [country]\n    measures: [killed, injured]\n")
shutil.rmtree(os.path.join(T, "piv-out"), ignore_errors=True)
r = c.run(["report", os.path.join(T, "piv.yml"), "--out-dir", os.path.join(T, "piv-out"), "--format", "pdf"])
if c.check("pivot report: exit 0", r.code == 0, r):
    text = subprocess.run(["pdftotext", "-layout", os.path.join(T, "piv-out", "pv-2023-01.pdf"), "-"],
                          capture_output=True, text=True).stdout
    got = [line.split() for line in text.splitlines() if line.split()[:1] and line.split()[0] in ("Mali", "Chad", "Niger", "Benin")]
    jan = [x for x in piv if x[0].startswith("2023-01")]
    cell = {}
    for _, k, _, m, lo, b, hi in jan:
        s = cell.setdefault((k, m), [0, 0, 0, 0])
        s[0] += lo; s[1] += b; s[2] += hi; s[3] += 1
    names = sorted({k for _, k, *_ in jan}, key=lambda k: (-cell.get((k, "killed"), [0, -1])[1], k.encode()))

    def fig(k, m):
        return display(*cell[(k, m)][:3]) if (k, m) in cell else "–"
    # pdftotext splits `2 (1–3)` into two words, as it splits the got lines.
    want = [[k, *fig(k, "killed").split(), *fig(k, "injured").split(), str(cell.get((k, "killed"), [0, 0, 0, 0])[3])]
            for k in names]
    c.check("pivot: one line per group, first measure's best orders (ties by name), '–' where none, records",
            got == want, f"got {got}, want {want}")

c.finish()
