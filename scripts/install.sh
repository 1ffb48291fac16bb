#!/usr/bin/env bash
# Set up protocolmaker on a fresh Debian/Ubuntu machine: system packages, then a virtualenv
# in .venv with the project installed. `--test` adds what the test suite needs (LibreOffice
# for the DOCX round-trip, with python3-uno so the system python3 can drive it, poppler for
# pdftotext, the test Python packages).
set -euo pipefail
cd "$(dirname "$0")/.."

with_tests=0
[[ "${1:-}" == "--test" ]] && with_tests=1

packages=(python3-venv fonts-liberation2 fonts-dejavu-core libpango-1.0-0 libpangoft2-1.0-0)
if (( with_tests )); then
  packages+=(libreoffice-writer-nogui python3-uno poppler-utils)
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
if (( with_tests )); then
  .venv/bin/python -m pip install -q -e ".[test]"
else
  .venv/bin/python -m pip install -q -e .
fi
