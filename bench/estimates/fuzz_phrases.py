#!/usr/bin/env python3
"""Differential fuzzer over real phrases: mutate the phrases of phrases.tsv and check
that no answer changes silently.

Every phrase tally reads (the rows of phrases.tsv with a reading) is mutated in ways
that must not change its figure, or that change it in a way this script can predict:

- a year beside it ("in 2019, …", "… since 2011", "Timeline 2018: …"),
- a date or a time ("On Nov. 3, …", "2020-03-14: …", "… at 10:30"),
- a footnote marker after the figure ("…[3]"), an HTML character reference inside a
  word ("Dar&#8217;a"), a designation ("LID 88 …"), a count of things ("… in 3 villages"),
- a time with single letters ("5 a.m.", "6 o'clock"), a sum of money ("5 million USD"),
  a district number, a fraction of another figure ("half of the 300 residents"),
- a qualifier of another language in front of an exact figure ("al menos", "mindestens",
  "على الأقل" …): the reading must become open-ended at the same floor;
- a group or person named without a figure and joined right before an exact figure
  ("the army and", "the driver,", "el ejército y", "الجيش و" …): the figure no longer
  counts everyone, so the mutant must be refused; so must a rate, a count per group, a
  difference or someone else after it ("… a day", "… from each side", "… more than last
  year", "… and the bus driver"), and a toll that changed ("rose from 3 to …") is refused
  or read as the figure it reached;
- an increment ("another", "weitere", "otros", "ещё", "an increase of", "rose by",
  "aumenta en", "steigt um", "bertambah", "بمقدار" before the figure; "more", "weitere",
  "daha", "lagi", "up on last week", "arttı" after it) and a group counted in another unit ("two families and"): refused; a
  document's number ("Report 328: …") must not become the figure.

A mutant passes when tally gives the predicted reading, or refuses it (a refusal is
never a silent wrong answer). It fails when tally gives any other number. Prints a
final line 'N passed, M failed' and exits 1 on any failure.
"""
import argparse
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import format_reading, parse_expected, read_phrases, run_estimates  # noqa: E402

SAME = [
    lambda t, r: "In 2019, " + t,
    lambda t, r: t + " since 2011",
    lambda t, r: "Timeline 2018: " + t,
    lambda t, r: "On Nov. 3, " + t,
    lambda t, r: "2020-03-14: " + t,
    lambda t, r: t + " at 10:30",
    lambda t, r: t + " (report of 12/05/2016)",
    lambda t, r: "Dar&#8217;a: " + t,
    lambda t, r: t + " near Route 5",
    lambda t, r: "LID 88 area: " + t,
    lambda t, r: footnote(t, r),
    lambda t, r: t + " &amp; more",
    lambda t, r: t.replace(" ", "\u00a0", 1),
    lambda t, r: t + " (three times more than in 2015)",
    lambda t, r: "Two families fled; " + t,
    lambda t, r: t + " in 4 villages",
    lambda t, r: arabic_digits(t),
    # Issue 12, item 3 (adversarial review): times written with single letters, sums of
    # money, designations and fractions of another figure must not become the figure.
    lambda t, r: "At 5 a.m., " + t,
    lambda t, r: t + " at 6 o'clock",
    lambda t, r: t + " (damage put at 5 million USD)",
    lambda t, r: "District 9: " + t,
    lambda t, r: t + "; half of the 300 residents fled",
    # The number of a document or of its issue (issue 12, fourth review).
    lambda t, r: "Report 328: " + t,
    lambda t, r: "Bulletin N° 45 – " + t,
]


def arabic_digits(text):
    """Digits written in Arabic-Indic script (٠–٩) are read as 0–9."""
    return "".join(chr(0x0660 + ord(c) - 48) if "0" <= c <= "9" else c for c in text)

# Qualifiers that make an exact figure open-ended at the same floor, in the languages
# of the tables; inserted before the first digits of the phrase.
AT_LEAST = ["at least", "al menos", "au moins", "mindestens", "pelo menos", "не менее", "على الأقل", "en az",
            "setidaknya", "co najmniej", "حداقل"]


# Someone named without a figure, joined right before the figure (issue 12, third
# review): "the army and 12 killed" counts more than 12, so every such mutant must be
# refused; any number is a silent wrong answer. One entry per language with a table,
# with the joins and a comma where the clause begins.
NAMED = ["the army and", "soldiers and", "the driver,", "the police as well as", "the crew &", "the driver plus",
         "the driver of the bus and", "el ejército y", "la policía así como", "l'armée et", "la police ainsi que",
         "die Polizei und", "die Armee sowie", "o exército e", "армия и", "полиция, а также", "الجيش و",
         "الشرطة وكذلك", "ارتش و", "ordu ve", "polis ile", "TNI dan", "polisi serta", "kierowca i", "policja oraz",
         # Groups counted in another unit (fourth review): "two families and 4 people".
         "two families and", "3 households and", "dos familias y", "deux familles et", "zwei Familien und"]

