#!/usr/bin/env bash
# Fuzzes every parser of outside input (docs/fuzzing.md): builds the libFuzzer
# targets of tests/fuzz with clang, AddressSanitizer and UndefinedBehaviorSanitizer
# into build-fuzz/, then runs each, one after another, for SECONDS (default
# 20) on its seed corpus tests/data/fuzz/<target>/. Fails when any target
# crashes, hangs, leaks or breaks a sanitizer check; the input that did it is
# saved as build-fuzz/runs/<target>/artifacts/crash-… (see docs/fuzzing.md
# for what to do with it).
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET…]
#
# CI (scripts/test.sh) runs a short pass; scripts/fuzz.sh 600 is the long one.
# New inputs the fuzzer finds go to build-fuzz/runs/<target>/corpus (kept
# between runs, so later runs start further), never into tests/data.
# PEYVAND_FUZZ_BUILD (default build-fuzz) and PEYVAND_FUZZ_JOBS (compile jobs,
# default 2) change where and how fast it builds.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
seconds="${1:-20}"
shift || true
build="${PEYVAND_FUZZ_BUILD:-$root/build-fuzz}"
jobs="${PEYVAND_FUZZ_JOBS:-2}"
all=(date ids phone money csv json_snapshot vcard vcard_line import)
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${all[@]}")

if ! command -v clang++ >/dev/null; then
  echo "fuzz: clang++ is missing (Debian: apt-get install clang libclang-rt-14-dev)" >&2
  exit 1
fi
launcher=()
if command -v ccache >/dev/null; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
# Debug: Qt's own assertions (QString bounds…) stay on in the inlined headers; -O1 comes from tests/fuzz.
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DPEYVAND_FUZZ=ON \
  -DPEYVAND_BUILD_GUI=OFF -DPEYVAND_BUILD_TESTS=OFF "${launcher[@]}" >/dev/null
cmake --build "$build" -j "$jobs" --target peyvand-fuzz

# The same zone for every run (parseDateTime reads local times; Tehran had
# daylight saving until 1401, so its gaps and repeats are exercised).
export TZ=Asia/Tehran
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1:suppressions=$root/tests/fuzz/ubsan.supp}"
failed=()
for t in "${targets[@]}"; do
  bin="$build/tests/fuzz/peyvand-fuzz-$t"
  seeds="$root/tests/data/fuzz/$t"
  if [ ! -x "$bin" ] || [ ! -d "$seeds" ]; then
    echo "fuzz: unknown target '$t' (targets: ${all[*]})" >&2
    exit 2
  fi
  work="$build/runs/$t"
  mkdir -p "$work/corpus" "$work/artifacts"
  dict="$root/tests/fuzz/dict/$t.dict"
  [ -f "$dict" ] || dict="$root/tests/fuzz/dict/${t%%_*}.dict"
  options=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
           -artifact_prefix="$work/artifacts/")
  [ -f "$dict" ] && options+=(-dict="$dict")
  # New inputs go to the first directory only: the seeds are read, never written.
  if "$bin" "${options[@]}" "$work/corpus" "$seeds" >"$work/log" 2>&1; then
    runs="$(grep -o 'stat::number_of_executed_units: [0-9]*' "$work/log" | grep -o '[0-9]*$' || echo '?')"
    cov="$(grep -o 'cov: [0-9]*' "$work/log" | tail -1 || true)"
    echo "fuzz: $t: $runs runs in ${seconds} s, $cov, corpus $(ls "$work/corpus" | wc -l) files: ok"
  else
    failed+=("$t")
    echo "fuzz: $t: FAILED (log: $work/log)"
    grep -E 'ERROR: |SUMMARY: |runtime error|what\(\)|Test unit written|Failure' "$work/log" | head -20 || tail -40 "$work/log"
    echo "fuzz: reproduce with: TZ=Asia/Tehran $bin $work/artifacts/<file>"
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: FAILED: ${failed[*]}" >&2
  exit 1
fi
echo "fuzz: all ${#targets[@]} targets ran ${seconds} s each without a finding"
