#!/bin/sh
# The chart benchmark (bench/chart/README.md). Run from the repository root:
#   bench/chart/run.sh            # builds release binaries, then measures
# Needs hyperfine, python3 with matplotlib.
set -eu
ROOT=$(pwd)
OUT=${OUT:-/tmp/tally-chart-bench}
RUNS=${RUNS:-40}
mkdir -p "$OUT"
# TALLY=path/to/tally and BENCH=path/to/chart-bench skip the builds.
if [ -z "${TALLY:-}" ]; then
  swift build -c release --scratch-path .build-charts-rel --product tally >/dev/null
  TALLY="$ROOT/.build-charts-rel/release/tally"
fi
if [ -z "${BENCH:-}" ]; then
  (cd bench/chart && swift build -c release --scratch-path "$ROOT/.build-charts-benchrel" >/dev/null)
  BENCH="$ROOT/.build-charts-benchrel/release/chart-bench"
fi
T="$TALLY"
D=bench/chart/data/events-200.csv
ARGS="--by country --measure killed --top 10"
echo "load: $(cut -d' ' -f1-3 /proc/loadavg), cores: $(nproc)"
for ext in png pdf; do
  hyperfine -N --warmup 3 --runs "$RUNS" --export-json "$OUT/process-$ext.json" \
    -n "tally $ext" "$T chart bar $D $ARGS -o $OUT/tally.$ext" \
    -n "matplotlib $ext" "python3 bench/chart/matplotlib_bar.py $D $OUT/matplotlib.$ext"
done
hyperfine -N --warmup 3 --runs "$RUNS" -n "tally --version (process start only)" "$T --version" \
  -n "python3 -c 'import matplotlib.pyplot'" "python3 -c 'import matplotlib; matplotlib.use(\"Agg\"); import matplotlib.pyplot'"
"$BENCH" 200
