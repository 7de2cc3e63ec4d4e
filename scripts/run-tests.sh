#!/usr/bin/env bash
# Usage: scripts/run-tests.sh [BUILD]   (BUILD: the scratch folder, default .build)
# Runs the test bundle `swift build --build-tests` made, as `swift test --skip-build`
# would (XCTest's tests, then Swift Testing's), but without SwiftPM: SwiftPM holds the
# build folder while it runs, so `swift test` could not run beside the release build
# that `make test` makes at the same time (CI has 25 minutes; the tests leave part of
# the second core idle, the release build much of it). Exits non-zero if any failed.
set -uo pipefail
build=${1:-.build}
bundle=$(ls -d "$build"/debug/*PackageTests.xctest 2>/dev/null | head -1)
if [ -z "$bundle" ]; then
  echo "run-tests: no test bundle in $build/debug: run \`swift build --build-tests\` first" >&2
  exit 2
fi
"$bundle"
xctest=$?
"$bundle" --testing-library swift-testing
testing=$?
[ "$xctest" -eq 0 ] && [ "$testing" -eq 0 ]
