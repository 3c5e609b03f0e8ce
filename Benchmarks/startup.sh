#!/usr/bin/env bash
# Start-up times of an nbrun binary with hyperfine: `nbrun --version` (goal at most 15 ms) and a
# notebook of one cell (goal at most 30 ms), each as a fresh process, as a user or a kernel client sees
# it. Also lists the shared libraries the binary loads before `main`.
#   Benchmarks/startup.sh [NBRUN] [RUNS]
# NBRUN defaults to the debug binary `scripts/run.sh` builds; pass
# "$(swift build -c release --scratch-path .build-release --show-bin-path)/nbrun" for the release one.
set -euo pipefail
cd "$(dirname "$0")/.."
nbrun=${1:-"$(swift build --show-bin-path)/nbrun"}
runs=${2:-50}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
printf '# One cell\n\n```swift\nprint(1 + 1)\n```\n' >"$scratch/one_cell.md"

echo "shared libraries loaded at start: $(ldd "$nbrun" | wc -l)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
hyperfine -N --warmup 5 --runs "$runs" \
    --command-name "nbrun --version" "$nbrun --version" \
    --command-name "one-cell notebook" "$nbrun $scratch/one_cell.md --output-dir $scratch/Output"
