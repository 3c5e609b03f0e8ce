#!/usr/bin/env bash
# The test command (CI runs exactly this): installs what is missing, runs the unit and end-to-end
# tests, then checks that every notebook still renders exactly as its committed snapshot in Output/.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-system-packages.sh
swift build --build-tests
swift test --skip-build
"$(swift build --show-bin-path)/nbrun" --check Notebooks/
scripts/test-kernel.sh
