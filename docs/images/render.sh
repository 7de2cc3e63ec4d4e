#!/bin/sh
# Renders the chart examples in this folder. Run from the repository root:
#   TALLY=.build/release/tally docs/images/render.sh
# Generated inputs come from a seeded generator: $GEN if set, else gen_events.py in the
# shared folder beside the checkout (what the images here were made with), else the
# repository's own bench/make_events.py (other rows, so other pictures). The same tally
# and generator give byte-identical files on every run.
set -eu
TALLY=${TALLY:-.build/release/tally}
if [ -z "${GEN:-}" ]; then
  GEN=bench/make_events.py
  [ -f ../shared/data/gen_events.py ] && GEN=../shared/data/gen_events.py
fi
[ -f "$GEN" ] || { echo "render.sh: no generator at $GEN (run from the repository root, or set GEN)" >&2; exit 66; }
OUT=docs/images
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

python3 "$GEN" --rows 3000 --seed 7 --out "$TMP/events-3000.csv"
EVENTS200=bench/chart/data/events-200.csv   # 200 rows, 20 countries (gen_events.py --rows 200 --seed 1)

for ext in png pdf svg; do
  # From the bundled news item.
  "$TALLY" chart bar Datasets/news-balkh-2023-04.csv --by actor --measure killed \
    --title "Killed in the April 2023 news item, by actor" -o "$OUT/news-bar.$ext"
  "$TALLY" chart timeline Datasets/news-balkh-2023-04.csv --measure killed --period month --by country \
    --annotate "2023-04-03=Balkh raid" --title "Killed per month in the April 2023 news item" -o "$OUT/news-timeline.$ext"
  "$TALLY" chart bar Datasets/news-balkh-2023-04.csv --by country --measure members \
    --title "Islamic State members, UN estimate" -o "$OUT/news-members-bar.$ext"
  # From generated data.
  "$TALLY" chart bar "$EVENTS200" --by country --measure killed --top 10 \
    --title "Killed by country, 2019–2025" -o "$OUT/generated-bar.$ext"
  "$TALLY" chart timeline "$TMP/events-3000.csv" --measure killed --period quarter --by country --top 4 \
    --annotate "2021-08-15=Ceasefire talks" --annotate "2023-01-01=New reporting rules" \
    -o "$OUT/generated-timeline.$ext"
  "$TALLY" chart timeline "$TMP/events-3000.csv" --measure members --period year --by country --top 3 \
    -o "$OUT/generated-stock-timeline.$ext"
  # Arabic names next to ranges: the range keeps its order.
  "$TALLY" chart bar docs/images/src/arabic-provinces.csv --by adm1 --measure members \
    --title "Members by province (illustrative)" -o "$OUT/arabic-bar.$ext"
done
"$TALLY" chart bar "$EVENTS200" --by country --measure killed --top 10 --theme dark --scale 2 \
  --title "Killed by country, 2019–2025" -o "$OUT/generated-bar-dark@2x.png"
"$TALLY" chart timeline "$TMP/events-3000.csv" --measure killed --period year \
  --theme dark -o "$OUT/generated-timeline-dark.png"
# Mobile (400 wide): no text under 12 px, names above the bars, the height follows.
"$TALLY" chart bar "$EVENTS200" --by country --measure killed --top 10 --width 400 \
  --title "Killed by country, 2019–2025" \
  --note "Chart: Graphics desk. Figures: generated test data (gen_events.py, seed 1), CC0" \
  -o "$OUT/generated-bar-mobile.png"
"$TALLY" chart timeline "$TMP/events-3000.csv" --measure killed --period quarter --by country --top 4 \
  --width 400 -o "$OUT/generated-timeline-mobile.png"
# A style file (serif print style with logo and credit), for the web and for print.
for ext in png pdf; do
  "$TALLY" chart bar "$EVENTS200" --by country --measure killed --top 10 \
    --style Reports/styles/print-serif.yml --title "Killed by country, 2019–2025" -o "$OUT/styled-bar.$ext"
done
