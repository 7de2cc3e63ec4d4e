"""Shared helpers for the estimate-text benches: run `tally estimate` on many texts,
read the phrase table, compare readings."""
import csv
import json
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
PHRASES = os.path.join(HERE, "phrases.tsv")


def run_estimates(tally, texts, locale=None, chunk=200, measure=None):
    """{text: ("ok", (low, best, high|None, approximate)) | ("refused", reason)} for every text."""
    out = {}
    texts = list(dict.fromkeys(texts))
    for i in range(0, len(texts), chunk):
        part = texts[i:i + chunk]
        args = [tally, "estimate", "--format", "json"]
        if locale:
            args += ["--locale", locale]
        if measure:
            args += ["--measure", measure]
        proc = subprocess.run(args + ["--"] + part, capture_output=True, text=True)
        if proc.returncode not in (0, 65):
            raise SystemExit(f"tally estimate failed ({proc.returncode}): {proc.stderr[:500]}")
        items = json.loads(proc.stdout)
        if len(items) != len(part):
            raise SystemExit(f"tally estimate answered {len(items)} of {len(part)} texts")
        for text, item in zip(part, items):
            if item["text"] != text:
                raise SystemExit(f"answer for {text!r} came back as {item['text']!r}")
            if "error" in item:
                out[text] = ("refused", item["error"])
            else:
                out[text] = ("ok", (item["low"], item["best"], item["high"], item["approximate"]))
    return out


def format_reading(answer):
    kind, value = answer
    if kind == "refused":
        return "refuse: " + value
    low, best, high, approx = value
    return f"{low}/{best}/{'inf' if high is None else high}" + ("~" if approx else "")


def parse_expected(text):
    """'12/12/inf', '40/40/40~' or 'refuse' / 'refuse: fragment'."""
    text = text.strip()
    if text.startswith("xfail "):
        text = text[len("xfail "):]
    if text.startswith("refuse"):
        return ("refused", text[len("refuse"):].lstrip(":").strip())
    approx = text.endswith("~")
    low, best, high = text.rstrip("~").split("/")
    return ("ok", (int(low), int(best), None if high == "inf" else int(high), approx))


def matches(expected, answer):
    if expected[0] == "refused":
        return answer[0] == "refused" and expected[1] in answer[1]
    return answer == expected


def read_phrases(path=PHRASES):
    """Rows of the phrase table: dicts with expected, locale, text, source."""
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 4:
                raise SystemExit(f"{path}:{n}: want 4 tab-separated fields (expected, locale, text, source), got {len(parts)}")
            expected, options, text, source = parts
            # The options column: a locale ("es"), "measure=killed", or both ("es measure=killed").
            locale = measure = None
            for option in options.split():
                if option.startswith("measure="):
                    measure = option[len("measure="):]
                else:
                    locale = option
            rows.append({"line": n, "expected": expected, "locale": locale, "measure": measure, "text": text,
                         "source": source})
    return rows


def ucdp_headlines():
    """(dataset file, row id, headline) for every distinct headline in Datasets/ucdp (the
    HDX Bangladesh file repeats rows of the GED 19.1 file and is left out)."""
    seen = set()
    result = []
    folder = os.path.join(ROOT, "Datasets", "ucdp")
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".csv") or name.startswith("hdx_"):
            continue
        with open(os.path.join(folder, name), encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                if not row["id"].strip().isdigit():
                    continue
                for headline in (row.get("source_headline") or "").split(";"):
                    headline = headline.strip()
                    if headline and headline not in seen:
                        seen.add(headline)
                        result.append((name, row["id"], headline))
    return result
