#!/usr/bin/env bash
# nbrun's benchmark suite: builds the benchmarks in release mode, runs the peers on the same machine
# (CPython for the interpreter; NumPy, PyTorch and matplotlib from a virtual environment it creates),
# then prints a Markdown table of times, speed-ups and the issues' goals.
#   Benchmarks/run.sh [RUNS] [--rounds R] [--only interpreter|runtime|learning|plotting|course|kernel|check]
# RUNS is the best-of count inside each round (default 5); R the number of rounds (default 3).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
shift || true

scripts/install-system-packages.sh
venv=Benchmarks/.venv
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/pip" install --quiet numpy matplotlib torch ipykernel jupyter_client
# A scratch folder of its own, so a release build never holds the lock on .build that the tests use.
release=(swift build -c release --scratch-path .build-release)
"${release[@]}" --product NBRunBenchmarks
"${release[@]}" --product nbrun
"${release[@]}" --product nbrun-kernel-launcher
# The kernel peer drives nbrun's kernel (this release build) and ipykernel through jupyter_client.
"$("${release[@]}" --show-bin-path)/nbrun" kernel install --prefix "$venv" >/dev/null
"$venv/bin/python" -m ipykernel install --prefix "$venv" >/dev/null
export JUPYTER_PATH="$PWD/$venv/share/jupyter"
# Three rounds of (peers, then nbrun), best of each side over the rounds: both sides see the same
# stretches of a busy machine.
"$("${release[@]}" --show-bin-path)/NBRunBenchmarks" "$runs" "$@" --rounds 3 \
    --peer "python3 Benchmarks/Peers/interpreter_peers.py" \
    --peer "$venv/bin/python Benchmarks/Peers/numeric_peers.py" \
    --peer "$venv/bin/python Benchmarks/Peers/learning_peers.py" \
    --peer "$venv/bin/python Benchmarks/Peers/plot_peer.py" \
    --peer "$venv/bin/python Benchmarks/Peers/kernel_peers.py"
