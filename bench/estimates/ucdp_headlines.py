#!/usr/bin/env python3
"""How tally reads the UCDP `source_headline` values in Datasets/ucdp/.

Every distinct headline (a cell may hold several, joined by ';') is given to
`tally estimate`. The bench reports how many carry a readable figure, what the
refusals were, and how often a reading is *silently wrong*. "Wrong" is judged two ways:

1. Automatic checks, written independently of tally's grammar (regular expressions
   here, not the Swift tables): the figure tally read is traced back to the digits it
   came from, and the reading is flagged when every such occurrence is a year in a
   date context, part of a date, a day beside a month name, an HTML character
   reference, a designation (an acronym or "Route", "Brigade" … right before it), or
   a count of things (families, shells, times, days …) right after it.
2. Under `--measure killed` (how a row whose measure is killed is read; headlines1): the
   clause of the figure read (split at , ; : . ! ? | and spaced dashes) is searched for
   words of another fate (injury, arrest, abduction, release, sentence, leaving or
   displacement, recruitment, surrender) and for words of a death; a reading whose clause
   names such a fate and no death, or a death joined by "and"/"or" to an injury or an arrest
   ("killed and injured", "the death and the injury of 35", "kill and detain 16"), is
   silently wrong: the figure counts something else, or two fates together.
3. A hand-checked sample: the rows of phrases.tsv whose source is a UCDP row, each with
   the reading a careful reader gives; any difference is a failure.

Prints the counts and a final line 'N passed, M failed'; exits 1 on any failure.
"""
import argparse
import collections
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import format_reading, matches, parse_expected, read_phrases, run_estimates, ucdp_headlines  # noqa: E402

MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
         r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?")
WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
         "eleven": 11, "twelve": 12, "several": 3, "dozens": 24, "tens": 20, "hundreds": 200, "thousands": 2000}
PEOPLE_AFTER = re.compile(r"^\s+(?:\w+\s+)?(?:people|persons|civilians|killed|dead|members|fighters|soldiers|"
                          r"casualties|martyrs|wounded|injured)\b", re.I)
YEAR_BEFORE = re.compile(r"(?:\b(?:in|since|of|until|by|during|year|timeline|report|early|late|mid|from|to|and|"
                         + MONTH + r")|[,(])\s*$", re.I)
DESIGNATION_BEFORE = re.compile(r"(?:\u0634\u0627\u0631\u0639\s+(?:\u0627\u0644\u0640?\s*)?|\b(?:route|brigade|division|battalion|resolution|no\.|number|hill|"
                                r"point|highway|road|unit|lid|command)|#)\s*$", re.I)
ACRONYM_BEFORE = re.compile(r"\b[A-Z]{2,}\s+(?:\d+\s*(?:,|and|&)\s*)*$")
THINGS_AFTER = re.compile(r"^\s+(?:(?:artillery|air|aerial|ground|land|rocket|missile|mortar)\s+(?:and|or)\s+)?"
                          r"(?:(?!(?:killed|dead|die|died|casualties|martyrs|wounded|injured|injuries|people|persons|youths|in|during|by|and|of|"
                          r"from|at|on|within|to|suicide)\b)(?!\d+\s)[\w-]+\s+){0,2}(?!family members)(?:families|family|times|shells|rockets|missiles|mortars|villages|"
                          r"houses|homes|days|hours|weeks|months|years|km|kilometers|kilometres|airstrikes|air|"
                          r"raids|barrels|barrel|vehicles|cars|buildings|bombs|attacks|explosions|clashes|"
                          r"checkpoints|positions|towns|strikes|bombers|factions|jets|warplanes|helicopters|tanks|street|road|avenue)\b", re.I)
NUMBER = re.compile(r"(?<![\w.,/&#-])(\d{1,3}(?:,\d{3})+|\d+)(?![\w/])")


