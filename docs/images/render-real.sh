#!/bin/sh
# Renders the real-data images of issue 10 (docs/aggregation.md): the UCDP Syria
# monthly timeline, the bundled briefs (Reports/*.yml, each page a PNG at 60 dpi), and
# a brief on a file ending mid-month. Run from the repository root:
#   TALLY=.build/release/tally docs/images/render-real.sh
# Needs pdftoppm (poppler-utils). The same tally gives the same files on every run.
set -eu
TALLY=${TALLY:-.build/release/tally}
OUT=docs/images
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
UCDP=Datasets/ucdp/ucdp_ged_syria_2016_2019.csv

# The Syria monthly timeline: January 2016 without the nine events dated only to
# spans longer than a month (they are in the footnote, not in a spike).
"$TALLY" chart timeline "$UCDP" --measure killed --period month \
  --title "Killed per month in Syria, UCDP GED" -o "$OUT/ucdp-syria-timeline.png"

# Two datasets that end at different dates: each line is marked partial only where a
# dataset it holds ends, and the note names that dataset.
"$TALLY" chart timeline "$UCDP" Datasets/ucdp/ucdp_ged191_mmr_bgd.csv --measure killed --period year \
  --by country --from 2010-01-01 -o "$OUT/two-datasets-timeline.png"

# The bundled briefs, each page as a PNG.
pages() { # pdf name
  rm -f "$OUT/brief-$2"-*.png
  pdftoppm -png -r 60 "$1" "$TMP/page"
  for p in "$TMP"/page-*.png; do
    n=$(basename "$p" .png | sed 's/^page-0*//')
    mv "$p" "$OUT/brief-$2-$n.png"
  done
}
"$TALLY" report Reports/monthly.yml --out-dir "$TMP/monthly" --format pdf >/dev/null
pages "$TMP"/monthly/*.pdf monthly
"$TALLY" report Reports/syria-ucdp.yml --out-dir "$TMP/syria" --format pdf --as-of 2026-01-01 >/dev/null
pages "$TMP"/syria/*.pdf syria-ucdp
# The same brief in Arabic (right to left) and in French (issue 15).
for l in ar fr; do
  "$TALLY" report Reports/syria-ucdp-$l.yml --out-dir "$TMP/syria-$l" --format pdf --as-of 2026-01-01 >/dev/null
  pages "$TMP"/syria-$l/*.pdf syria-ucdp-$l
done

# A brief on a file ending mid-month: the Syria events up to 15 November 2019.
python3 - "$UCDP" "$TMP/syria-to-2019-11-15.csv" <<'PY'
import csv, sys
with open(sys.argv[1], newline='') as f, open(sys.argv[2], 'w', newline='') as g:
    r = csv.reader(f); w = csv.writer(g, lineterminator='\n')
    header = next(r); w.writerow(header); i = header.index('date_start')
    for row in r:
        if row[i][:10] <= '2019-11-15': w.writerow(row)
PY
cp docs/images/src/syria-mid-month.yml "$TMP/"
mkdir -p "$TMP/styles" && cp Reports/styles/print-serif.yml Reports/styles/desk-logo.png "$TMP/styles/"
"$TALLY" report "$TMP/syria-mid-month.yml" --out-dir "$TMP/partial" --format pdf >/dev/null
pages "$TMP"/partial/*.pdf partial

# Default headlines from the data (issue 13, item 12): UCDP names every Syrian province
# "... Governorate", so the headline says "Killed by governorate" and the labels drop
# the word; Idlib highlighted. For the web (1200 wide), mobile (400) and print (PDF).
"$TALLY" chart bar "$UCDP" --by adm1 --measure killed --period 2019-11 --highlight Idlib \
  -o "$OUT/ucdp-governorates-bar.png"
"$TALLY" chart bar "$UCDP" --by adm1 --measure killed --period 2019-11 --highlight Idlib --width 400 \
  -o "$OUT/ucdp-governorates-bar-mobile.png"
"$TALLY" chart bar "$UCDP" --by adm1 --measure killed --period 2019-11 --highlight Idlib \
  -o "$OUT/ucdp-governorates-bar.pdf"

# Small multiples (issue 13, item 5): six governorates, one panel each on one scale.
for f in png pdf; do
  "$TALLY" chart timeline "$UCDP" --measure killed --period quarter --by adm1 --top 6 -o "$OUT/ucdp-small-multiples.$f"
done
"$TALLY" chart timeline "$UCDP" --measure killed --period quarter --by adm1 --top 6 --width 400 \
  -o "$OUT/ucdp-small-multiples-mobile.png"

# Right to left (issue 15): the same charts with --locale ar, an Arabic headline on the
# bar chart and an Arabic annotation on the timeline.
"$TALLY" chart bar "$UCDP" --by adm1 --measure killed --period 2019-11 --highlight Idlib --locale ar \
  --title "القتلى حسب المحافظة في سوريا، نوفمبر 2019" -o "$OUT/ucdp-governorates-bar-ar.png"
"$TALLY" chart timeline "$UCDP" --measure killed --period month --from 2018-01-01 --locale ar \
  --title "القتلى شهرياً في سوريا" --annotate "2019-10-09=الهجوم التركي في الشمال الشرقي" \
  -o "$OUT/ucdp-syria-timeline-ar.png"
"$TALLY" chart timeline "$UCDP" --measure killed --period quarter --by adm1 --top 6 --locale ar \
  -o "$OUT/ucdp-small-multiples-ar.png"