# A figure added to an earlier count (fourth review): "rose by 12", "another 12",
# "12 more": the total is not given, so the mutant must be refused. Portuguese "outros"
# (others), not "mais" (more): in a French phrase "mais" is "but" and the figure the toll.
INCREMENT = ["another", "a further", "an additional", "rose by", "increased by", "climbs by", "up by",
             "aumenta en", "augmente de", "steigt um", "aumentou em", "увеличилось на",
             # Fifth review: "another N" in every language, and amounts of a change.
             "weitere", "otros", "encore", "outros", "ещё", "an increase of", "a rise of", "bertambah", "بمقدار", "زيادة"]
# The same after the figure ("100 weitere", "12 kişi daha", "12 orang lagi", "12 up on
# last week", "12 arttı"): refused.
INCREMENT_AFTER = [" more", " weitere", " más", " daha", " lagi", " up on last week", " down from May", " arttı"]


AFTER = [" people a day", " civilians every week", " fighters from each side", " more people than last year",
         " killed per village", " personas al día", " morts par jour", " пассажиров, а также водитель", " passengers as well as the bus driver",
         " killed besides the driver", " others, besides a soldier"]
CHANGE = ["rose from 3 to", "rose by 2 to", "climbed from 3 to", "pasó de 3 a"]


def footnote(text, rng):
    m = re.search(r"\d[\d,]*", text)
    if not m:
        return text + "[2]"
    return text[:m.end()] + "[" + str(rng.randint(1, 40)) + "]" + text[m.end():]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--tally", default=os.environ.get("TALLY", ".build/debug/tally"))
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-phrase", type=int, default=4, help="mutants per phrase")
    ap.add_argument("--show", type=int, default=20)
    args = ap.parse_args()
    rng = random.Random(args.seed)

    rows = [r for r in read_phrases() if not r["expected"].startswith(("refuse", "xfail")) and not r["locale"] and not r["measure"]]
    mutants = []  # (text, predicted answer, origin)
    for r in rows:
        expected = parse_expected(r["expected"])
        for _ in range(args.per_phrase):
            mutate = rng.choice(SAME)
            mutants.append((mutate(r["text"], rng), expected, r))
        low, best, high, approx = expected[1]
        # The qualifier goes right before the figure's own digits (not a year or another number).
        m = None
        if low == best == high:
            for written in (f"{low:,}", str(low)):
                m = re.search(r"(?<![\d,.])" + re.escape(written) + r"(?![\d,.]\d)", r["text"])
                if m:
                    break
        if low == best == high and m and not re.search(r"\b(?:about|around|some|nearly|almost|up to|at most|more than|"
                                                       r"over|fewer|less|under|at least|or more|approximately)\b",
                                                       r["text"], re.I) and not re.search(r"\d\s*[-–—]\s*\d", r["text"]):
            q = rng.choice(AT_LEAST)
            text = r["text"][:m.start()] + q + " " + r["text"][m.start():]
            mutants.append((text, ("ok", (low, best, None, approx)), r))
            named = rng.choice(NAMED)
            text = r["text"][:m.start()] + named + " " + r["text"][m.start():]
            mutants.append((text, ("refused", ""), r))
            # A rate, a count per group or a difference after the figure; a change of
            # the toll before it (third review): refused, or for the change the figure
            # reached.
            after = rng.choice(AFTER)
            text = r["text"][:m.end()] + after + r["text"][m.end():]
            mutants.append((text, ("refused", ""), r))
            text = r["text"][:m.start()] + rng.choice(CHANGE) + " " + r["text"][m.start():]
            mutants.append((text, ("ok", (low, best, high, approx)), r))
            text = r["text"][:m.start()] + rng.choice(INCREMENT) + " " + r["text"][m.start():]
            mutants.append((text, ("refused", ""), r))
            text = r["text"][:m.end()] + rng.choice(INCREMENT_AFTER) + r["text"][m.end():]
            mutants.append((text, ("refused", ""), r))

    answers = run_estimates(args.tally, [t for t, _, _ in mutants])
    passed = failed = refused = 0
    shown = 0
    for text, predicted, origin in mutants:
        answer = answers[text]
        if answer == predicted:
            passed += 1
        elif answer[0] == "refused":
            passed += 1
            refused += 1
        else:
            failed += 1
            if shown < args.show:
                shown += 1
                print(f"  CHANGED line {origin['line']}: {text!r}: predicted {format_reading(predicted)}, "
                      f"got {format_reading(answer)}")
    print(f"phrase mutants: {len(mutants)} from {len(rows)} phrases (seed {args.seed}); {refused} refused")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
