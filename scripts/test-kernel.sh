#!/usr/bin/env bash
# The Jupyter kernel's Python-side tests (Tests/KernelTests/Python): jupyter-kernel-test's conformance
# suite, interrupt and signature checks, and nbconvert re-running Output/*.ipynb, against the built
# `nbrun kernel`. Uses the tests' venv (.venv-tests, made by scripts/test-venv.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

python="$(scripts/test-venv.sh)"
venv=.venv-tests

# Jupyter finds the kernelspec in the venv (JUPYTER_PATH puts it before any user-wide one); it starts
# this build's nbrun.
"$(swift build --show-bin-path)/nbrun" kernel install --prefix "$venv" >/dev/null
JUPYTER_PATH="$PWD/$venv/share/jupyter" "$python" -m pytest -ra Tests/KernelTests/Python "$@"
