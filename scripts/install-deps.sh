#!/usr/bin/env bash
# Installs, with apt-get, every Debian 12 package Peyvand needs to build, run
# and test. Does nothing when all of them are already installed.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-charts-dev libqt6opengl6-dev
  # tests/bench/app: qsql-context (Qt SQL's SQLite driver), measure-app.sh (/usr/bin/time -v)
  libqt6sql6-sqlite time
  libgl-dev libxkbcommon-dev
  libsqlite3-dev nlohmann-json3-dev libspdlog-dev libfmt-dev
  libsodium-dev  # Argon2id password hashes
  postgresql libpq-dev  # team mode: libpq for src/pgstorage, a throwaway server for tests (scripts/pg-server.sh; pg_trgm ships in it)
  clang libclang-rt-14-dev  # libFuzzer targets (scripts/fuzz.sh)
  libgtest-dev libgmock-dev libbenchmark-dev
  fonts-noto-core xvfb xauth
  python3  # tests read CSV back with Python's csv module, as a third-party parser
  python3-vobject python3-icalendar  # tests read exported vCards / iCalendar files back with them
  clang libclang-rt-14-dev  # scripts/fuzz.sh: libFuzzer, AddressSanitizer, UBSan (clang 14 on Debian 12)
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
