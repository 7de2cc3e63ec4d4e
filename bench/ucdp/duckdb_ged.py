"""DuckDB peer for the real-data benchmark: UCDP GED killed and civilians_killed by
country (or country and adm_1) and year or month of date_start, a row whose best
lies outside its range counted as its envelope (least/greatest), as tally does; one
query, CSV written by COPY. A user's query, not tally's code.

Usage: python3 duckdb_ged.py GED.csv OUT.csv [country|adm1] [year|month]
"""
import sys

import duckdb

ged, out = sys.argv[1], sys.argv[2]
by = sys.argv[3] if len(sys.argv) > 3 else "country"
period = sys.argv[4] if len(sys.argv) > 4 else "year"
keys = "country" if by == "country" else "country, adm_1"
fmt = "%Y" if period == "year" else "%Y-%m"
duckdb.sql("SET default_null_order = 'nulls_first'")  # tally sorts an empty adm_1 first (byte order)
duckdb.sql(f"""
COPY (
    WITH ged AS (SELECT * FROM read_csv('{ged}', header = true))
    SELECT {keys}, period, measure, sum(low) AS low, sum(best) AS best, sum(high) AS high, count(*) AS events
    FROM (
        SELECT {keys}, strftime(date_start, '{fmt}') AS period, 'killed' AS measure,
               least(low, best, high) AS low, best, greatest(low, best, high) AS high FROM ged
        UNION ALL
        SELECT {keys}, strftime(date_start, '{fmt}'), 'civilians_killed', deaths_civilians, deaths_civilians,
               deaths_civilians FROM ged WHERE deaths_civilians IS NOT NULL
    )
    GROUP BY ALL
    ORDER BY {keys}, period, measure
) TO '{out}' (HEADER)
""")
