#!/usr/bin/env bash
# Input-reader costs (issue 11): reading .gz against the plain file at 1M rows (CPU,
# target at most 1.5x), and an .xlsx of 100k rows (wall time, target under 2 s).
# Each command runs RUNS times (default 3); the median is reported, with peak RSS, and
# the load average before and after (on a shared machine wall times follow the load).
#
#   bash bench/inputs/run.sh            # uses .build/release/tally (built if missing)
# Needs python3 with openpyxl for the .xlsx (set PYTHON to a venv's python; bench only).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
source "$root/bench/lib.sh"
TALLY="${TALLY:-$root/.build/release/tally}"
PYTHON="${PYTHON:-python3}"
[[ -x "$TALLY" ]] || (cd "$root" && swift build -c release --product tally >/dev/null)
work="${WORK:-/tmp/tally-bench-inputs}"
mkdir -p "$work"
[[ -f "$work/e.csv" ]] || python3 "$generator" --rows 1000000 --seed 1 --out "$work/e.csv"
[[ -f "$work/e.csv.gz" ]] || gzip -6 -k -n -c "$work/e.csv" > "$work/e.csv.gz"
[[ -f "$work/e100k.xlsx" ]] || "$PYTHON" "$root/bench/inputs/make_xlsx.py" "$work/e.csv" "$work/e100k.xlsx" 100000
[[ -f "$work/e100k.csv" ]] || head -n 100001 "$work/e.csv" > "$work/e100k.csv"

measure() { # label, then the command; prints median user+sys CPU, wall and max RSS
  local label=$1; shift
  local rows=()
  for _ in $(seq "${RUNS:-3}"); do
    /usr/bin/time -f "%U %S %e %M" -o "$work/time.txt" "$@" > "$work/out.csv"
    rows+=("$(cat "$work/time.txt")")
  done
  printf '%s\n' "${rows[@]}" | python3 -c "
import statistics, sys
r = [list(map(float, l.split())) for l in sys.stdin if l.strip()]
cpu = statistics.median(u + s for u, s, w, m in r); wall = statistics.median(w for u, s, w, m in r)
print('%-28s cpu %.3f s  wall %.3f s  peak RSS %.0f MiB' % ('$label', cpu, wall, max(m for u, s, w, m in r) / 1024))"
  md5sum < "$work/out.csv" | cut -c1-12
}

args=(aggregate --by country --period month --format csv)
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
ls -l "$work/e.csv" "$work/e.csv.gz" "$work/e100k.xlsx" | awk '{print $5, $9}'
measure "plain CSV, 1M rows" "$TALLY" "${args[@]}" "$work/e.csv"
measure "gzip CSV, 1M rows" "$TALLY" "${args[@]}" "$work/e.csv.gz"
measure "plain CSV, 100k rows" "$TALLY" "${args[@]}" "$work/e100k.csv"
measure "xlsx (openpyxl), 100k rows" "$TALLY" "${args[@]}" "$work/e100k.xlsx"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
