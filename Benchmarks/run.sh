#!/usr/bin/env bash
# nbrun's benchmark suite: builds the benchmarks in release mode, runs the peers on the same machine
# (CPython for the interpreter; NumPy, PyTorch and matplotlib from a virtual environment it creates),
# then prints a Markdown table of times, speed-ups and the issues' goals.
#   Benchmarks/run.sh [RUNS] [--only interpreter|runtime|plotting]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
shift || true

scripts/install-system-packages.sh
venv=Benchmarks/.venv
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/pip" install --quiet numpy matplotlib torch
# Build first, so that the peers' timings and ours are taken back to back.
swift build -c release --product NBRunBenchmarks
results=$(mktemp -d)
python3 Benchmarks/Peers/interpreter_peers.py "$runs" > "$results/interpreter.json"
"$venv/bin/python" Benchmarks/Peers/numeric_peers.py "$runs" > "$results/numeric.json"
"$venv/bin/python" Benchmarks/Peers/plot_peer.py "$runs" > "$results/plot.json"
"$(swift build -c release --show-bin-path)/NBRunBenchmarks" "$runs" "$@" "$results"/*.json
echo
echo "peers: $(cat "$results"/*.json | tr '\n' ' ')"
