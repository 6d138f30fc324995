#!/usr/bin/env bash
# Measures the desktop app on a large database against issue 6's budgets:
#   1. start-up: process start to the first customer list page painted (budget 1 s),
#      from the real `peyvand` binary's --trace milestones, several runs;
#   2. scrolling both lists end to end page by page, random jumps, every sort,
#      searches typed letter by letter: the longest time the UI thread did not
#      answer (budget: no visible stall, taken as 100 ms), with peyvand-app-exercise;
#   3. resident memory after all that (budget 200 MB): /usr/bin/time -v
#      "Maximum resident set size" and the process's own VmHWM/VmRSS.
# Optionally (--context) the typical Qt SQL model on the same file (qsql-context).
#
# The database given is never opened by the app: it is copied to a scratch file
# first (the app opens read-write; the copy is reused while it is newer than the
# source and the same size). Settings and logs go to a temporary directory.
# The app signs in without a dialog (--user NAME, PEYVAND_PASSWORD; default the
# demo user rep1 with the demo password peyvand-demo); on a copy seeded before
# sign-in existed, the old admin account and NAME are first given that password
# with peyvand-cli. The start-up figure includes the sign-in (one Argon2id
# verification, ~0.1 s and 64 MiB; the "signed in" milestone shows it).
#
#   tests/bench/app/measure-app.sh [--db /tmp/m1.sqlite] [--build build-rel]
#       [--scratch /tmp/peyvand-measure-app.sqlite] [--runs 5] [--quick] [--context]
#       [--user rep1]
set -euo pipefail

DB=/tmp/m1.sqlite
BUILD=build-rel
SCRATCH=/tmp/peyvand-measure-app.sqlite
RUNS=5
QUICK=0
CONTEXT=0
SIGNIN=rep1
PASSWORD=${PEYVAND_PASSWORD:-peyvand-demo}
while [ $# -gt 0 ]; do
  case "$1" in
    --db) DB=$2; shift 2 ;;
    --build) BUILD=$2; shift 2 ;;
    --scratch) SCRATCH=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --quick) QUICK=1; shift ;; # 300 page steps per list instead of the whole list
    --context) CONTEXT=1; shift ;;
    --user) SIGNIN=$2; shift 2 ;;
    -h|--help) sed -n '2,26p' "$0"; exit 0 ;;
    *) echo "measure-app: unknown option $1" >&2; exit 2 ;;
  esac
done

APP=$BUILD/src/peyvand
CLI=$BUILD/src/peyvand-cli
EXERCISE=$BUILD/tests/bench/app/peyvand-app-exercise
QSQL=$BUILD/tests/bench/app/qsql-context
for bin in "$APP" "$CLI" "$EXERCISE"; do
  [ -x "$bin" ] || { echo "measure-app: $bin not built (cmake --build $BUILD)" >&2; exit 1; }
done
[ -f "$DB" ] || { echo "measure-app: no database $DB" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "measure-app: /usr/bin/time is needed (apt-get install time)" >&2; exit 1; }

WORK=$(mktemp -d /tmp/peyvand-measure-app.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
export XDG_CONFIG_HOME=$WORK/config XDG_DATA_HOME=$WORK/data XDG_RUNTIME_DIR=$WORK/run
mkdir -p -m 700 "$XDG_RUNTIME_DIR"
unset PEYVAND_TRACE
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}

echo "== Peyvand desktop app measurement"
echo "date:     $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "commit:   $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
echo "machine:  $(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(free -g | awk '/^Mem:/ {print $2}') GB RAM"
echo "load:     $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min)"
echo "platform: QT_QPA_PLATFORM=$QT_QPA_PLATFORM"
echo "database: $DB ($(du -h "$DB" | cut -f1))"

# The scratch copy the app may open read-write.
if [ ! -f "$SCRATCH" ] || [ "$SCRATCH" -ot "$DB" ] || [ "$(stat -c %s "$SCRATCH")" != "$(stat -c %s "$DB")" ]; then
  echo "copying to $SCRATCH ..."
  rm -f "$SCRATCH" "$SCRATCH-wal" "$SCRATCH-shm"
  cp --reflink=auto "$DB" "$SCRATCH"
  if [ -s "$DB-wal" ]; then cp --reflink=auto "$DB-wal" "$SCRATCH-wal"; fi
fi
export PEYVAND_PASSWORD=$PASSWORD
if ! "$CLI" --db "$SCRATCH" --user "$SIGNIN" whoami > /dev/null 2>&1; then
  # A file seeded before sign-in existed: nobody has a password. Its admin account becomes the
  # first administrator (no --user needed then) and gives $SIGNIN the password.
  echo "giving $SIGNIN the password on the scratch copy (seeded before sign-in existed) ..."
  PEYVAND_NEW_PASSWORD=$PASSWORD "$CLI" --db "$SCRATCH" user add admin --role admin > /dev/null \
    || { echo "measure-app: cannot sign in as $SIGNIN on $SCRATCH (set PEYVAND_PASSWORD?)" >&2; exit 1; }
  if [ "$SIGNIN" != admin ]; then
    PEYVAND_NEW_PASSWORD=$PASSWORD "$CLI" --db "$SCRATCH" --user admin user passwd "$SIGNIN" > /dev/null
  fi
