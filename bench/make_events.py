#!/usr/bin/env python3
"""The project's own deterministic generator of synthetic event records (native schema).

bench/lib.sh uses it when no external generator is found (GEN_EVENTS, or
../shared/data/gen_events.py beside the checkout), so `make test` runs on a fresh clone.
The same --rows and --seed always give the same bytes, on any machine and Python 3.8+.

The records look like a monitoring dataset, not noise: a few dozen countries with
provinces and districts (some not given), actors that recur, flows (killed, injured,
displaced) and a stock (members, observed a few times a year), figures with long
tails, ranges, bests equal to zero, events dated to a span of days, and joint regions
(`Iraq;Syria`-style). The place names are made up from syllables, so nothing here is
a claim about a real place.

    python3 bench/make_events.py --rows 100000 --seed 7 --out events.csv
"""
import argparse
import csv
import datetime
import random
import sys

COLUMNS = ["id", "date_start", "date_end", "country", "adm_1", "adm_2", "actor", "measure",
           "low", "best", "high", "source"]
SYLLABLES = ["ka", "ra", "mo", "ni", "tu", "sa", "le", "di", "ba", "zo", "qu", "hel", "an", "dra",
             "mir", "ost", "ul", "ve", "ya", "ko", "ñe", "ré", "bû", "ça"]
SOURCES = ["wire", "local-media", "un-agency", "ngo", "hospital", "social", "radio"]
FIRST_DAY = datetime.date(2019, 1, 1)
DAYS = (datetime.date(2025, 12, 31) - FIRST_DAY).days + 1


def name(rng, parts):
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def distance(a, b):
    """Levenshtein distance: edits (insert, delete, replace) from a to b."""
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (x != y))
    return row[-1]


def country_name(rng, taken):
    """A made-up country name of four syllables or more, three edits or more from every
    name made before it: a short one (`Ñenia`) can be one typing slip from a real
    country's (`Kenia`, German for Kenya), and two alike (`Samoia`, `Sazoia`) one slip from
    each other, which tally refuses as it should (a slip read as written is a group apart)."""
    while True:
        candidate = name(rng, rng.randint(4, 5)) + rng.choice(["", "ia", "stan", "a", " Republic"])
        if all(distance(candidate.lower(), t.lower()) >= 3 for t in taken):
            return candidate


def world(rng):
    countries = []
    for _ in range(40):
        country = country_name(rng, [c[0] for c in countries])
        provinces = []
        for _ in range(rng.randint(3, 12)):
            districts = [name(rng, rng.randint(2, 4)) for _ in range(rng.randint(2, 9))]
            provinces.append((name(rng, rng.randint(2, 3)), districts))
        actors = [f"Government of {country}"] + [
            rng.choice(["Militia ({})", "{} Liberation Front", "{} People's Army", "Islamic State - {}"]).format(
                name(rng, 2)) for _ in range(rng.randint(1, 5))]
        countries.append((country, provinces, actors))
    return countries


def figure(rng):
    """low, best, high as text: mostly exact small counts, a long tail, some ranges."""
    best = int(rng.paretovariate(1.3)) - 1 if rng.random() < 0.85 else rng.randint(0, 3)
    best = min(best, 5000)
    if rng.random() < 0.3:
        low = rng.randint(0, best)
        high = best + rng.randint(0, best // 2 + 3)
        return str(low), str(best), str(high)
    return str(best), str(best), str(best)


def rows(n, seed):
    rng = random.Random(seed)
    places = world(rng)
    weights = [rng.paretovariate(1.0) for _ in places]
    for i in range(1, n + 1):
        country, provinces, actors = rng.choices(places, weights)[0]
        province, districts = rng.choice(provinces)
        district = rng.choice(districts) if rng.random() < 0.9 else ""
        if rng.random() < 0.02:  # a joint region, members in either order
            other = rng.choice(places)[0]
            if other != country:
                country = ";".join(rng.sample([country, other], 2))
                province, district = "", ""
        start = FIRST_DAY + datetime.timedelta(days=rng.randrange(DAYS))
        end = start
        if rng.random() < 0.05:
            end = start + datetime.timedelta(days=rng.choice([1, 2, 6, 13, 40]))
        r = rng.random()
        if r < 0.03:
            measure = "members"
            low = rng.randrange(100, 5000, 100)
            best = low + rng.randrange(0, 2000, 100)
            figures = (str(low), str(best), str(best + rng.randrange(0, 2000, 100)))
        else:
            measure = "killed" if r < 0.7 else "injured" if r < 0.92 else "displaced"
            figures = figure(rng)
        yield [str(i), start.isoformat(), end.isoformat(), country, province, district, rng.choice(actors),
               measure, *figures, rng.choice(SOURCES)]


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--rows", type=int, required=True, help="number of event rows")
    p.add_argument("--seed", type=int, default=1, help="seed (default 1)")
    p.add_argument("--out", required=True, help="output CSV path ('-' for standard output)")
    a = p.parse_args()
    out = sys.stdout if a.out == "-" else open(a.out, "w", newline="", encoding="utf-8")
    w = csv.writer(out, lineterminator="\n")
    w.writerow(COLUMNS)
    w.writerows(rows(a.rows, a.seed))
    out.flush()
    if out is not sys.stdout:
        out.close()


if __name__ == "__main__":
    main()
