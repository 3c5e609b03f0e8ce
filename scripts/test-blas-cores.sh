#!/usr/bin/env bash
# Shows that nbrun's numbers do not depend on which OpenBLAS kernels the CPU would get: runs the
# Autodiff tests and `nbrun --check Notebooks/` (every committed snapshot, byte for byte in its
# text outputs) with OpenBLAS told to start with each x86-64 AVX2 kernel family in turn.
# nbrun pins one family (see Sources/Autodiff/Kernels/NativeKernels.swift), so all must pass.
# Expects a finished `swift build --build-tests`. Families the CPU cannot run are skipped by
# OpenBLAS itself (it falls back), which the printed core names show.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/swift-env.sh
nbrun="$(swift build --show-bin-path)/nbrun"
for core in Haswell SkylakeX Zen; do
    echo "== OPENBLAS_CORETYPE=$core"
    OPENBLAS_CORETYPE=$core swift test --skip-build --filter 'AutodiffTests' 2>&1 | tail -n 3
    OPENBLAS_CORETYPE=$core "$nbrun" --check Notebooks/ 2>&1 | tail -n 1
done
