#!/usr/bin/env bash
# Rewrites nbrun's own reviewed chart renderings, Tests/PlottingTests/Goldens/<name>_nbrun.png,
# which ChartRegressionTests compare against tightly (a missing line, legend or title fails).
# Run it after an intended change to rendering (fonts, anti-aliasing, layout), look at the new
# PNGs (and `git diff --stat`), and commit them. It then re-runs the tests against the new files.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/swift-env.sh
swift build --build-tests
# The test writes each PNG before comparing it with the (old) golden in the test bundle, so this
# run's own comparisons may fail; the run after the rebuild below must not.
PLOTTING_WRITE_GOLDENS=1 swift test --skip-build --filter 'ChartRegressionTests/matchesItsReviewedRendering' > /dev/null 2>&1 || true
git status --short Tests/PlottingTests/Goldens/
swift build --build-tests
swift test --skip-build --filter ChartRegressionTests
