#!/usr/bin/env bash
# Benchmark: `tally aggregate FILE --by country --period month --measure killed`
# as a whole process, next to DuckDB, polars and pandas answering the same query
# (bench/peers/*.py), with `cat FILE > /dev/null` as the floor.
#
# Usage: bench/aggregate_bench.sh                 (1M and 10M rows)
#        ROWS="1000000" RUNS=5 bench/aggregate_bench.sh
# Env:   TALLY    tally binary (default .build/release/tally; rows say "missing" without it)
#        ROWS     space-separated row counts (default "1000000 10000000")
#        RUNS     timed runs per command for files up to 1M rows (default 5); larger files: RUNS_BIG (default 3)
#        PEERS    space-separated subset of "tally duckdb polars pandas" (default all)
#        KEEP_DATA=1 keeps generated files above 1M rows (they are ~1 GB per 10M rows)
# Needs: python3 with duckdb, polars, pandas; /usr/bin/time (GNU); hyperfine if installed.
# Prints a markdown table on stdout; progress goes to stderr.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
source "$here/lib.sh"
TALLY="${TALLY:-$root/.build/release/tally}"
ROWS="${ROWS:-1000000 10000000}"
RUNS="${RUNS:-5}"
RUNS_BIG="${RUNS_BIG:-3}"
PEERS="${PEERS:-tally duckdb polars pandas}"
data_dir="$here/data"
out_dir="$here/out"
mkdir -p "$data_dir" "$out_dir"

log() { echo "$*" >&2; }

# command_for TOOL FILE OUT -> prints the command line (no shell needed to run it)
command_for() {
    case "$1" in
        cat)    echo "cat $2" ;;
        tally)  echo "$TALLY aggregate $2 --by country --period month --measure killed --count-at-start --format csv -o $3" ;;
        *)      echo "python3 $here/peers/$1_month.py $2 $3" ;;
    esac
}

# best_wall CMD RUNS -> prints "best mean sd" in seconds
best_wall() {
    local cmd="$1" runs="$2" json
    json="$(mktemp)"
    if command -v hyperfine >/dev/null; then
        hyperfine -N --warmup 1 --runs "$runs" --export-json "$json" "$cmd" >/dev/null 2>&1
        python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][0]; print("%.3f %.3f %.3f" % (r["min"], r["mean"], r["stddev"] or 0))' "$json"
    else
        local i times=()
        $cmd >/dev/null
        for ((i = 0; i < runs; i++)); do
            /usr/bin/time -f '%e' -o "$json" $cmd >/dev/null
            times+=("$(cat "$json")")
        done
        python3 -c 'import statistics,sys; t=[float(x) for x in sys.argv[1:]]; print(f"{min(t):.3f} {statistics.mean(t):.3f} {statistics.pstdev(t):.3f}")' "${times[@]}"
    fi
    rm -f "$json"
}

# rss_and_cpu CMD -> prints "peak_RSS_MiB cpu_s": the largest max-RSS and the smallest
# user+sys CPU time over three runs (CPU time is less disturbed by other load than wall time)
rss_and_cpu() {
    local cmd="$1" f i
    f="$(mktemp)"
    for i in 1 2 3; do
        /usr/bin/time -a -f '%M %U %S' -o "$f" $cmd >/dev/null
    done
    python3 -c 'import sys; rows=[l.split() for l in open(sys.argv[1]) if l[:1].isdigit()]; print("%.0f %.2f" % (max(int(r[0]) for r in rows) / 1024, min(float(r[1]) + float(r[2]) for r in rows)))' "$f"
    rm -f "$f"
}

echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo) RAM, $(uname -sr); $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "Load average at start: $(cut -d ' ' -f 1-3 /proc/loadavg)"
echo "Versions: $(python3 -c 'import duckdb, polars, pandas; print(f"duckdb {duckdb.__version__}, polars {polars.__version__}, pandas {pandas.__version__}")')"
[[ -x "$TALLY" ]] && echo "tally: $TALLY"
echo
echo "| rows | file | tool | wall best (s) | wall mean ± sd (s) | CPU user+sys (s) | peak RSS (MiB) | CSV = DuckDB's |"
echo "|---:|---:|---|---:|---:|---:|---:|---|"

for rows in $ROWS; do
    file="$data_dir/events_${rows}_s1.csv"
    if [[ ! -s "$file" ]]; then
        log "generating $rows rows -> $file"
        python3 "$generator" --rows "$rows" --seed 1 --out "$file"
    fi
    size="$(python3 -c "import os; print(f'{os.path.getsize(\"$file\") / 1e6:.0f} MB')")"
    runs=$RUNS; (( rows > 1000000 )) && runs=$RUNS_BIG
    duck_out="$out_dir/duckdb_${rows}.csv"

    # DuckDB runs first so that every other tool's CSV can be compared with it.
    tools="cat"
    [[ " $PEERS " == *" duckdb "* ]] && tools+=" duckdb"
    for tool in $PEERS; do [[ $tool != duckdb ]] && tools+=" $tool"; done
    for tool in $tools; do
        out="$out_dir/${tool}_${rows}.csv"
        if [[ $tool == tally && ! -x "$TALLY" ]]; then
            echo "| $rows | $size | tally | missing | | | | |"
            continue
        fi
        cmd="$(command_for "$tool" "$file" "$out")"
        log "$rows rows: $tool"
        read -r best mean sd < <(best_wall "$cmd" "$runs")
        read -r rss cpu < <(rss_and_cpu "$cmd")
        same=""
        if [[ $tool != cat && -s "$duck_out" ]]; then
            # tally adds the estimate column (display form); the columns before it must
            # be DuckDB's bytes.
            cmp_file="$out"
            if [[ $tool == tally ]]; then numeric_columns "$out" > "$out.numeric"; cmp_file="$out.numeric"; fi
            if cmp -s "$duck_out" "$cmp_file"; then same="identical"
            else same="differs: $(cmp "$duck_out" "$cmp_file" 2>&1 | sed 's/.* differ: //')"; fi
        fi
        [[ $tool == duckdb ]] && same="(itself)"
        echo "| $rows | $size | $tool | $best | $mean ± $sd | $cpu | $rss | $same |"
    done
    if (( rows > 1000000 )) && [[ "${KEEP_DATA:-0}" != 1 ]]; then
        rm -f "$file"
    fi
done
echo
echo "Load average at end: $(cut -d ' ' -f 1-3 /proc/loadavg)"
