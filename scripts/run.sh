#!/usr/bin/env bash
# The main job: installs what is missing, builds nbrun and runs it.
# With no arguments it builds the course: Notebooks/ (course.yml) → Output/ (a page and an ipynb per chapter,
# index.html).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-system-packages.sh
# The debug configuration with every module optimised (swift-syntax too), in a build folder of its own:
# close to a release build's speed in a fraction of its build time (README, "Why the main job builds
# debug, optimised"). The tests build without the flag in .build, so neither invalidates the other.
build=(swift build --scratch-path .build-run -Xswiftc -O)
"${build[@]}" --product nbrun
"${build[@]}" --product nbrun-kernel-launcher  # what `nbrun kernel install` registers with Jupyter
if [ $# -eq 0 ]; then
    set -- build Notebooks --output-dir Output
fi
exec "$("${build[@]}" --show-bin-path)/nbrun" "$@"
