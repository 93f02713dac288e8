#!/usr/bin/env bash
# Install everything the tests need from scratch, then run every test.
# Usage (from the checkout): bash tests/install_and_run.sh [extra pytest args]
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/pip install -q --upgrade pip
.venv/bin/pip install -q -r requirements-dev.txt

# The Hub-compatible test server (olah) lives in its own venv: its pins differ from ours.
[ -x .venv-hub/bin/olah-cli ] || { "$PYTHON" -m venv .venv-hub && .venv-hub/bin/pip install -q -r tests/hub_requirements.txt; }
export ZOO_OLAH_CLI="$PWD/.venv-hub/bin/olah-cli"

# Debian's Chromium for the browser tests (never a browser downloaded by a test tool).
if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -q && $SUDO apt-get install -y -q chromium fonts-noto-cjk  # CJK font: Korean UI in screenshots
fi

export ZOO_DATA_DIR=${ZOO_DATA_DIR:-../shared/data}
export STREAMLIT_BROWSER_GATHER_USAGE_STATS=false
exec .venv/bin/python -m pytest "$@"
