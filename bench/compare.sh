#!/usr/bin/env bash
# Milepost benchmark: one page, two builds, measured in alternating rounds so that both see the same
# machine (a ratio from the same minutes stays meaningful when the load average moves).
#
# A benchmark you run and report, not a test: it is not part of CI (.ci/run does not need wrk).
#
# What it does
#   1. builds the jar of BEFORE (a commit, checked out into a temporary worktree) and of AFTER
#      (a commit, default HEAD), each into its own build directory, unless SKIP_BUILD=1
#   2. gives each build its own PostgreSQL database ($DB_before, $DB_after) and starts it with the demo
#      data of $SCALE (on an empty database; with KEEP_DB=1 an existing loaded one is reused)
#   3. logs in as $USER_NAME on both, runs VACUUM ANALYZE on both
#   4. resolves the page: PAGE may contain {program}, replaced by the id of the program whose project
#      count is closest to 10 (lowest id first) in the BEFORE database; the same program key must
#      exist in the AFTER database (the demo generator is deterministic), whose id is used there
#   5. warms both up, then ROUNDS times: one user (wrk -t1 -c1) for $DURATION on BEFORE, then on AFTER
#   6. prints each round's median and p95 and the medians over the rounds, with the ratio AFTER/BEFORE
#
# Usage:  BEFORE=5f257d2^ PAGE='/programs/{program}' bench/compare.sh
#
# Environment (all optional but BEFORE)
#   AFTER=HEAD  SCALE=large  PAGE=/programs/{program}  USER_NAME=leader  ROUNDS=5  DURATION=15s
#   WARMUP=15s  DB=milepost_cmp  PORT_BEFORE=8091  PORT_AFTER=8092  KEEP_DB=0  SKIP_BUILD=0
#   BUILD_ROOT=/tmp/b-cmp  JAVA_OPTS="-Xms1g -Xmx1g -XX:+UseParallelGC"  OUT=/tmp/compare-<date>.md
#
# Needs: git, java 17, psql/createdb/dropdb, curl, wrk.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/.." && pwd)"
BEFORE="${BEFORE:?set BEFORE to the commit to compare with, e.g. BEFORE=5f257d2^}"
AFTER="${AFTER:-HEAD}"
SCALE="${SCALE:-large}"
PAGE="${PAGE:-/programs/{program\}}"
USER_NAME="${USER_NAME:-leader}"
ROUNDS="${ROUNDS:-5}"
DURATION="${DURATION:-15s}"
WARMUP="${WARMUP:-15s}"
DB_BASE="${DB:-milepost_cmp}"
PORT_BEFORE="${PORT_BEFORE:-8091}"
PORT_AFTER="${PORT_AFTER:-8092}"
KEEP_DB="${KEEP_DB:-0}"
BUILD_ROOT="${BUILD_ROOT:-/tmp/b-cmp}"
JAVA_OPTS="${JAVA_OPTS:--Xms1g -Xmx1g -XX:+UseParallelGC}"
OUT="${OUT:-/tmp/compare-$(date -u +%Y%m%dT%H%M%SZ).md}"
PGHOST="${PGHOST:-127.0.0.1}"
PGPORT="${PGPORT:-5432}"
PGUSER="${PGUSER:-postgres}"
export PGHOST PGPORT PGUSER
WORK="$(mktemp -d /tmp/milepost-compare.XXXXXX)"
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
PIDS=()
TREES=()

# shellcheck source=bench/common.sh
. "$HERE/common.sh"

