#!/usr/bin/env bash
# Issue 12's learning benchmarks on the Autodiff and Learning libraries alone, beside PyTorch eager:
# builds Benchmarks/LibraryOnly/learning.swift with `swiftc -O -wmo` (minutes, where a release build of
# the whole package takes far longer on a busy machine), then alternates it with the PyTorch peer.
#   Benchmarks/learning-library.sh [RUNS] [ROUNDS] [PYTHON]     (PYTHON needs torch; default python3)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
rounds=${2:-3}
python=${3:-python3}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
blas=(-I Sources/CBLAS $(pkg-config --cflags-only-I openblas | sed 's/-I/-Xcc -I/g'))
swiftc -O -wmo -parse-as-library -module-name Autodiff -emit-module -emit-library -static "${blas[@]}" \
    $(find Sources/Autodiff -name '*.swift') -emit-module-path "$out/Autodiff.swiftmodule" -o "$out/libAutodiff.a"
# Learning without Data/ (which needs SwiftCSV; the benchmarks read no files).
swiftc -O -wmo -parse-as-library -module-name Learning -emit-module -emit-library -static -I "$out" "${blas[@]}" \
    $(find Sources/Learning/Layers Sources/Learning/Losses Sources/Learning/Optimizers -name '*.swift') \
    -emit-module-path "$out/Learning.swiftmodule" -o "$out/libLearning.a"
swiftc -O -I "$out" "${blas[@]}" Benchmarks/LibraryOnly/learning.swift "$out/libLearning.a" "$out/libAutodiff.a" \
    -lopenblas -o "$out/learning"
for round in $(seq "$rounds"); do
    echo "round $round: nbrun libraries $("$out/learning" "$runs")"
    echo "round $round: PyTorch eager $(cd Benchmarks/Peers && "$python" learning_peers.py "$runs")"
done
