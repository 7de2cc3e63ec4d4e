#!/usr/bin/env python3
"""The peer of `tally report` for the benchmark: pandas + matplotlib building the same
monthly brief from the same CSV, as a data team would script it.

Same work as bench.yml asks of tally: read every row, monthly totals with low/best/high
(flows summed; the `members` stock as the latest observation per place and actor,
summed), comparisons with the previous month and the same month a year before, a bar
chart of killed by country (top 10 with ranges), a 24-month timeline with the low-high
band, a table of the 25 provinces with most killed, a sources page; a 3-page PDF through
PdfPages, each chart also as a PNG at 2400x1350 pixels, and the month's aggregate as CSV.

usage: peer_report.py EVENTS.csv OUT_DIR [PERIOD]   (PERIOD like 2025-12)
"""
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
from matplotlib.backends.backend_pdf import PdfPages  # noqa: E402

STOCKS = {"members", "fighters", "supporters", "strength"}


def grouped(n):
    return f"{int(n):,}"


def display(low, best, high):
    if pd.isna(high):
        return grouped(low) + "+"
    if low == high:
        return grouped(best)
    return grouped(low) + "\u2013" + grouped(high)


def month_totals(df, keys):
    """Rows per keys+month+measure with SPEC §3 semantics for flows and stocks."""
    flows = df[~df.measure.isin(STOCKS)]
    agg = flows.groupby(keys + ["month", "measure"], dropna=False).agg(
        low=("low", "sum"), best=("best", "sum"), high=("high", "sum"), events=("best", "size"))
    stocks = df[df.measure.isin(STOCKS)]
    if len(stocks):
        cell = ["country", "adm_1", "adm_2", "actor", "month", "measure"]
        latest = stocks[stocks.date_start == stocks.groupby(cell, dropna=False).date_start.transform("max")]
        env = latest.groupby(cell, dropna=False).agg(
            low=("low", "min"), best=("best", lambda s: sorted(s)[(len(s) - 1) // 2]), high=("high", "max"),
            events=("best", "size")).reset_index()
        sagg = env.groupby(keys + ["month", "measure"], dropna=False)[["low", "best", "high", "events"]].sum()
        agg = pd.concat([agg, sagg])
    return agg.reset_index()


def main():
    path, out = sys.argv[1], sys.argv[2]
    df = pd.read_csv(path, keep_default_na=False, na_values=[""],
                     dtype={"country": str, "adm_1": str, "adm_2": str, "actor": str, "measure": str, "source": str})
    for c in ("adm_1", "adm_2", "actor"):
        df[c] = df[c].fillna("")
    df["high"] = df["high"].fillna(df["best"])
    df["low"] = df["low"].fillna(df["best"])
    df["month"] = df.date_start.str.slice(0, 7)
    period = sys.argv[3] if len(sys.argv) > 3 else df.month.max()
    y, m = int(period[:4]), int(period[5:])
    prev = f"{y if m > 1 else y - 1:04d}-{m - 1 if m > 1 else 12:02d}"
    year_ago = f"{y - 1:04d}-{m:02d}"

    totals = month_totals(df, [])
    by_country = month_totals(df[df.month == period], ["country"])
    by_adm1 = month_totals(df[df.month == period], ["country", "adm_1"])
    by_adm1.sort_values(["country", "adm_1", "month", "measure"]).to_csv(
        f"{out}/peer-{period}.csv", index=False, columns=["country", "adm_1", "month", "measure", "low", "best", "high", "events"])

    def total(month, measure):
        r = totals[(totals.month == month) & (totals.measure == measure)]
        return None if r.empty else r.iloc[0]

    lines = []
    for measure in ["killed", "injured", "members"]:
        now = total(period, measure)
        text = f"{measure}: " + (display(now.low, now.best, now.high) if now is not None else "no records")
        for label, mon in (("previous month", prev), ("a year before", year_ago)):
            then = total(mon, measure)
            if then is not None:
                text += f"   {label}: {display(then.low, then.best, then.high)}"
                if now is not None and then.best > 0:
                    text += f" ({(now.best - then.best) / then.best * 100:+.0f}%)"
        lines.append(text)

    killed = by_country[by_country.measure == "killed"].sort_values("best", ascending=False).head(10)
    months = sorted(totals.month.unique())
    window = [mm for mm in months if mm <= period][-24:]
    trend = totals[(totals.measure == "killed") & totals.month.isin(window)].set_index("month").reindex(window, fill_value=0)
    table = by_adm1[by_adm1.measure == "killed"].sort_values("best", ascending=False).head(25)

    def bar(ax):
        ax.barh(killed.country[::-1], killed.best[::-1], color="#0072B2")
        ax.errorbar(killed.best[::-1], range(len(killed)),
                    xerr=[killed.best[::-1] - killed.low[::-1], killed.high[::-1] - killed.best[::-1]],
                    fmt="none", ecolor="black", capsize=3)
        for i, (_, r) in enumerate(killed[::-1].iterrows()):
            ax.text(r.high, i, " " + display(r.low, r.best, r.high), va="center", fontsize=8)
        ax.set_title(f"Killed by country, {period}", loc="left")

    def line(ax):
        ax.fill_between(range(len(window)), trend.low, trend.high, color="#0072B2", alpha=0.2)
        ax.plot(range(len(window)), trend.best, color="#0072B2")
        ax.set_xticks(range(0, len(window), 3), window[::3], fontsize=7)
        ax.set_title("Killed per month", loc="left")

    for name, draw in (("killed-by-country", bar), ("killed-trend", line)):
        fig, ax = plt.subplots(figsize=(12, 6.75))
        draw(ax)
        fig.savefig(f"{out}/peer-{period}-{name}.png", dpi=200)
        plt.close(fig)

    with PdfPages(f"{out}/peer-{period}.pdf", metadata={"Title": f"Monthly brief {period}", "Subject": "benchmark peer"}) as pdf:
        fig = plt.figure(figsize=(8.27, 11.69))
        fig.text(0.08, 0.95, f"Monthly brief, {period}", fontsize=20, weight="bold")
        for i, t in enumerate(lines):
            fig.text(0.08, 0.90 - i * 0.03, t, fontsize=9)
        bar(fig.add_axes([0.25, 0.35, 0.65, 0.4]))
        fig.text(0.5, 0.02, "1 / 3", ha="center", fontsize=8)
        pdf.savefig(fig)
        plt.close(fig)

        fig = plt.figure(figsize=(8.27, 11.69))
        line(fig.add_axes([0.1, 0.62, 0.85, 0.3]))
        ax = fig.add_axes([0.08, 0.05, 0.84, 0.5])
        ax.axis("off")
        cells = [[r.country, r.adm_1, display(r.low, r.best, r.high), grouped(r.events)] for _, r in table.iterrows()]
        ax.table(cellText=cells, colLabels=["Country", "Province", "Killed", "Records"], loc="upper center").set_fontsize(7)
        fig.text(0.5, 0.02, "2 / 3", ha="center", fontsize=8)
        pdf.savefig(fig)
        plt.close(fig)

        fig = plt.figure(figsize=(8.27, 11.69))
        fig.text(0.08, 0.95, "Sources and method", fontsize=16, weight="bold")
        sources = df.source.value_counts().index[:12]
        fig.text(0.08, 0.90, "Sources named in the records: " + "; ".join(sources), fontsize=8, wrap=True)
        fig.text(0.08, 0.86, f"Records read: {len(df):,}", fontsize=8)
        fig.text(0.08, 0.82, "Ranges: lows, bests and highs are summed separately; stocks are the latest "
                 "observation per place and actor.", fontsize=8, wrap=True)
        fig.text(0.5, 0.02, "3 / 3", ha="center", fontsize=8)
        pdf.savefig(fig)
        plt.close(fig)


if __name__ == "__main__":
    main()
