#!/usr/bin/env bash
# Set up protocolmaker on a fresh Debian/Ubuntu machine: system packages, then a virtualenv
# in .venv with the locked dependencies (requirements.lock, sha256-checked) and the project.
# Building needs no system library (the PDF fonts ship with the package). `--test` adds what the
# test suite needs: LibreOffice for the DOCX round-trip (with python3-uno so the system python3
# can drive it), poppler for pdftotext, Chromium and Node.js (axe-core and puppeteer-core in
# tests/web) for the accessibility test of the privacy statement web page, the YAML language
# server that VS Code runs (tests/lsp), and the test Python packages (requirements-test.lock).
# After changing a dependency in pyproject.toml: bash scripts/lock.sh
set -euo pipefail
cd "$(dirname "$0")/.."

with_tests=0
[[ "${1:-}" == "--test" ]] && with_tests=1

packages=(python3-venv)
if (( with_tests )); then
  packages+=(libreoffice-writer-nogui python3-uno fonts-liberation2 poppler-utils chromium)
  command -v npm >/dev/null || packages+=(nodejs npm)  # any Node.js with npm will do
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if (( ${#missing[@]} )); then
  SUDO=""
  [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
fi

[[ -x .venv/bin/python ]] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip 2>/dev/null
lock=requirements.lock
(( with_tests )) && lock=requirements-test.lock
.venv/bin/python -m pip install -q --require-hashes -r "$lock"
.venv/bin/python -m pip install -q --no-deps -e .

if (( with_tests )); then
  (cd tests/web && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  npm ci --prefix tests/lsp --silent --no-audit --no-fund >/dev/null
fi
