#!/usr/bin/env python3
"""Runs the real-phrase table (phrases.tsv) through `tally estimate`.

Each row holds a phrase collected from a public source, the --locale it needs (if
any) and the reading a careful reader gives it. Rows marked `xfail` are phrases tally
is known to read differently from that reader (listed so the gap stays visible); they
are reported, not counted as failures, and one that starts to pass is reported too.
Prints a final line 'N passed, M failed' and exits 1 on any failure.
"""
import argparse
import collections
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import format_reading, matches, parse_expected, read_phrases, run_estimates  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--tally", default=os.environ.get("TALLY", ".build/debug/tally"))
    ap.add_argument("--verbose", action="store_true", help="print every row")
    args = ap.parse_args()

    rows = read_phrases()
    by_options = collections.defaultdict(list)
    for r in rows:
        by_options[(r["locale"], r["measure"])].append(r["text"])
    answers = {}
    for (locale, measure), texts in by_options.items():
        for text, answer in run_estimates(args.tally, texts, locale=locale, measure=measure).items():
            answers[(locale, measure, text)] = answer

    passed = failed = known = 0
    sources = collections.Counter()
    for r in rows:
        expected_text = r["expected"]
        xfail = expected_text.startswith("xfail ")
        if xfail:
            expected_text = expected_text[len("xfail "):]
        answer = answers[(r["locale"], r["measure"], r["text"])]
        ok = matches(parse_expected(expected_text), answer)
        kind = r["source"].split(":", 1)[0] if r["source"].startswith("ucdp:") else "web"
        sources[kind] += 1
        if xfail:
            known += 1
            note = "now passes, drop its xfail" if ok else "known gap"
            print(f"  xfail line {r['line']}: {r['text']!r}: reader {expected_text}, tally {format_reading(answer)} ({note})")
            continue
        if ok:
            passed += 1
            if args.verbose:
                print(f"  ok   line {r['line']}: {r['text']!r} -> {format_reading(answer)}")
        else:
            failed += 1
            print(f"  FAIL line {r['line']}: {r['text']!r}: expected {expected_text}, got {format_reading(answer)}")
    print(f"phrase table: {len(rows)} phrases ({sources['ucdp']} UCDP headlines, {sources['web']} from web pages), "
          f"{known} known gaps (xfail)")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
