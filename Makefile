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

demo: release
	@mkdir -p $(OUT)
	@echo "Monthly reports on the bundled Datasets/ (Reports/*.yml); files written:"
	@.build/release/tally report Reports/monthly.yml --out-dir $(OUT)
	@.build/release/tally report Reports/syria-ucdp.yml --out-dir $(OUT)

test: deps
	$(SWIFT) build
	$(SWIFT) test
	TALLY=.build/debug/tally bash bench/compare_aggregate.sh