def classify_occurrence(headline, match):
    """Why the digits at `match` are not a count, or None."""
    text = match.group(1)
    value = int(text.replace(",", ""))
    before = headline[:match.start()]
    after = headline[match.end():]
    if re.search(r"&#x?$", before):
        return "HTML entity"
    if re.search(r"[=?/]$", before) or re.search(r"https?://\S*$", before):
        return "part of a URL or a value after '='"
    if re.match(r"^[/.:-]\d", after) or re.search(r"\d[/.:-]$", before):
        return "date or time"
    if re.search(MONTH + r"\s*$", before, re.I) and value <= 31 and len(text) <= 2:
        return "day of a month"
    if re.match(r"^\s*(?:st|nd|rd|th)?\s+" + MONTH + r"(?:\W|$)", after, re.I) and value <= 31:
        if not re.match(r"^\s+may\s+(?:have|be|not)", after, re.I):
            return "day of a month"
    if "," not in text and len(text) == 4 and 1800 <= value <= 2099:
        if YEAR_BEFORE.search(before) or re.match(r"^\s*[:)]", after) or not before.strip():
            if not re.match(r"^\s+(?:people|persons|civilians|killed|dead|members|fighters|soldiers)", after, re.I):
                return "year"
    if DESIGNATION_BEFORE.search(before) or (ACRONYM_BEFORE.search(before) and not PEOPLE_AFTER.match(after)):
        return "designation"
    if THINGS_AFTER.match(after):
        return "count of things"
    return None


def check_reading(headline, reading):
    """None if the reading is explained by a clean figure (or by words), else the class."""
    low, best, high, _ = reading
    words = re.findall(r"[a-z]+", headline.lower())
    if any(WORDS.get(w) in (low, best) for w in words):
        return None  # read from a number word
    targets = {low, best}
    if high is not None:
        targets.add(high)
    if re.search(r"\b(?:more than|over|above|upwards of|in excess of)\b", headline, re.I):
        targets.add(low - 1)
    if high is not None and re.search(r"\b(?:fewer than|less than|under|below)\b", headline, re.I):
        targets.add(high + 1)
    sources = []
    for m in NUMBER.finditer(headline):
        value = int(m.group(1).replace(",", ""))
        scaled = {value, value * 1000, value * 1000000}
        if scaled & targets:
            sources.append(m)
    if not sources:
        return None  # read from words ("three", "dozens") or from a range; nothing to trace
    reasons = [classify_occurrence(headline, m) for m in sources]
    if any(r is None for r in reasons):
        return None
    return reasons[0]


DEATH = re.compile(r"\b(?:kill\w*|dead|deaths?|di(?:e|es|ed|ing)|martyr\w*|slain|massacr\w*|lives|life|bod(?:y|ies)|corpses?|"
                   r"tolls?|fatal\w*|execut\w*|behead\w*|perish\w*|murder\w*|assassinat\w*|lynch\w*|slaughter\w*|losses|los(?:ing|t)|"
                   r"liquidat\w*|drown\w*)\b", re.I)
FATE = re.compile(r"\b(?:injur\w*|wound\w*|hurt|arrest\w*|detain\w*|detention|captur\w*|abduct\w*|kidnap\w*|hostages?|"
                  r"releas\w*|freed|sentenc\w*|imprison\w*|jail\w*|displac\w*|fled|flee\w*|left|leav\w*|exit\w*|evacuat\w*|"
                  r"refugees?|recruit\w*|joined|defect\w*|surrender\w*|missing|expel\w*|deport\w*)\b", re.I)
TOGETHER = re.compile(r"\b(?:kill\w*|dead|deaths?|martyrs?)\s+(?:and|or|&|/)\s+(?:the\s+)?"
                      r"(?:injur\w*|wound\w*|detain\w*|arrest\w*|captur\w*)\b"
                      r"|\b(?:injur\w*|wound\w*|detain\w*|arrest\w*)\s+(?:and|or|&|/)\s+(?:the\s+)?(?:kill\w*|dead|deaths?)\b", re.I)
