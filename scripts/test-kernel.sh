#!/usr/bin/env bash
# The Jupyter kernel's Python-side tests (Tests/KernelTests/Python): jupyter-kernel-test's conformance
# suite, interrupt and signature checks, and nbconvert re-running Output/*.ipynb, against the built
# `nbrun kernel`. Creates its own venv in .venv-tests (git-ignored) the first time, then reuses it.
set -euo pipefail
cd "$(dirname "$0")/.."

venv=.venv-tests
requirements=(jupyter-kernel-test==0.7.0 nbconvert nbformat pytest)
if [ ! -x "$venv/bin/pytest" ] || ! "$venv/bin/python" -c 'import jupyter_kernel_test, nbconvert' 2>/dev/null; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check "${requirements[@]}"
fi

# Jupyter finds the kernelspec in the venv (JUPYTER_PATH puts it before any user-wide one); it starts
# this build's nbrun.
"$(swift build --show-bin-path)/nbrun" kernel install --prefix "$venv" >/dev/null
JUPYTER_PATH="$PWD/$venv/share/jupyter" "$venv/bin/python" -m pytest -ra Tests/KernelTests/Python "$@"
