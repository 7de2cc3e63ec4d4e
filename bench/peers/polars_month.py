"""polars peer: killed per country and month, lazy scan, streamed CSV sink.

Usage: python3 polars_month.py EVENTS.csv OUT.csv
"""
import sys

import polars as pl

events, out = sys.argv[1], sys.argv[2]
(
    pl.scan_csv(events)
    .filter(pl.col("measure") == "killed")
    .group_by(
        "country",
        pl.col("date_start").str.slice(0, 7).alias("period"),
        "measure",
    )
    .agg(
        pl.col("low").sum(),
        pl.col("best").sum(),
        pl.col("high").sum(),
        pl.len().alias("events"),
    )
    .sort("country", "period", "measure")
    .sink_csv(out)
)
