"""DuckDB peer: killed per country and month, one fused query, CSV written by COPY.

Usage: python3 duckdb_month.py EVENTS.csv OUT.csv
"""
import sys

import duckdb

events, out = sys.argv[1], sys.argv[2]
duckdb.sql(f"""
COPY (
    SELECT country,
           strftime(date_start, '%Y-%m') AS period,
           measure,
           sum(low)  AS low,
           sum(best) AS best,
           sum(high) AS high,
           count(*)  AS events
    FROM read_csv('{events}')
    WHERE measure = 'killed'
    GROUP BY ALL
    ORDER BY country, period, measure
) TO '{out}' (HEADER)
""")
