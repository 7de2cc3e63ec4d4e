# Quick start (see README.md): `make demo` runs tally on the bundled Datasets/,
# `make test` runs every test. Both install missing Debian packages first (root or sudo).
SWIFT ?= swift
OUT ?= out

.PHONY: deps build release demo test
deps:
	@bash scripts/ensure-deps.sh

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

# TALLY_BUILD picks the build folder (default .build), e.g. TALLY_BUILD=.build-mine make demo.
demo: deps
	@$(SWIFT) build -c release --product tally --scratch-path $${TALLY_BUILD:-.build}
	@mkdir -p $(OUT)
	@echo "Monthly reports on the bundled Datasets/ (Reports/*.yml); files written:"
	@$${TALLY_BUILD:-.build}/release/tally report Reports/monthly.yml --out-dir $(OUT)
	@$${TALLY_BUILD:-.build}/release/tally report Reports/syria-ucdp.yml --out-dir $(OUT)

test: deps
	$(SWIFT) build
	$(SWIFT) test
	TALLY=.build/debug/tally bash bench/ucdp/compare_ged.sh
	TALLY=.build/debug/tally bash bench/compare_aggregate.sh
	python3 bench/fuzz_ingest.py --tally .build/debug/tally --tally-debug .build/debug/tally
	TALLY=.build/debug/tally bash bench/hostile/run_all.sh
