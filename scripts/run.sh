#!/usr/bin/env bash
# The main job: installs what is missing, builds nbrun and runs it.
# With no arguments it runs the course notebook: Notebooks/gradient_tape.md → Output/gradient_tape.{html,ipynb}.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-system-packages.sh
swift build --product nbrun
if [ $# -eq 0 ]; then
    set -- Notebooks/gradient_tape.md
fi
exec "$(swift build --show-bin-path)/nbrun" "$@"