cleanup() {
  for pid in "${PIDS[@]}"; do stop "$pid"; done
  if [[ "$KEEP_DB" != "1" ]]; then
    dropdb --if-exists --force "${DB_BASE}_before" 2>/dev/null || true
    dropdb --if-exists --force "${DB_BASE}_after" 2>/dev/null || true
  fi
  for tree in "${TREES[@]}"; do git -C "$REPO" worktree remove --force "$tree" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

needs git java curl wrk psql createdb dropdb

# side NAME COMMIT PORT: build (in a temporary worktree of COMMIT), database, start; sets per-side
# variables JAR_<NAME>, BASE_<NAME>, COOKIE_<NAME>
side() {
  local name="$1" commit="$2" port="$3" tree
  BUILD_DIR="$BUILD_ROOT/$name"
  DB="${DB_BASE}_$name"
  BASE="http://127.0.0.1:$port"
  if [[ "${SKIP_BUILD:-0}" != "1" ]]; then
    tree="$WORK/tree-$name"
    git -C "$REPO" worktree add --quiet --detach "$tree" "$commit"
    TREES+=("$tree")
    log "$name = $(git -C "$tree" log -1 --format='%h %s' | cut -c1-80)"
    ROOT="$tree"
  fi
  build_jar
  fresh_db
  log "$name: starting on port $port (scale $SCALE)"
  local started ready
  started=$(date +%s.%N)
  start_app "$port"
  ready=$(date +%s.%N)
  PIDS+=("$APP_PID")
  cp "$WORK/app.log" "$WORK/app-$name.log"
  log "$name: ready after $(printf '%.1f' "$(echo "$ready - $started" | bc)") s"
  psql -d "$DB" -qX -c "vacuum analyze" >/dev/null
  login "$USER_NAME"
  printf -v "COOKIE_$name" '%s' "$(awk '$6 == "SESSION" { print "SESSION=" $7 }' "$WORK/$USER_NAME.cookies" | tail -1)"
  printf -v "BASE_$name" '%s' "$BASE"
  rm -f "$WORK/$USER_NAME.cookies"
}

side before "$BEFORE" "$PORT_BEFORE"
side after "$AFTER" "$PORT_AFTER"

program_key="$(DB="${DB_BASE}_before" sql "
  select g.program_key from programs g join projects p on p.program_id = g.id and not p.archived
  where not g.archived group by g.id, g.program_key order by abs(count(p.id) - 10), g.id limit 1")"
id_before="$(DB="${DB_BASE}_before" sql "select id from programs where program_key = '$program_key'")"
id_after="$(DB="${DB_BASE}_after" sql "select id from programs where program_key = '$program_key'")"
[[ -n "$id_after" ]] || { echo "program $program_key is not in the AFTER database" >&2; exit 1; }
path_before="${PAGE//\{program\}/$id_before}"
path_after="${PAGE//\{program\}/$id_after}"

for name in before after; do
  base_var="BASE_$name" cookie_var="COOKIE_$name" path_var="path_$name"
  url="${!base_var}${!path_var}"
  code="$(curl -s -o "$WORK/page-$name.html" -w '%{http_code}' -H "Cookie: ${!cookie_var}" "$url")"
  [[ "$code" == 200 ]] || { echo "$url answered $code" >&2; exit 1; }
  grep -qF -- "$program_key" "$WORK/page-$name.html" || { echo "$url does not name $program_key" >&2; exit 1; }
  log "$name: $url answers 200, $(wc -c <"$WORK/page-$name.html") bytes; warm-up $WARMUP"
  BENCH_COOKIE="${!cookie_var}" wrk -t2 -c4 -d"$WARMUP" -s "$HERE/latency.lua" "$url" >/dev/null
done

rows=()
p95s_before=() p95s_after=() p50s_before=() p50s_after=()
for ((round = 1; round <= ROUNDS; round++)); do
  line="| $round |"
  for name in before after; do
    base_var="BASE_$name" cookie_var="COOKIE_$name" path_var="path_$name"
    read -r p50 p95 _ _ n bad err <<<"$(BENCH_COOKIE="${!cookie_var}" wrk -t1 -c1 -d"$DURATION" --timeout 30s \
      --latency -s "$HERE/latency.lua" "${!base_var}${!path_var}" | awk '/^RESULT/ { $1 = ""; print substr($0, 2) }')"
    [[ "$bad" == 0 && "$err" == 0 ]] || log "WARNING $name round $round: non-2xx/3xx $bad, socket errors $err"
    eval "p95s_$name+=(\"$p95\"); p50s_$name+=(\"$p50\")"
    line="$line $p50 | $p95 | $n |"
  done
  log "round $round: $line"
  rows+=("$line $(cut -d' ' -f1 /proc/loadavg) |")
done

median() { printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
m50b="$(median "${p50s_before[@]}")" m50a="$(median "${p50s_after[@]}")"
m95b="$(median "${p95s_before[@]}")" m95a="$(median "${p95s_after[@]}")"
{
  echo "Run $(date -u '+%Y-%m-%d %H:%M UTC') on $(hostname): $(nproc) cores, $(java -version 2>&1 | head -1),"
  echo "JAVA_OPTS \`$JAVA_OPTS\`, load average at the start: $LOAD_BEFORE, at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "Scale $SCALE, page \`$PAGE\` as $USER_NAME, program $program_key (id $id_before before, $id_after after);"
  echo "before = \`$BEFORE\`, after = \`$AFTER\`; $ROUNDS alternating rounds of $DURATION, one user each."
  echo "Page size: before $(wc -c <"$WORK/page-before.html") bytes, after $(wc -c <"$WORK/page-after.html") bytes."
  echo
  echo "| round | before median ms | before p95 ms | before requests | after median ms | after p95 ms | after requests | load (1 min) |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "Median over rounds: before median $m50b ms, p95 $m95b ms; after median $m50a ms, p95 $m95a ms;"
  echo "ratio after/before: median $(echo "scale=2; $m50a / $m50b" | bc -l), p95 $(echo "scale=2; $m95a / $m95b" | bc -l)."
} | tee "$OUT"
log "written to $OUT"
