#!/usr/bin/env bash
# One command: install what is missing, build, and run the whole test suite
# (unit, integration on real SQLite files, the real peyvand-cli, GUI tests
# offscreen), then a short fuzzing pass over every parser of outside input
# (scripts/fuzz.sh: clang, build-fuzz/; PEYVAND_FUZZ_SECONDS per target,
# default 15). This is what CI runs.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build --output-on-failure -j "$(nproc)" --timeout 900
# After the tests: libFuzzer on the parsers, a bounded run (docs/fuzzing.md).
PEYVAND_FUZZ_JOBS="$(nproc)" scripts/fuzz.sh "${PEYVAND_FUZZ_SECONDS:-15}"
