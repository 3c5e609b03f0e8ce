#!/usr/bin/env bash
# Fuzzes the interpreter's front end and evaluator with libFuzzer: arbitrary text is run as a cell
# through InterpreterSession (parse, fold, lower, evaluate) under a short time limit. A crash, a trap,
# a hang or runaway memory is a bug; libFuzzer stops at the first and saves the input.
#
# Usage: scripts/fuzz.sh [SECONDS] [extra libFuzzer flags...]     (default 60 seconds)
#
# It builds the separate package in Fuzz/ with `--sanitize fuzzer` into .build-fuzz/ (the first build
# compiles swift-syntax with coverage instrumentation and optimised: many minutes),
# collects the seed corpus (the conformance scripts, every ```swift cell of Notebooks/, the benchmark
# programs, the fuzz regressions) into .build-fuzz/seeds/, and runs libFuzzer with the Swift token
# dictionary Fuzz/swift.dict. The corpus libFuzzer grows is kept in .build-fuzz/corpus/ between runs;
# crashing inputs land in .build-fuzz/artifacts/ (crash-*, timeout-*, oom-*): once fixed, each goes
# into Tests/InterpreterTests/FuzzRegressions/ with its expected result.
# Replay one input: .build-fuzz/debug/InterpreterFuzzer FILE
#
# Per input: NBRUN_FUZZ_TIME_LIMIT_MS (default 50) of evaluation, then the interpreter reports a
# timeout; libFuzzer's -timeout (5 s) catches whatever escapes that limit, and -rss_limit_mb (4096:
# an array at the interpreter's 100,000,000-element limit, copied, fits) with its malloc limit catches
# unbounded memory. Runs with `nice -n 10`: the machine is shared.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
scratch=.build-fuzz

# SwiftPM keeps the build plan of the path dependency (this checkout) and does not notice a source
# file added to it since: drop the plan so that it is made again (the compiled objects stay).
rm -f "$scratch/debug.yaml"
# `-Xswiftc -O` optimises swift-syntax too (as scripts/run.sh does): parsing is most of an input's time.
nice -n 10 swift build --package-path Fuzz --scratch-path "$scratch" --sanitize fuzzer -Xswiftc -O \
    --product InterpreterFuzzer -j "${FUZZ_BUILD_JOBS:-2}"
fuzzer="$scratch/debug/InterpreterFuzzer"

seeds="$scratch/seeds"
rm -rf "$seeds"
mkdir -p "$seeds" "$scratch/corpus" "$scratch/artifacts"
n=0
for script in Tests/InterpreterTests/Conformance/*/*.swift Tests/InterpreterTests/FuzzRegressions/*.swift \
              Benchmarks/Sources/InterpreterPrograms/*.swift; do
    [ -f "$script" ] || continue
    cp "$script" "$seeds/$(printf %04d $n).swift"
    n=$((n + 1))
done
# Each ```swift cell of the course on its own.
for notebook in Notebooks/*.md; do
    awk -v dir="$seeds" -v base="$(basename "$notebook" .md)" '
        /^```swift/ { cell = 1; n += 1; file = sprintf("%s/cell-%s-%03d.swift", dir, base, n); next }
        /^```/ && cell { cell = 0; close(file); next }
        cell { print > file }' "$notebook"
done
echo "fuzz: $(ls "$seeds" | wc -l) seed inputs, running for $seconds s" >&2

log="$scratch/fuzz.log"
# Swift's own crash backtracer would catch a trap before libFuzzer does, and libFuzzer would then
# not save the crashing input: leave crashes to libFuzzer.
export SWIFT_BACKTRACE=enable=no
status=0
nice -n 10 "$fuzzer" "$scratch/corpus" "$seeds" \
    -dict=Fuzz/swift.dict -max_total_time="$seconds" -timeout=5 -rss_limit_mb=4096 -max_len=2048 \
    -artifact_prefix="$scratch/artifacts/" -print_final_stats=1 "$@" 2>&1 | tee "$log" || status=$?
# libFuzzer's final statistics: the number of inputs run, and the rate.
grep -E "stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss_mb" "$log" >&2 || true
exit "$status"
