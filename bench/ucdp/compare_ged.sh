#!/bin/sh
# Compares `tally aggregate --period year` on each bundled UCDP file with the
# independent reference (reference_ged.py), byte for byte: --schema ucdp-ged and
# --schema auto, --by country and --by adm1. Also checks that the stderr notes never
# reach stdout. Exit status non-zero on any difference.
#   TALLY=/path/to/tally bench/ucdp/compare_ged.sh
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
TALLY=${TALLY:-$root/.build/release/tally}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
pass=0
fail=0
for f in "$root"/Datasets/ucdp/*.csv; do
  name=$(basename "$f" .csv)
  for by in country adm1; do
    python3 "$here/reference_ged.py" "$f" --by "$by" > "$out/ref.csv" || { echo "FAIL reference $name $by"; fail=$((fail+1)); continue; }
    for schema in ucdp-ged auto; do
      # (tally's last column, covered, is checked against bench/reference_aggregate.py
      # by compare_aggregate.sh; this reference does not compute coverage.)
      if "$TALLY" aggregate "$f" --schema "$schema" --by "$by" --period year --format csv > "$out/tally.covered.csv" 2> "$out/err.txt" \
         && sed -E 's/,("[^"]*"|[^,"]*)$//' "$out/tally.covered.csv" > "$out/tally.csv" && cmp -s "$out/ref.csv" "$out/tally.csv"; then
        echo "ok   $name --schema $schema --by $by ($(($(wc -l < "$out/ref.csv") - 1)) rows)"
        pass=$((pass+1))
      else
        echo "FAIL $name --schema $schema --by $by"; diff "$out/ref.csv" "$out/tally.csv" | head -10; cat "$out/err.txt"
        fail=$((fail+1))
      fi
    done
  done
  # auto must say it picked ucdp-ged, on stderr only
  "$TALLY" aggregate "$f" --verbose --format csv > "$out/stdout.csv" 2> "$out/err.txt"
  if grep -q "read as ucdp-ged" "$out/err.txt" && ! grep -q "tally:" "$out/stdout.csv" \
     && head -1 "$out/stdout.csv" | grep -qx "country,period,measure,low,best,high,events,estimate,covered"; then
    echo "ok   $name --schema auto is ucdp-ged; notes on stderr only"
    pass=$((pass+1))
  else
    echo "FAIL $name auto detection / stderr notes"; cat "$out/err.txt"; fail=$((fail+1))
  fi
done
# UCDP's published totals for Syria (the data README): best 112,337; the columns as published
# sum to low 104,929 and high 119,020, and the 101 rows whose best lies outside their range,
# widened to their envelope, move them 187 lower and 173 higher.
"$TALLY" aggregate "$root/Datasets/ucdp/ucdp_ged_syria_2016_2019.csv" --period all --measure killed --format csv > "$out/syria.csv" 2>/dev/null
if [ "$(tail -1 "$out/syria.csv")" = "Syria,all,killed,104742,112337,119193,16566,\"112,337 (104,742–119,193)\"," ]; then
  echo "ok   Syria totals 104742/112337/119193"; pass=$((pass+1))
else
  echo "FAIL Syria totals: $(tail -1 "$out/syria.csv")"; fail=$((fail+1))
fi
# tally info: a first look names the schema, the rows and the quirks.
"$TALLY" info "$root/Datasets/ucdp/hdx_ucdp_conflict_data_BGD.csv" > "$out/info.txt" 2>&1
if grep -q "schema: *ucdp-ged (recognised from the header); HXL tag row skipped" "$out/info.txt" \
   && grep -q "rows: *601" "$out/info.txt" && grep -q "dates: *1989-05-20 to 2018-12-30" "$out/info.txt" \
   && grep -q "killed: flow, total 1,362 (1,309–1,827) (low 1,309, best 1,362, high 1,827), 601 events" "$out/info.txt"; then
  echo "ok   tally info on the HDX file"; pass=$((pass+1))
else
  echo "FAIL tally info"; cat "$out/info.txt"; fail=$((fail+1))
fi
# A failing run prints nothing on stdout, even with notes pending.
printf 'id,year,side_a,date_prec,date_start,country,low,best,high\n1,2017,A,5,2017-01-01,Syria,3,2,2\n2,2017,A,1,2017-13-01,Syria,1,1,1\n' > "$out/bad.csv"
if ! "$TALLY" aggregate "$out/bad.csv" --format csv > "$out/bad.out" 2> "$out/bad.err" && [ ! -s "$out/bad.out" ] \
   && grep -q "bad.csv:3: column 'date_start'" "$out/bad.err" && ! grep -q "out of order" "$out/bad.err"; then
  echo "ok   failure: nothing on stdout, no notes"; pass=$((pass+1))
else
  echo "FAIL failure output"; cat "$out/bad.out" "$out/bad.err"; fail=$((fail+1))
fi
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
