#!/usr/bin/env bash
# The test command (CI runs exactly this): installs what is missing, runs the unit and end-to-end
# tests, then checks that every chapter of the course still renders exactly as its committed snapshot in Output/.
#
# Usage: scripts/test.sh [--all]
#   --all  recompile every conformance script with swiftc, not only those changed since their
#          goldens were taken (see scripts/regenerate-conformance-goldens.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/swift-env.sh
conformance=(--check --changed)
[ "${1:-}" = "--all" ] && conformance=(--check)

scripts/install-system-packages.sh
swift build --build-tests
swift test --skip-build
nbrun="$(swift build --show-bin-path)/nbrun"
"$nbrun" build Notebooks --output-dir Output --check
# The interpreter's conformance scripts against what swiftc prints for them.
scripts/regenerate-conformance-goldens.sh "${conformance[@]}"
# Every .ipynb nbrun writes validates against Jupyter's schema: the committed snapshots, and the
# end-to-end fixtures (failing cells, raises, skips included) written afresh.
python="$(scripts/test-venv.sh)"
fixtures="$(mktemp -d)"
trap 'rm -rf "$fixtures"' EXIT
for fixture in Tests/NBRunCommandsTests/Fixtures/*.md Tests/NBRunCommandsTests/Fixtures/suite; do
    # Some fixtures fail on purpose (exit 1) or are unreadable (exit 2, nothing written).
    "$nbrun" --allow-errors --output-dir "$fixtures" "$fixture" > /dev/null 2>&1 || true
done
"$python" scripts/validate-ipynb.py Output/ "$fixtures"
# Bit-stable numbers whichever OpenBLAS kernels the CPU would get.
scripts/test-blas-cores.sh
# The Jupyter kernel against jupyter-kernel-test, nbconvert and its own interrupt and signature tests.
scripts/test-kernel.sh
