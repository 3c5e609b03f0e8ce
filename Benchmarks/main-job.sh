#!/usr/bin/env bash
# The main job's speed against a release build (issue #16: at most 1.5x): `Notebooks/gradient_tape.md`
# and the whole course built cold, from the binary `scripts/run.sh` builds and from a release build
# of the same sources, timed with hyperfine (fresh processes; each command's runs in a row).
#   Benchmarks/main-job.sh [RUNS]      (default 30; the course gets a third as many)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-30}
release=(swift build -c release --scratch-path .build-release)
"${release[@]}" --product nbrun  # (without the debug builds' compiler wrapper)
optimised="$("${release[@]}" --show-bin-path)/nbrun"
source scripts/swift-env.sh
swift build --product nbrun
main_job="$(swift build --show-bin-path)/nbrun"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
hyperfine -N --warmup 3 --runs "$runs" \
    --command-name "scripts/run.sh's binary: gradient_tape.md" "$main_job Notebooks/gradient_tape.md --output-dir $scratch/a" \
    --command-name "release build: gradient_tape.md" "$optimised Notebooks/gradient_tape.md --output-dir $scratch/b"
hyperfine -N --warmup 1 --runs $(((runs + 2) / 3)) \
    --command-name "scripts/run.sh's binary: the course, cold" "$main_job build Notebooks --no-cache --output-dir $scratch/c" \
    --command-name "release build: the course, cold" "$optimised build Notebooks --no-cache --output-dir $scratch/d"
