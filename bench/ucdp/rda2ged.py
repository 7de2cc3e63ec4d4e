# UCDP GED 23.1 sample (cran/uncertainUCDP data/ucdpged.rda) -> CSV in GED's own layout,
# as shipped in Datasets/ucdp/ucdp_ged231_sample.csv.gz (see Datasets/ucdp/README.md):
#   git show 5307652:data/ucdpged.rda > ucdpged.rda   # in a snapshot of github.com/cran/uncertainUCDP
#   python rda2ged.py ucdpged.rda ucdp_ged231_sample.csv && gzip -9 -n ucdp_ged231_sample.csv
# Needs the PyPI packages rdata (1.1.0) and pandas (3.1.1) in a venv: reproduction only.
import sys, warnings; warnings.filterwarnings("ignore")
import rdata, pandas as pd
df = rdata.conversion.convert(rdata.parser.parse_file(sys.argv[1]), default_encoding="utf8")["ucdpged"]
for c in ("date_start", "date_end"):
    s = df[c].astype("float64")
    assert (s % 86400 == 0).all(), c  # midnight UTC in every row
    df[c] = (pd.Timestamp("1970-01-01") + pd.to_timedelta(s, unit="s")).dt.strftime("%Y-%m-%d 00:00:00.000")
for c in df.columns:
    s = df[c]
    if pd.api.types.is_float_dtype(s) and s.dropna().apply(float.is_integer).all():
        df[c] = s.astype("Int64")
df.to_csv(sys.argv[2], index=False)
