#!/usr/bin/env bash
# One command: install what is missing, build, and start the desktop app on the
# default embedded database (created and migrated on first start). Without a
# display it starts on a virtual one (Xvfb). Extra arguments go to peyvand.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "run: no display; starting on a virtual X display (xvfb-run)"
  exec xvfb-run -a -s "-screen 0 1280x800x24" build/src/peyvand "$@"
fi
exec build/src/peyvand "$@"
