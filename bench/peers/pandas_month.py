"""pandas peer: killed per country and month, read_csv with usecols, groupby, to_csv.

Usage: python3 pandas_month.py EVENTS.csv OUT.csv
"""
import sys

import pandas as pd

events, out = sys.argv[1], sys.argv[2]
frame = pd.read_csv(
    events,
    usecols=["date_start", "country", "measure", "low", "best", "high"],
    dtype={"date_start": str, "country": str, "measure": str},
    keep_default_na=False,
)
frame = frame[frame["measure"] == "killed"]
frame["period"] = frame["date_start"].str.slice(0, 7)
result = (
    frame.groupby(["country", "period", "measure"], sort=True)
    .agg(low=("low", "sum"), best=("best", "sum"), high=("high", "sum"), events=("low", "size"))
    .reset_index()
)
result.to_csv(out, index=False, lineterminator="\n")
