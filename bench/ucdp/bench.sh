#!/bin/sh
# Real-data benchmark: the UCDP GED Syria file (16,566 events, 10.8 MB) through
# `tally aggregate --schema ucdp-ged` next to DuckDB on the same query, plus the same
# file repeated REPEAT times (default 10; real rows, repeated, ~108 MB) to see scaling.
# Prints a markdown table; checks that both tools write the same bytes.
#   TALLY=/path/to/tally bench/ucdp/bench.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
TALLY=${TALLY:-$root/.build/release/tally}
REPEAT=${REPEAT:-10}
RUNS=${RUNS:-10}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
syria="$root/Datasets/ucdp/ucdp_ged_syria_2016_2019.csv"
big="$work/syria_x$REPEAT.csv"
head -1 "$syria" > "$big"
i=0
while [ "$i" -lt "$REPEAT" ]; do tail -n +2 "$syria" >> "$big"; i=$((i+1)); done

echo "| data | query | tool | wall best (s) | wall mean ± sd (s) | peak RSS (MiB) | CSV = DuckDB's |"
echo "|---|---|---|---:|---:|---:|---|"
for data in "$syria" "$big"; do
  label=$(basename "$data")
  for q in "country year" "adm1 month"; do
    set -- $q
    by=$1; period=$2
    # --count-at-start: the DuckDB query counts every event at its date_start, as tally did
    # before the date-span rule (issue 10 item 1); the rule itself is checked by the tests.
    tcmd="$TALLY aggregate $data --schema ucdp-ged --count-at-start --by $by --period $period --format csv -o $work/tally.csv"
    dcmd="python3 $here/duckdb_ged.py $data $work/duckdb.csv $by $period"
    for tool in tally duckdb; do
      if [ "$tool" = tally ]; then cmd=$tcmd; else cmd=$dcmd; fi
      hyperfine -N --warmup 1 --runs "$RUNS" --export-json "$work/h.json" "$cmd" > /dev/null 2>&1
      stats=$(python3 -c "import json,statistics as s; r=json.load(open('$work/h.json'))['results'][0]['times']; print('%.3f | %.3f ± %.3f' % (min(r), s.mean(r), s.stdev(r)))")
      rss=0
      for k in 1 2 3; do
        m=$(/usr/bin/time -f %M $cmd 2>&1 >/dev/null | tail -1)
        [ "$m" -gt "$rss" ] && rss=$m
      done
      same=""
      if [ "$tool" = tally ]; then
        # tally's last columns, estimate (display form) and covered, are not DuckDB's: compare the rest.
        sed -E 's/,("[^"]*"|[^,"]*),("[^"]*"|[^,"]*)$//' "$work/tally.csv" > "$work/tally.numeric.csv"
        if cmp -s "$work/tally.numeric.csv" "$work/duckdb.csv" 2>/dev/null || { $dcmd && cmp -s "$work/tally.numeric.csv" "$work/duckdb.csv"; }; then same=identical; else same=DIFFERENT; fi
      else
        same="(itself)"
      fi
      echo "| $label | --by $by --period $period | $tool | $stats | $((rss / 1024)) | $same |"
    done
  done
done