NUMBER_WORDS = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|tens|hundreds|thousands|several"


def figure_clauses(headline, reading):
    """(clause, where the figure starts in it) for the clauses of `headline` that hold the figure read (or a number word): split at
    , ; : . ! ? | and dashes between spaces, a comma in digits kept. A clause that a
    comma and "the number of" continue ("raise to 15, the number of people killed and
    injured") runs on through that phrase."""
    low, best, high, _ = reading
    targets = {low, best, low - 1} | ({high, high + 1} if high is not None else set())
    pieces = re.split(r"[;:!?|\u2026]|[.,](?!\d)|\s[-\u2013\u2014]\s", headline)
    out = []
    for n, clause in enumerate(pieces):
        for m in re.finditer(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(?!\w)|\b(?:" + NUMBER_WORDS + r")\b", clause, re.I):
            t = m.group(0).replace(",", "")
            if not t.isdigit() or {int(t), int(t) * 1000} & targets:
                if n + 1 < len(pieces) and re.match(r"\s*the (?:number|toll)\b", pieces[n + 1], re.I):
                    clause += ", " + pieces[n + 1]
                out.append((clause, m.start()))
                break
    return out


def silent_fate(headline, reading):
    """For a reading under --measure killed: the word of another fate its figure's clause
    names with no death word, or the death joined to another fate; None when every clause
    of the figure names a death alone, or nothing."""
    clauses = figure_clauses(headline, reading)
    found = None
    for clause, at in clauses:
        together = TOGETHER.search(clause)
        if together:
            return "together: " + together.group(0)
        if DEATH.search(clause):
            return None
        # "leaves 8 victims" is a toll's verb; "12500 citizens left" a fate.
        fate = next((f for f in FATE.finditer(clause) if not (re.match(r"le", f.group(0), re.I) and f.start() < at)), None)
        if fate is None:
            return None
        found = found or "fate: " + fate.group(0)
    return found


# The readings under --measure killed the fate check below flags and that stay, each explained
# (headlines2; 135 on b70d580, 21 after headlines1):
#   #318621 'Thirteen martyrs and dozens of wounded and killed by the Islamic State' 13: right (the 13
#           martyrs; the dozens are another group, with no figure).
#   #252105 '... killed and wounded large number of citizens and raised the death toll to 165' 165: right
#           (the figure is the death toll's).
#   #262164 '... killing 6 civilian martyrs and injuring 26 others' 6: right (one figure per fate).
#   #282340 '6 suicide bombers of ISIS blow themselves up ... days after fleeing from Idlib central prison'
#           6: right (the flight is days before; the 6 died).
#   #282176 '... agreement killed and injurie about 25' 25~: wrong, left: a misspelt fate word
#           ("injurie") tally's tables do not hold; the known gap.
KILLED_FATE_KNOWN = 5

REFUSAL_CLASSES = [
    ("no number", "no figure"),
    ("more than one number", "two or more figures"),
    ("unknown word", "unknown word beside the figure"),
    ("only a part", "a part without its total"),
    ("no agreed size", "vague word with no size"),
]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--tally", default=os.environ.get("TALLY", ".build/debug/tally"))
    ap.add_argument("--show", type=int, default=10, help="examples to print per class")
    ap.add_argument("--flagged", help="write every flagged headline to this file")
    args = ap.parse_args()

    headlines = ucdp_headlines()
    answers = run_estimates(args.tally, [h for _, _, h in headlines])
    read = [(f, i, h) for f, i, h in headlines if answers[h][0] == "ok"]
    refused = collections.Counter()
    for _, _, h in headlines:
        kind, value = answers[h]
        if kind == "refused":
            label = next((name for key, name in REFUSAL_CLASSES if key in value), "other refusal")
            refused[label] += 1
    flagged = []
    for f, i, h in read:
        reason = check_reading(h, answers[h][1])
        if reason:
            flagged.append((reason, f, i, h))

    print(f"UCDP headlines: {len(headlines):,} distinct (Datasets/ucdp, HDX copy left out)")
    print(f"  with a readable figure: {len(read):,} ({100 * len(read) / len(headlines):.1f}%)")
    for label, n in refused.most_common():
        print(f"  refused, {label}: {n:,}")
    by_class = collections.Counter(r for r, *_ in flagged)
    print(f"  silently misread by the automatic checks: {len(flagged)}"
          + (" (" + ", ".join(f"{k}: {v}" for k, v in by_class.items()) + ")" if flagged else ""))
    for reason, f, i, h in flagged[:args.show]:
        print(f"    [{reason}] {f}#{i}: {h}  ->  {format_reading(answers[h])}")
    if args.flagged:
        with open(args.flagged, "w", encoding="utf-8") as out:
            for reason, f, i, h in flagged:
                out.write(f"{reason}\t{f}#{i}\t{h}\t{format_reading(answers[h])}\n")

    # The same headlines under --measure killed: a figure whose clause names another fate
    # and no death (or a death with another fate) must be refused, not read as killed.
    killed_answers = run_estimates(args.tally, [h for _, _, h in headlines], measure="killed")
    killed_read = [(f, i, h) for f, i, h in headlines if killed_answers[h][0] == "ok"]
    fates = []
    for f, i, h in killed_read:
        reason = silent_fate(h, killed_answers[h][1])
        if reason:
            fates.append((reason, f, i, h))
    print(f"under --measure killed: {len(killed_read):,} read; silently another fate by the automatic check: {len(fates)}")
    for reason, f, i, h in fates[:args.show]:
        print(f"    [{reason}] {f}#{i}: {h}  ->  {format_reading(killed_answers[h])}")
    if args.flagged:
        with open(args.flagged, "a", encoding="utf-8") as out:
            for reason, f, i, h in fates:
                out.write(f"killed {reason}\t{f}#{i}\t{h}\t{format_reading(killed_answers[h])}\n")

    sample = [r for r in read_phrases() if r["source"].startswith("ucdp:") and not r["expected"].startswith("xfail")]
    known = [r for r in read_phrases() if r["source"].startswith("ucdp:") and r["expected"].startswith("xfail")]
    # Each row read with its own --locale and --measure (rows of measure=killed: headlines1).
    sample_answers = {}
    for options in sorted({(r["locale"] or "", r["measure"] or "") for r in sample}):
        rows = [r for r in sample if (r["locale"] or "", r["measure"] or "") == options]
        answers = run_estimates(args.tally, [r["text"] for r in rows], locale=options[0] or None, measure=options[1] or None)
        for r in rows:
            sample_answers[(r["text"],) + options] = answers[r["text"]]
    def answer(r):
        return sample_answers[(r["text"], r["locale"] or "", r["measure"] or "")]
    wrong = [r for r in sample if not matches(parse_expected(r["expected"]), answer(r))]
    print(f"hand-checked UCDP sample (phrases.tsv): {len(sample) + len(known)} headlines, {len(wrong)} read differently, "
          f"{len(known)} known gaps (xfail, see phrases.py)")
    for r in wrong[:args.show]:
        print(f"    line {r['line']}: {r['text']!r} expected {r['expected']}, got {format_reading(answer(r))}")

    # A ratchet: 135 such readings on b70d580, 21 left after headlines1, 5 after headlines2 (see
    # KILLED_FATE_KNOWN: four right readings the check cannot tell apart, one misspelling). More fails.
    over = max(0, len(fates) - KILLED_FATE_KNOWN)
    print(f"  known silent readings under --measure killed: {KILLED_FATE_KNOWN} (more fail: {over})")
    passed = (len(read) - len(flagged)) + (len(killed_read) - over) + (len(sample) - len(wrong))
    failed = len(flagged) + over + len(wrong)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
