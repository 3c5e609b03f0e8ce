#!/usr/bin/env bash
# The main job: installs what is missing, builds nbrun and runs it.
# With no arguments it builds the course: Notebooks/ (course.yml) → Output/ (a page and an ipynb per chapter,
# index.html).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/swift-env.sh

scripts/install-system-packages.sh
swift build --product nbrun
swift build --product nbrun-kernel-launcher  # what `nbrun kernel install` registers with Jupyter
swift build --product nbrun-preview  # what `nbrun preview` runs (the HTTP server, kept out of nbrun for its start-up)
if [ $# -eq 0 ]; then
    set -- build Notebooks --output-dir Output
fi
exec "$(swift build --show-bin-path)/nbrun" "$@"
