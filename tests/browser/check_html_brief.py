#!/usr/bin/env python3
"""Loads tally's HTML briefs in headless Chromium (Debian's `chromium` and
`chromium-driver`) at 320, 360 and 1280 px and checks what a reader on a phone, a
screen reader or a printer needs (issue 15, item 2):

- no horizontal page scroll (the document is no wider than the viewport; the
  viewport meta tag is honoured on the phone widths);
- every image and every drawn SVG has a text alternative (alt, or role="img" with
  aria-labelledby naming a non-empty <title>/<desc>);
- headings in order: one h1, then no level skipped;
- every chart's headline is its section's heading and the title of the drawn SVG,
  and its top figure (the first row of its figures table) is text in the page and
  drawn in the visible SVG's text layer;
- no element id repeats, and every reference to an id (href="#x", xlink:href,
  url(#x), aria-labelledby/-describedby) resolves;
- no request leaves the file (Chromium's network log), no <script> in the page;
- the print stylesheet lets tables and charts print whole (no scroll boxes);
- axe-core (bundled in the pinned axe-selenium-python, so it runs offline) finds no
  violation;
and writes a full-page screenshot of every brief at every width to --shots.

It also proves that it can fail: a copy of a brief without its viewport meta tag,
and one with an id repeated, must each fail the check that guards it.

Test tooling only (tests/browser/requirements.txt, pinned); tally never needs it.
Prints `N passed, M failed` last; exits 1 when anything failed.
"""
import argparse
import base64
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

WIDTHS = (320, 360, 1280)
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

passed = 0
failed = 0


quiet = False


def check(ok, what):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print(("expected to fail: " if quiet else "FAIL: ") + what)
    return ok


def browser():
    opts = webdriver.ChromeOptions()
    opts.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
              "--hide-scrollbars", "--host-resolver-rules=MAP * ~NOTFOUND", "--no-first-run",
              "--disable-background-networking", "--disable-component-update", "--disable-sync",
              "--disable-default-apps", "--mute-audio", "--force-color-profile=srgb", "--font-render-hinting=none"):
        opts.add_argument(a)
    opts.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    driver = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    return webdriver.Chrome(service=Service(executable_path=driver), options=opts)


# Everything measured in the page, in one script: the page as loaded, before axe is
# injected (axe adds a script of its own).
PAGE_FACTS = r"""
const W = arguments[0];
const out = {};
const de = document.documentElement;
out.scrollWidth = Math.max(de.scrollWidth, document.body.scrollWidth);
out.innerWidth = window.innerWidth;
out.scripts = document.querySelectorAll('script').length;
out.externalSrc = [...document.querySelectorAll('[src]')].map(e => e.getAttribute('src')).filter(s => !s.startsWith('data:'));
out.links = [...document.querySelectorAll('link[href]')].map(e => e.getAttribute('href'));
const shown = e => { const r = e.getBoundingClientRect(); return e.getClientRects().length > 0 && r.width > 0 && r.height > 0; };
// Images and root SVGs that are shown.
out.noAlt = [];
for (const img of document.querySelectorAll('img')) {
  if (!shown(img)) continue;
  const alt = img.getAttribute('alt');
  if (alt === null || (alt.trim() === '' && img.getAttribute('role') !== 'presentation')) out.noAlt.push(img.outerHTML.slice(0, 120));
}
const textOf = id => { const e = document.getElementById(id); return e ? e.textContent.trim() : ''; };
out.svgs = 0;
for (const svg of document.querySelectorAll('svg')) {
  if (svg.parentElement.closest('svg')) continue;
  if (!shown(svg)) continue;
  out.svgs++;
  const label = (svg.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean).map(textOf).join(' ').trim()
    || (svg.getAttribute('aria-label') || '').trim();
  if (svg.getAttribute('role') !== 'img' || label === '') out.noAlt.push(svg.outerHTML.slice(0, 160));
}
out.headings = [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map(h => [Number(h.tagName[1]), h.textContent.trim()]);
const ids = [...document.querySelectorAll('[id]')].map(e => e.id);
const seen = new Set(); out.duplicateIds = [];
for (const id of ids) { if (seen.has(id)) out.duplicateIds.push(id); seen.add(id); }
out.ids = ids.length;
out.unresolved = [];
for (const e of document.querySelectorAll('*')) {
  for (const a of e.attributes) {
    const refs = [];
    if ((a.name === 'href' || a.name === 'xlink:href') && a.value.startsWith('#')) refs.push(a.value.slice(1));
    if (a.name === 'aria-labelledby' || a.name === 'aria-describedby') refs.push(...a.value.split(/\s+/).filter(Boolean));
    for (const m of a.value.matchAll(/url\(#([^)]+)\)/g)) refs.push(m[1]);
    for (const r of refs) if (!document.getElementById(r)) out.unresolved.push(a.name + '=' + r);
  }
}
// Charts: the section heading, the title of the SVG shown, the first row of the figures
// table, and the words of the shown SVG's text layer.
out.charts = [];
for (const s of document.querySelectorAll('section.chart')) {
  const svg = [...s.querySelectorAll('svg')].find(v => !v.parentElement.closest('svg') && shown(v));
  const title = svg ? (svg.querySelector('title') || {}).textContent || '' : '';
  const layer = svg ? [...svg.querySelectorAll('text')].map(t => t.textContent).join('\n') : '';
  const row = s.querySelector('table tbody tr');
  out.charts.push({heading: s.querySelector('h2').textContent.trim(), title: title.trim(),
                   first: row ? [...row.children].map(c => c.textContent.trim()) : null,
                   text: s.textContent, layer: layer});
}
out.bodyText = document.body.innerText;
return out;
"""

