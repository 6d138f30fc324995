#!/usr/bin/env bash
# One command: install what is missing, build, and run the whole test suite
# (unit, integration on real SQLite files, the real peyvand-cli, GUI tests
# offscreen). This is what CI runs.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build --output-on-failure -j "$(nproc)" --timeout 900
