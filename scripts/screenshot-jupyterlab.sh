#!/usr/bin/env bash
# Makes docs/jupyterlab.png: JupyterLab with the nbrun kernel, showing a chart cell the kernel ran.
# The cell in docs/jupyterlab/chart.ipynb is executed by `nbrun kernel` (through nbconvert), then the
# notebook is opened in a headless JupyterLab (which starts the kernel again) and Chromium takes the picture.
#   scripts/screenshot-jupyterlab.sh [PYTHON_WITH_JUPYTERLAB]   (default: /work/oracle-venv/bin/python)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/swift-env.sh

python=${1:-/work/oracle-venv/bin/python}
work=$(mktemp -d)
trap 'kill "$lab" 2>/dev/null || true; rm -rf "$work"' EXIT
swift build --product nbrun
"$(swift build --show-bin-path)/nbrun" kernel install --prefix "$work/prefix" >/dev/null
export JUPYTER_PATH="$work/prefix/share/jupyter"
"$python" -m jupyter nbconvert --to notebook --execute --output-dir "$work/notebooks" docs/jupyterlab/chart.ipynb

port=18888
"$python" -m jupyter lab --no-browser --ip=127.0.0.1 --port=$port --IdentityProvider.token= \
    --ServerApp.root_dir="$work/notebooks" --LabApp.news_url=None --allow-root >"$work/lab.log" 2>&1 &
lab=$!
for _ in $(seq 60); do
    curl -sf "http://127.0.0.1:$port/api" >/dev/null && break
    sleep 1
done
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,820 \
    --virtual-time-budget=30000 --screenshot="$PWD/docs/jupyterlab.png" \
    "http://127.0.0.1:$port/lab/tree/chart.ipynb?reset" 2>"$work/chromium.log" || { cat "$work/chromium.log" "$work/lab.log" >&2; exit 1; }
[ -s docs/jupyterlab.png ] || { cat "$work/chromium.log" "$work/lab.log" >&2; exit 1; }
echo "wrote docs/jupyterlab.png"
