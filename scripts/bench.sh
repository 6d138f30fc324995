#!/usr/bin/env bash
# Reproduces the table of docs/performance.md: builds peyvand-bench in Release
# (build-rel/), seeds the database when the file is missing, runs every case on
# it (opened read-only; the write case on a temporary copy), then the open
# cases again with the file dropped from the OS page cache.
#
#   scripts/bench.sh [DB [peyvand-bench options…]]
#
# DB defaults to /tmp/m1.sqlite; a missing DB is seeded with
# PEYVAND_BENCH_CUSTOMERS customers (default 1,000,000). Output is Markdown,
# ready for docs/performance.md. Timings never fail this script.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
db="${1:-/tmp/m1.sqlite}"
shift || true
build="${PEYVAND_BENCH_BUILD:-$root/build-rel}"
jobs="${PEYVAND_BENCH_JOBS:-2}"

launcher=()
if command -v ccache >/dev/null; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release "${launcher[@]}" >/dev/null
cmake --build "$build" -j "$jobs" --target peyvand-bench peyvand-cli

if [ ! -f "$db" ]; then
  "$build/src/peyvand-cli" --db "$db" seed --customers "${PEYVAND_BENCH_CUSTOMERS:-1000000}"
fi

export QT_QPA_PLATFORM=offscreen
bench="$build/tests/bench/peyvand-bench"
echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB memory, $(uname -srm)"
echo "database: $db, $(du -h "$db" | cut -f1) (+ WAL $(du -h "$db-wal" 2>/dev/null | cut -f1 || echo 0))"
# Every case; the write case on a copy (--write-copy), the file itself read-only.
"$bench" --db "$db" --markdown --write-copy "$@"
# The open cases once more, each run after dropping the file from the OS page cache.
"$bench" --db "$db" --markdown --cold --filter "open file" "$@"