PRINT_FACTS = r"""
const out = {scrollBoxes: 0, narrowShown: 0, wideHidden: 0};
for (const e of document.querySelectorAll('.scroll')) if (getComputedStyle(e).overflowX !== 'visible') out.scrollBoxes++;
for (const e of document.querySelectorAll('.drawn.narrow')) if (getComputedStyle(e).display !== 'none') out.narrowShown++;
for (const e of document.querySelectorAll('.drawn.wide')) if (getComputedStyle(e).display === 'none') out.wideHidden++;
return out;
"""


def requests_made(driver, page_url):
    """URLs Chromium asked for besides the page itself (data: URLs are not requests)."""
    urls = []
    for entry in driver.get_log("performance"):
        msg = json.loads(entry["message"])["message"]
        if msg.get("method") == "Network.requestWillBeSent":
            url = msg["params"]["request"]["url"]
            if url != page_url and not url.startswith("data:"):
                urls.append(url)
    return urls


def load(driver, path, width):
    mobile = width < 800
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": mobile})
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "screen"})
    driver.get_log("performance")  # drop what came before
    url = "file://" + os.path.abspath(path)
    driver.get(url)
    return url


def screenshot(driver, width, dest):
    height = driver.execute_script("return Math.ceil(document.documentElement.scrollHeight)")
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}})
    with open(dest, "wb") as f:
        f.write(base64.b64decode(shot["data"]))