fi
echo "signed in as: $("$CLI" --db "$SCRATCH" --user "$SIGNIN" whoami)"
before=$(stat -c '%s %Y' "$SCRATCH")

median() { sort -n | awk '{a[NR]=$1} END {if (NR==0) print "n/a"; else if (NR%2) print a[(NR+1)/2]; else printf "%.1f\n", (a[NR/2]+a[NR/2+1])/2}'; }
maxof() { sort -n | tail -1; }

echo
echo "== 1. Start-up to the first customer list page painted ($RUNS runs per list, warm OS cache)"
for view in legal individual; do
  : > "$WORK/paint-$view" ; : > "$WORK/rss-$view"
  for i in $(seq "$RUNS"); do
    /usr/bin/time -v -o "$WORK/time.txt" "$APP" --db "$SCRATCH" --user "$SIGNIN" --no-demo-offer --language fa --view "$view" \
      --trace --quit-after-first-paint 2> "$WORK/trace.txt" > /dev/null || true
    grep -o '^peyvand-trace: [0-9.]* ms first customer list page painted' "$WORK/trace.txt" \
      | awk '{print $2}' >> "$WORK/paint-$view" || true
    awk -F': ' '/Maximum resident set size/ {print int($2/1024)}' "$WORK/time.txt" >> "$WORK/rss-$view"
    if [ "$i" = 1 ]; then sed -n 's/^peyvand-trace: /  /p' "$WORK/trace.txt"; fi
  done
  printf '%-10s first page painted: median %s ms, worst %s ms; max RSS median %s MB\n' "$view" \
    "$(median < "$WORK/paint-$view")" "$(maxof < "$WORK/paint-$view")" "$(median < "$WORK/rss-$view")"
done
after=$(stat -c '%s %Y' "$SCRATCH")
[ "$before" = "$after" ] && echo "the app left the database file as it was (size and mtime)" \
  || echo "NOTE: the database file changed (size/mtime $before -> $after)"

echo
echo "== 2 and 3. Both lists driven end to end in the real main window (peyvand-app-exercise)"
EXTRA=()
[ "$QUICK" = 1 ] && EXTRA=(--max-page-steps 300)
/usr/bin/time -v -o "$WORK/time.txt" "$EXERCISE" --db "$SCRATCH" --json "${EXTRA[@]}" 2> "$WORK/exercise-err.txt" \
  | tee "$WORK/exercise.txt" | grep -v '^{'
exercise_rss=$(awk -F': ' '/Maximum resident set size/ {print int($2/1024)}' "$WORK/time.txt")
echo "/usr/bin/time -v: Maximum resident set size $exercise_rss MB"

json=$(grep '^{' "$WORK/exercise.txt" | tail -1)
gap=$(echo "$json" | grep -o '"longest_gap_ms":[0-9.]*' | cut -d: -f2)
gap_cpu=$(echo "$json" | grep -o '"most_cpu_in_a_gap_ms":[0-9.]*' | cut -d: -f2)
paint_worst=$(cat "$WORK"/paint-* | maxof)

echo
echo "== Summary against the budgets (preliminary when other work shares the CPU)"
awk -v p="$paint_worst" 'BEGIN {printf "first list painted, worst run: %s ms (budget 1000 ms): %s\n", p, (p+0 <= 1000 ? "within" : "OVER")}'
awk -v g="$gap" -v c="$gap_cpu" 'BEGIN {printf "longest UI-thread stall: %.0f ms wall, most UI CPU in one stall %.0f ms (budget 100 ms): %s\n", g, c, (g+0 <= 100 ? "within" : (c+0 <= 100 ? "wall time over, CPU within: a busy machine" : "OVER"))}'
awk -v m="$exercise_rss" 'BEGIN {printf "peak resident memory after scrolling and searching: %d MB (budget 200 MB): %s\n", m, (m+0 <= 200 ? "within" : "OVER")}'

if [ "$CONTEXT" = 1 ]; then
  echo
  echo "== Context: QSqlTableModel + QSortFilterProxyModel on the same file (qsql-context)"
  [ -x "$QSQL" ] || { echo "measure-app: $QSQL not built" >&2; exit 1; }
  /usr/bin/time -v -o "$WORK/time.txt" "$QSQL" --db "$SCRATCH" 2>&1 | grep -v '^QStandardPaths'
  echo "/usr/bin/time -v: Maximum resident set size $(awk -F': ' '/Maximum resident set size/ {print int($2/1024)}' "$WORK/time.txt") MB"
fi
