# Quick start (see README.md): `make demo` runs tally on the bundled Datasets/,
# `make test` runs every test. Both install missing Debian packages first (root or sudo).
#
# Installing (README "Install on a server"):
#   make install [PREFIX=/usr/local] [DESTDIR=]   binary, man page, completions, examples
#   make dist     dist/tally-VERSION-linux-ARCH.tar.gz and its .sha256
#   make deb      dist/tally_VERSION-1_ARCH.deb (dpkg-deb)
# All three use one release build: the Swift standard library and Foundation linked
# statically, so the binary needs only Debian's Cairo, Pango, fontconfig, libxml2 and zlib.
SWIFT ?= swift
OUT ?= out
PREFIX ?= /usr/local
DESTDIR ?=
# TALLY_BUILD picks the build folder (default .build), e.g. TALLY_BUILD=.build-mine make demo.
BUILD := $(or $(TALLY_BUILD),.build)
STAGE := $(BUILD)/stage
DIST ?= dist
# The version is written once, in Sources/tally/Version.swift; the commit is git's.
VERSION := $(shell sed -n 's/^ *static let version = "\(.*\)"$$/\1/p' Sources/tally/Version.swift)
COMMIT := $(shell git describe --always --dirty 2>/dev/null)
ARCH := $(shell uname -m)
export SWIFT
# Each step of `make test` prints its time and the CPU time of what it ran
# ("== step NAME: N s (exit 0, cpu C s)"; C/N is how many of CI's 2 cores it kept busy):
# CI has 25 minutes.
STEP := bash scripts/step.sh

.PHONY: deps deps-packaging deps-browser build release demo test test-swift test-release test-checks-text test-checks-data stage install dist deb check-links test-install
deps:
	@bash scripts/ensure-deps.sh

# What make install/dist/deb and their test use besides the build: dpkg-shlibdeps
# (dpkg-dev), strip and readelf (binutils), groff and man, systemd-analyze, file.
deps-packaging:
	@bash scripts/ensure-deps.sh dpkg-dev binutils groff-base man-db systemd file fontconfig

build: deps
	$(SWIFT) build

# The release binary every target below shares (demo, install, dist, deb, the install
# test), so it is built once. TALLY_COMMIT goes to Package.swift for `tally --version`;
# only one C file sees it, so a new commit recompiles that file and relinks.
release: deps
	@TALLY_COMMIT=$(COMMIT) $(SWIFT) build -c release --product tally --static-swift-stdlib --scratch-path $(BUILD)

demo: release
	@mkdir -p $(OUT)
	@echo "Monthly reports on the bundled Datasets/ (Reports/*.yml); files written:"
	@$(BUILD)/release/tally report Reports/monthly.yml --format pdf,png,csv,html --out-dir $(OUT)
	@$(BUILD)/release/tally report Reports/syria-ucdp.yml --format pdf,png,csv,html --out-dir $(OUT)
	@$(BUILD)/release/tally report Reports/syria-ucdp-ar.yml --format pdf,png,csv,html --out-dir $(OUT)
	@$(BUILD)/release/tally report Reports/syria-ucdp-fr.yml --format pdf,png,csv,html --out-dir $(OUT)

stage: release deps-packaging
	@bash scripts/stage.sh $(BUILD) $(STAGE)

install: stage
	@bash scripts/install-stage.sh $(STAGE) "$(DESTDIR)$(PREFIX)"

dist: stage
	@bash scripts/dist.sh $(STAGE) $(DIST) tally-$(VERSION)-linux-$(ARCH)

deb: release deps-packaging
	@bash scripts/stage.sh $(BUILD) $(BUILD)/stage-deb share/zsh/vendor-completions
	@bash scripts/deb.sh $(BUILD)/stage-deb $(DIST) $(VERSION)

