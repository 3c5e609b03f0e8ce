#!/usr/bin/env bash
# Shows the snapshot review page on a real difference: copies the course notebook and its snapshot to a
# temporary folder, changes the learning rate (so printed losses and the charts change), runs
# `nbrun --check`, checks in headless Chromium that the page rendered (title, pictures, slider script),
# and saves a screenshot. Installs Debian's chromium when it is missing.
#   scripts/screenshot-review.sh [OUT.png]      (NBRUN=path/to/nbrun uses that build instead of building one)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/swift-env.sh

out=${1:-docs/review.png}
if ! command -v chromium >/dev/null; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y chromium
fi
nbrun=${NBRUN:-}
if [ -z "$nbrun" ]; then
    swift build --product nbrun
    nbrun="$(swift build --show-bin-path)/nbrun"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/Notebooks" "$work/Output"
cp Output/gradient_tape.ipynb "$work/Output/"
sed 's/^let learningRate = 0.1$/let learningRate = 0.05/' Notebooks/gradient_tape.md > "$work/Notebooks/gradient_tape.md"
(cd "$work" && "$nbrun" --check Notebooks/ > check.txt 2>&1) && { echo "expected a difference" >&2; exit 1; }
page="$work/Output/.check/index.html"
dom=$(chromium --headless --no-sandbox --disable-gpu --dump-dom "file://$page" 2>/dev/null)
grep -q "<h1 class=\"title\">Snapshot review</h1>" <<<"$dom" || { echo "review page did not render" >&2; exit 1; }
images=$(grep -o '<img ' <<<"$dom" | wc -l)
[ "$images" -ge 3 ] || { echo "expected chart pictures, found $images" >&2; exit 1; }
grep -q 'class="wipe-slider"' <<<"$dom" || { echo "no wipe slider" >&2; exit 1; }
mkdir -p "$(dirname "$out")"
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1400,1800 \
    --screenshot="$out" "file://$page" 2>/dev/null
grep -E "differs|pixels differ" "$work/check.txt" | head -5
echo "wrote $out from the review page ($images pictures)"
