#!/usr/bin/env bash
# NotebookNN's test command: finds (or installs) what the tests need, then runs every test.
#   bash scripts/test.sh            all tests
#   bash scripts/test.sh --filter X extra arguments go to `dotnet test`
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "scripts/test.sh: $*" >&2; exit 1; }

command -v dotnet >/dev/null || fail "the .NET 10 SDK is required: https://dotnet.microsoft.com/download (then run this again)"

# Headless Chromium for the browser tests of the figures.
if [ -z "${CHROMIUM_PATH:-}" ]; then
  for candidate in chromium chromium-browser google-chrome; do
    if command -v "$candidate" >/dev/null; then CHROMIUM_PATH="$(command -v "$candidate")"; break; fi
  done
fi
if [ -z "${CHROMIUM_PATH:-}" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "scripts/test.sh: installing Debian's chromium for the browser tests..."
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null \
      || fail "could not install chromium; install it yourself (apt-get install chromium) or set CHROMIUM_PATH"
    CHROMIUM_PATH="$(command -v chromium)"
  else
    fail "the browser tests need Chromium: install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chrome/Chromium binary"
  fi
fi
export CHROMIUM_PATH

# plotly.js (and the math renderer) from npm, pinned in package-lock.json.
if [ -f package.json ]; then
  command -v npm >/dev/null || fail "npm is required to fetch plotly.js for the browser tests: install Node.js 18+ (Debian: apt-get install nodejs npm)"
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then
    npm ci --no-audit --no-fund --loglevel=error || fail "npm ci failed: see the message above"
  fi
fi

# The real .NET Interactive kernel (pinned in .config/dotnet-tools.json) and a real Jupyter client for the kernel tests.
dotnet tool restore >/dev/null || fail "dotnet tool restore failed: see the message above"
jupyter_python() {
  for candidate in ${NOTEBOOKNN_PYTHON:-} /usr/bin/python3 python3; do
    if command -v "$candidate" >/dev/null && "$candidate" -c "import jupyter_client, nbclient, nbformat" 2>/dev/null; then
      command -v "$candidate"; return 0
    fi
  done
  return 1
}
if ! NOTEBOOKNN_PYTHON="$(jupyter_python)"; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "scripts/test.sh: installing Debian's Jupyter client for the kernel tests..."
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-jupyter-client python3-nbclient jupyter-nbconvert >/dev/null \
      || fail "could not install the Jupyter client; install it yourself (apt-get install python3-jupyter-client python3-nbclient jupyter-nbconvert)"
    NOTEBOOKNN_PYTHON="$(jupyter_python)" || fail "python3 still cannot import jupyter_client and nbclient"
  else
    fail "the kernel tests need a Python with jupyter_client and nbclient: install them (Debian/Ubuntu: sudo apt-get install python3-jupyter-client python3-nbclient jupyter-nbconvert) or set NOTEBOOKNN_PYTHON"
  fi
fi
export NOTEBOOKNN_PYTHON

dotnet test NotebookNN.sln -c Release --nologo "$@"