def check_page(driver, path, name, width, expect, shots, axe_script):
    """Every check at one width; returns the number of failures it added."""
    before = failed
    where = f"{name} at {width}px"
    url = load(driver, path, width)
    f = driver.execute_script(PAGE_FACTS, width)
    check(f["scrollWidth"] <= width, f"{where}: the page scrolls sideways (document {f['scrollWidth']} px wide)")
    if width < 800:
        check(f["innerWidth"] == width, f"{where}: the layout viewport is {f['innerWidth']} px, not the device's {width} (viewport meta tag?)")
    check(f["scripts"] == 0, f"{where}: {f['scripts']} <script> elements")
    check(not f["externalSrc"] and not f["links"], f"{where}: external resources {f['externalSrc'] + f['links']}")
    check(not f["noAlt"], f"{where}: images or SVGs without a text alternative: {f['noAlt'][:3]}")
    check(f["svgs"] == expect["charts"], f"{where}: {f['svgs']} drawn SVGs shown, expected {expect['charts']} (one per chart)")
    levels = [h[0] for h in f["headings"]]
    ordered = bool(levels) and levels[0] == 1 and levels.count(1) == 1 and all(b <= a + 1 for a, b in zip(levels, levels[1:]))
    check(ordered, f"{where}: headings out of order: {levels}")
    check(not f["duplicateIds"], f"{where}: ids repeated: {sorted(set(f['duplicateIds']))[:5]}")
    check(not f["unresolved"], f"{where}: references to no id: {f['unresolved'][:5]}")
    for c in f["charts"]:
        check(c["title"] != "" and c["heading"] == c["title"], f"{where}: chart heading '{c['heading']}' is not the SVG's title '{c['title']}'")
        if c["first"] is None:
            check(False, f"{where}: chart '{c['heading']}' has no figures table")
            continue
        label, figure = c["first"][0], c["first"][1]
        check(label in c["text"] and figure in c["text"], f"{where}: chart '{c['heading']}': top row {c['first']} not text in its section")
        # The number the table gives is the number drawn (the SVG's text layer holds the
        # drawn words; a bar's value label is `figure`, a timeline's points are not labelled).
        if expect.get("bars", {}).get(c["heading"]):
            check(figure in c["layer"], f"{where}: chart '{c['heading']}': top figure {figure!r} not drawn in the SVG")
    for heading, (label, figure) in expect.get("bars", {}).items():
        match = [c for c in f["charts"] if c["heading"] == heading]
        check(bool(match) and match[0]["first"][:2] == [label, figure],
              f"{where}: chart '{heading}': top bar {match[0]['first'] if match else None}, expected {[label, figure]}")
    for text in expect.get("text", []):
        check(text in f["bodyText"], f"{where}: {text!r} is not visible text")
    reqs = requests_made(driver, url)
    check(not reqs, f"{where}: requests made: {reqs[:5]}")
    if shots:
        screenshot(driver, width, os.path.join(shots, f"{name}-{width}.png"))
    if width == 1280:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
        p = driver.execute_script(PRINT_FACTS)
        check(p == {"scrollBoxes": 0, "narrowShown": 0, "wideHidden": 0}, f"{where}, print: {p}")
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "screen"})
    if axe_script and width in (320, 1280):
        driver.execute_script(axe_script)
        result = driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations), e => done([{id: 'axe-error', help: String(e), nodes: []}]));")
        for v in result:
            targets = [n.get("target") for n in v.get("nodes", [])][:3]
            print(f"axe at {width}px on {name}: {v['id']} ({v.get('impact')}): {v.get('help')} {targets}")
        check(not result, f"{where}: axe-core found {len(result)} violations: {[v['id'] for v in result]}")
    return failed - before


def axe_source():
    """axe-core's script as axe-playwright-python bundles it (4.12.1 in 0.1.8); only the
    script is used (installed with --no-deps: no Playwright, whose browsers would be a
    download), injected through Selenium."""
    import importlib.util
    spec = importlib.util.find_spec("axe_playwright_python")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = os.path.join(list(spec.submodule_search_locations)[0], "axe.min.js")
    with open(path, encoding="utf-8") as f:
        return f.read()