# What the browser checks of the HTML brief use: Debian's Chromium and its WebDriver,
# and python3-venv for the pinned test tooling (tests/browser/requirements.txt).
deps-browser:
	@bash scripts/ensure-deps.sh chromium chromium-driver python3-venv

check-links:
	@python3 tests/check_links.py

test-install: dist deb
	@COMMIT=$(COMMIT) bash tests/install_test.sh $(DIST)/tally-$(VERSION)-linux-$(ARCH).tar.gz $(DIST)/tally_$(VERSION)-1_$(shell dpkg --print-architecture).deb

# The references, fuzzer and hostile checks run the release binary the install test
# ships (a debug binary is several times slower there, and CI must finish in 25 min);
# the fuzzer also runs a subset of its cases through the debug build, whose runtime
# checks (exclusivity, assertions) a release build leaves out, and the install test
# compares the release binary's files with the debug build's byte for byte.
# The fuzzer runs 0.6 of its default cases (seed 1, so every run the same ones): each of its
# 18 defects still comes round at least 5 times and every big-file variant within its 3 big
# files; the whole set took 269 s (526 CPU s) of CI's 25 minutes, this one 374 CPU s (about 190 s).
test: deps deps-packaging deps-browser
	@$(STEP) build $(SWIFT) build --build-tests
	@$(MAKE) --no-print-directory -j2 --output-sync=target test-swift test-release
	@$(STEP) fuzz-ingest python3 bench/fuzz_ingest.py --scale 0.6 --big 3 --tally $(BUILD)/release/tally --tally-debug .build/debug/tally
	@$(MAKE) --no-print-directory -j2 --output-sync=target test-checks-text test-checks-data
	@$(STEP) install $(MAKE) --no-print-directory test-install

# The tests (built by `swift build --build-tests`) and the release build side by side:
# the tests keep the two cores busy only about nine tenths of the time and the release
# build's optimiser often one core, so together they take less than one after the other
# (the tests run without SwiftPM, scripts/run-tests.sh: SwiftPM holds the build folder
# while the release build runs).
test-swift:
	@$(STEP) swift-test bash scripts/run-tests.sh .build

test-release:
	@$(STEP) release $(MAKE) --no-print-directory release

# The checks after the fuzzer, in two chains side by side (each keeps about one core
# busy; in a row they took 285 s of CI's 25 minutes). Each chain's log is printed whole
# when it ends. The hostile scripts are split between the chains to even them out
# (measured CPU: files_and_exits 31 s, render_and_specs 34, xlsx_limits 21,
# results_rules 2, scaling 12; the text chain was 189 s, the data chain 154). The install
# test runs after both: it may rebuild the release binary (a new commit) that these run.
HOSTILE_IN_DATA_CHAIN := xlsx_limits.py results_rules.py scaling.py
test-checks-text:
	@$(STEP) phrases python3 bench/estimates/phrases.py --tally $(BUILD)/release/tally
	@$(STEP) fuzz-phrases python3 bench/estimates/fuzz_phrases.py --tally $(BUILD)/release/tally
	@$(STEP) ucdp-headlines python3 bench/estimates/ucdp_headlines.py --tally $(BUILD)/release/tally
	@$(STEP) hostile env TALLY=$(BUILD)/release/tally HOSTILE_SKIP="$(HOSTILE_IN_DATA_CHAIN)" bash bench/hostile/run_all.sh

test-checks-data:
	@$(STEP) links python3 tests/check_links.py
	@$(STEP) compare-ged env TALLY=$(BUILD)/release/tally bash bench/ucdp/compare_ged.sh
	@$(STEP) compare-aggregate env TALLY=$(BUILD)/release/tally bash bench/compare_aggregate.sh
	@$(STEP) browser bash tests/browser/run.sh $(BUILD)/release/tally $(OUT)/browser
	@$(STEP) hostile-data-chain env TALLY=$(BUILD)/release/tally bash bench/hostile/run_all.sh $(addprefix bench/hostile/,$(HOSTILE_IN_DATA_CHAIN))
