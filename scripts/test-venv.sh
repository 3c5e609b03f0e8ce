#!/usr/bin/env bash
# Creates the tests' Python environment in .venv-tests/ (git-ignored) from the pinned
# scripts/test-requirements.txt, and prints its python's path. It is made when missing and
# re-made when the requirements file changed since (a copy of it is kept inside the venv).
# Swift code never needs Python at run time; only test checks (such as nbformat's) use this.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.venv-tests
requirements=scripts/test-requirements.txt
if [ ! -x "$venv/bin/python" ] || ! cmp -s "$requirements" "$venv/requirements.txt"; then
    if ! python3 -m venv --help > /dev/null 2>&1 || ! python3 -c 'import ensurepip' > /dev/null 2>&1; then
        echo "test-venv: python3 with venv is needed (Debian: python3-venv)" >&2
        exit 1
    fi
    rm -rf "$venv"
    python3 -m venv "$venv" >&2
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$requirements" >&2
    cp "$requirements" "$venv/requirements.txt"
fi
echo "$PWD/$venv/bin/python"