HOSTILE_SPEC = """\
title: "<script>alert(1)</script> & Co's brief"
name: hostile
subtitle: "A & B <b>not bold</b>"
period: 2023-04
formats: [html]
datasets:
  - path: {data}
    name: "<script>x()</script> & data"
    source: "Q&A <img src=x onerror=alert(1)>"
    licence: CC0
    url: "javascript:alert(1)"
sections:
  - type: summary
  - type: bar
    id: killed
    title: "Killed by actor </svg><script>y()</script>"
    measure: killed
    by: actor
  - type: table
    title: "By place & actor"
    by: [adm1, actor]
  - type: notes
    title: "Notes & <i>caveats</i>"
    text: |
      A <b>tag</b> & an **ampersand**

      https://example.org/a-very-long-address-without-any-space-that-must-wrap-on-a-phone/{long}
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tally", required=True)
    ap.add_argument("--shots", help="folder for the screenshots (default: a temporary folder, removed)")
    ap.add_argument("--no-axe", action="store_true")
    args = ap.parse_args()
    work = tempfile.mkdtemp(prefix="tally-browser-")
    shots = args.shots
    if shots:
        os.makedirs(shots, exist_ok=True)
    briefs = []
    # The bundled briefs, and one whose every name is markup.
    for spec, period in (("Reports/syria-ucdp.yml", "2019-11"), ("Reports/monthly.yml", "2023-04"),
                         ("Reports/syria-ucdp-ar.yml", "2019-11")):
        r = subprocess.run([args.tally, "report", os.path.join(ROOT, spec), "--period", period, "--format", "html",
                            "--out-dir", work], capture_output=True, text=True)
        check(r.returncode == 0, f"tally report {spec}: exit {r.returncode}: {r.stderr.strip()[-300:]}")
        briefs.append(r.stdout.strip().splitlines()[-1] if r.returncode == 0 else None)
    with open(os.path.join(work, "hostile.yml"), "w", encoding="utf-8") as f:
        f.write(HOSTILE_SPEC.format(data=os.path.join(ROOT, "Datasets", "news-balkh-2023-04.csv"), long="x" * 120))
    r = subprocess.run([args.tally, "report", os.path.join(work, "hostile.yml"), "--out-dir", work], capture_output=True, text=True)
    check(r.returncode == 0, f"tally report hostile.yml: exit {r.returncode}: {r.stderr.strip()[-300:]}")
    briefs.append(r.stdout.strip().splitlines()[-1] if r.returncode == 0 else None)

    expects = [
        {"name": "syria-ucdp", "charts": 4,
         "bars": {"Deaths by governorate": ("Idlib", "307 (300–323)"),
                  "Deaths by side A of the dyad": ("Government of Syria", "472 (460–503)")},
         "text": ["Syria conflict deaths, monthly brief", "Sources and method"]},
        {"name": "monthly", "charts": 2, "text": ["Sources and method"]},
        # The Arabic brief (issue 15, item 6): right to left, the same figures.
        {"name": "syria-ucdp-ar", "charts": 4,
         "bars": {"القتلى حسب المحافظة": ("Idlib", "307 (300–323)"),
                  "القتلى حسب الطرف الأول في النزاع": ("Government of Syria", "472 (460–503)")},
         "text": ["سوريا: قتلى النزاع، موجز شهري"]},
        {"name": "hostile", "charts": 1,
         "text": ["<script>alert(1)</script> & Co's brief", "A & B <b>not bold</b>", "<script>x()</script> & data",
                  "Q&A <img src=x onerror=alert(1)>", "javascript:alert(1)", "A <b>tag</b> & an ampersand"]},
    ]
    axe = None if args.no_axe else axe_source()
    if axe is None and not args.no_axe:
        check(False, "axe-playwright-python (for its axe-core script) is not installed: see tests/browser/requirements.txt")
    driver = browser()
    try:
        for path, expect in zip(briefs, expects):
            if path is None:
                continue
            for w in WIDTHS:
                check_page(driver, path, expect["name"], w, expect, shots, axe)
        # The checks can fail: a brief without its viewport meta tag scrolls sideways
        # or is laid out 980 px wide on a phone, and a repeated id is seen.
        if briefs[1]:
            html = open(briefs[1], encoding="utf-8").read()
            broken = {
                "no-viewport": re.sub(r'<meta name="viewport"[^>]*>\n', "", html, count=1),
                "repeated-id": html.replace('id="s3-h"', 'id="s2-h"', 1),
            }
            for name, text in broken.items():
                bad = os.path.join(work, name + ".html")
                with open(bad, "w", encoding="utf-8") as f:
                    f.write(text)
                global failed, passed, quiet
                saved = (passed, failed)
                quiet = True
                n = check_page(driver, bad, name, 320, expects[1], None, None)
                quiet = False
                passed, failed = saved
                check(n > 0 and text != html, f"the check does not fail on a brief with {name}")
                print(f"self-test {name}: {n} checks failed, as they must")
    finally:
        driver.quit()
        shutil.rmtree(work, ignore_errors=True)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
