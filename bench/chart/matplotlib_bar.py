#!/usr/bin/env python3
"""The peer for the chart benchmark: reads the same native-schema CSV as
`tally chart bar FILE --by country --measure killed --top 10 -o OUT` and draws the
same chart with matplotlib: horizontal bars of best, whiskers from low to high, an
arrow for unbounded highs, display-form labels, the tail folded into "N others",
title, subtitle and source line, 1200x675 px (PNG) or points (PDF).

Usage: matplotlib_bar.py EVENTS.csv OUT.(png|pdf) [TOP]
"""
import csv
import sys

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


def grouped(n):
    return f"{n:,}"


def display(low, best, high):
    if high is None:
        return grouped(low) + "+" + ("" if best == low else f" (best {grouped(best)})")
    return grouped(best) if low == high else grouped(low) + "\u2013" + grouped(high)


def main():
    path, out = sys.argv[1], sys.argv[2]
    top = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    totals = {}
    sources = {}
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["measure"] != "killed":
                continue
            best = int(row["best"])
            low = int(row["low"]) if row.get("low") else best
            high = int(row["high"]) if row.get("high") else best
            t = totals.setdefault(row["country"], [0, 0, 0])
            t[0] += low
            t[1] += best
            t[2] += high
            sources[row["source"]] = sources.get(row["source"], 0) + 1
    bars = sorted(totals.items(), key=lambda kv: (-kv[1][1], kv[0].encode()))
    if len(bars) > top + 1:
        rest = bars[top:]
        bars = bars[:top] + [(f"{len(rest)} others", [sum(v[i] for _, v in rest) for i in range(3)])]
    labels = [b[0] for b in bars]
    lows = [b[1][0] for b in bars]
    bests = [b[1][1] for b in bars]
    highs = [b[1][2] for b in bars]

    fig = plt.figure(figsize=(12, 6.75), dpi=100)
    ax = fig.add_axes([0.16, 0.12, 0.72, 0.72])
    y = list(range(len(bars)))[::-1]
    colors = ["#0072B2"] * len(bars)
    if labels and labels[-1].endswith(" others"):
        colors[-1] = "#B4B4B4"
    ax.barh(y, bests, height=0.64, color=colors)
    xerr = [[b - l for b, l in zip(bests, lows)], [h - b for h, b in zip(highs, bests)]]
    ax.errorbar(bests, y, xerr=xerr, fmt="none", ecolor="#1A1A1A", capsize=5, elinewidth=2)
    for yi, l, b, h in zip(y, lows, bests, highs):
        ax.text(max(b, h) * 1.01 + 1, yi, display(l, b, h), va="center", fontsize=11, fontweight="bold")
    ax.set_yticks(y)
    ax.set_yticklabels(labels, fontsize=12)
    ax.xaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda v, _: grouped(int(v))))
    ax.grid(axis="x", color="#E4E4E4")
    ax.set_axisbelow(True)
    for side in ("top", "right", "bottom"):
        ax.spines[side].set_visible(False)
    fig.text(0.023, 0.93, "Killed by country", fontsize=20, fontweight="bold")
    fig.text(0.023, 0.885, "Total, best estimate with low\u2013high range; all dates in the data", fontsize=13, color="#5E5E5E")
    ranked = sorted(sources.items(), key=lambda kv: (-kv[1], kv[0].encode()))
    names = "; ".join(k for k, _ in ranked[:3]) + (f"; and {len(ranked) - 3} more" if len(ranked) > 3 else "")
    fig.text(0.023, 0.03, "Source: " + names, fontsize=9, color="#5E5E5E")
    fig.savefig(out, dpi=100)


if __name__ == "__main__":
    main()
