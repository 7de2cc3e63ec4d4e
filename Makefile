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
	.build/release/tally aggregate Datasets/news-balkh-2023-04.csv --by country,actor --period month --format table
	.build/release/tally aggregate Datasets/news-balkh-2023-04.csv --by country,actor --period month --format csv -o $(OUT)/news-balkh-2023-04.csv
	@echo "wrote $(OUT)/news-balkh-2023-04.csv"

test: deps
	$(SWIFT) build
	$(SWIFT) test
	TALLY=.build/debug/tally bash bench/compare_aggregate.sh
