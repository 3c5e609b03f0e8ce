#!/usr/bin/env bash
# Opens a report in headless Chromium and saves a screenshot of its first screens, to check by eye that it
# renders in a real browser. Installs Debian's chromium when it is missing.
#   scripts/screenshot-report.sh [REPORT.html] [OUT.png]
set -euo pipefail
cd "$(dirname "$0")/.."

report=${1:-Output/gradient_tape.html}
out=${2:-docs/report.png}
if ! command -v chromium >/dev/null; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y chromium
fi
mkdir -p "$(dirname "$out")"
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1100,2400 \
    --screenshot="$out" "file://$(realpath "$report")" 2>/dev/null
echo "wrote $out from $report"
