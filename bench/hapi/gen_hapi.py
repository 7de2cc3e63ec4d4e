#!/usr/bin/env python3
"""Deterministic generator of HDX HAPI conflict-event rows (the shape of HAPI v1's
`coordination-context/conflict-events` CSV), for speed and memory runs.

Standard library only; same arguments => byte-identical output.

Columns (HAPI v1's, in its order):
    location_ref,location_code,location_name,admin1_ref,admin1_code,admin1_name,
    provider_admin1_name,admin2_ref,admin2_code,admin2_name,provider_admin2_name,
    admin_level,event_type,events,fatalities,reference_period_start,reference_period_end
(`--plain` leaves out the refs and provider names: the fixture's columns.)

Rows: every admin2 unit x month x event type (political_violence, civilian_targeting,
demonstration), civilian targeting never above political violence, as HAPI publishes
them. `--totals` adds, for every admin1 and month and type, an admin1-level row that is the
sum of its admin2 rows (left out by tally as a roll-up), and for every country a country
row likewise. About 3% of names carry an accent, a few admin2 names repeat in other
admin1s (`Central`), as in real p-code tables.

Usage: gen_hapi.py --rows 540000 --seed 1 --out hapi.csv [--totals] [--plain]
(--rows is approximate: whole months of every unit, at least that many rows.)
"""
import argparse
import calendar
import random

ONSETS = ["b", "d", "g", "k", "l", "m", "n", "r", "s", "t", "kh", "sh", "z", "j", "h", ""]
VOWELS = ["a", "e", "i", "o", "u", "ai", "ou"]
CODAS = ["", "", "n", "r", "l", "m", "k", "t", "sh", "nd"]
ACCENTED = ["á", "é", "í", "ó", "ú"]
TYPES = ["political_violence", "civilian_targeting", "demonstration"]
COUNTRIES = [("SDN", "Sudan", "SD"), ("UKR", "Ukraine", "UA"), ("NGA", "Nigeria", "NG"),
             ("MLI", "Mali", "ML"), ("SOM", "Somalia", "SO"), ("AFG", "Afghanistan", "AF"),
             ("YEM", "Yemen", "YE"), ("SYR", "Syrian Arab Republic", "SY"), ("COD", "Democratic Republic of the Congo", "CD"),
             ("MMR", "Myanmar", "MM"), ("ETH", "Ethiopia", "ET"), ("BFA", "Burkina Faso", "BF")]


def name(rng, syllables):
    s = "".join(rng.choice(ONSETS) + rng.choice(VOWELS) + rng.choice(CODAS) for _ in range(syllables))
    if rng.random() < 0.03:
        i = next((k for k, c in enumerate(s) if c in "aeiou"), None)
        if i is not None:
            s = s[:i] + ACCENTED["aeiou".index(s[i])] + s[i + 1:]
    return s.capitalize() or "Ba"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", type=int, default=100000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True)
    ap.add_argument("--totals", action="store_true", help="add admin1 and country rows that total the admin2 rows")
    ap.add_argument("--plain", action="store_true", help="the fixture's columns: no refs, no provider names")
    ap.add_argument("--countries", type=int, default=6)
    ap.add_argument("--admin1", type=int, default=18, help="admin1 units a country")
    ap.add_argument("--admin2", type=int, default=12, help="admin2 units an admin1")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    countries = COUNTRIES[:a.countries]
    units = []  # (country index, a1 index, a1 code, a1 name, a2 code, a2 name)
    geo = []
    for ci, (iso, cname, p) in enumerate(countries):
        a1s = []
        for i in range(a.admin1):
            c1 = "%s%02d" % (p, i + 1)
            n1 = name(rng, 2)
            a2s = []
            for j in range(a.admin2):
                c2 = "%s%03d" % (c1, j + 1)
                n2 = "Central" if j == 0 and i % 3 == 0 else name(rng, rng.choice([2, 3]))
                a2s.append((c2, n2))
            a1s.append((c1, n1, a2s))
        geo.append((iso, cname, a1s))
    per_month = sum(len(a2s) for _, _, a1s in geo for _, _, a2s in a1s) * 3
    months = max(1, -(-a.rows // per_month))
    year, month = 2014, 1
    if a.plain:
        header = "location_code,location_name,admin1_code,admin1_name,admin2_code,admin2_name,admin_level,event_type,events,fatalities,reference_period_start,reference_period_end\n"
    else:
        header = ("location_ref,location_code,location_name,admin1_ref,admin1_code,admin1_name,provider_admin1_name,"
                  "admin2_ref,admin2_code,admin2_name,provider_admin2_name,admin_level,event_type,events,fatalities,"
                  "reference_period_start,reference_period_end\n")
    refs = {}

    def ref(key):
        return refs.setdefault(key, len(refs) + 1)

    def row(out, ci, level, c1, n1, c2, n2, t, ev, fat, start, end):
        iso, cname, _ = geo[ci]
        if a.plain:
            out.append("%s,%s,%s,%s,%s,%s,%d,%s,%d,%d,%s,%s\n" % (iso, cname, c1, n1, c2, n2, level, t, ev, fat, start, end))
        else:
            r1 = ref(c1) if c1 else ""
            r2 = ref(c2) if c2 else ""
            out.append("%d,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%d,%s,%d,%d,%s,%s\n" % (
                ci + 1, iso, cname, r1, c1, n1, n1, r2, c2, n2, n2, level, t, ev, fat, start, end))

    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        f.write(header)
        for _ in range(months):
            last = calendar.monthrange(year, month)[1]
            start, end = "%04d-%02d-01" % (year, month), "%04d-%02d-%02d" % (year, month, last)
            out = []
            for ci, (iso, cname, a1s) in enumerate(geo):
                ctot = {t: [0, 0] for t in TYPES}
                for c1, n1, a2s in a1s:
                    a1tot = {t: [0, 0] for t in TYPES}
                    for c2, n2 in a2s:
                        pv_e = int(rng.paretovariate(1.3)) - 1
                        pv_f = int(rng.paretovariate(1.1)) - 1 if pv_e else 0
                        ct_e = rng.randint(0, pv_e)
                        ct_f = rng.randint(0, pv_f) if ct_e else 0  # no deaths without an event
                        dm_e = int(rng.paretovariate(1.5)) - 1
                        dm_f = 1 if dm_e and rng.random() < 0.02 else 0
                        for t, ev, fat in (("political_violence", pv_e, pv_f), ("civilian_targeting", ct_e, ct_f),
                                           ("demonstration", dm_e, dm_f)):
                            row(out, ci, 2, c1, n1, c2, n2, t, ev, fat, start, end)
                            a1tot[t][0] += ev; a1tot[t][1] += fat
                    if a.totals:
                        for t in TYPES:
                            row(out, ci, 1, c1, n1, "", "", t, a1tot[t][0], a1tot[t][1], start, end)
                    for t in TYPES:
                        ctot[t][0] += a1tot[t][0]; ctot[t][1] += a1tot[t][1]
                if a.totals:
                    for t in TYPES:
                        row(out, ci, 0, "", "", "", "", t, ctot[t][0], ctot[t][1], start, end)
            f.write("".join(out))
            month += 1
            if month == 13:
                year, month = year + 1, 1


if __name__ == "__main__":
    main()
