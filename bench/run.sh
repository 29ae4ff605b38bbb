#!/usr/bin/env bash
# Milepost benchmark: dashboard latency and throughput with the `large` (or `xlarge`) demo data on
# PostgreSQL.
#
# A benchmark you run and report, not a test: it is not part of CI (.ci/run does not need wrk).
#
# What it does
#   1. builds the jar (./mvnw -B -q -DskipTests -Dbuild.dir=$BUILD_DIR package), unless SKIP_BUILD=1
#   2. creates a fresh PostgreSQL database $DB (dropped first if it exists)
#   3. starts the app on $PORT with --milepost.demo-data=true --milepost.demo-scale=$SCALE and waits
#      until /actuator/health/readiness is UP (the demo loader runs before the app is ready), and
#      reports that time as the load time (with LOAD_ONLY=1 it stops here: a timed generation)
#   4. logs in as `leader` and as `tpm` (password `demo`; POST /login with the CSRF token scraped
#      from the login page) and keeps the SESSION cookies
#      then runs VACUUM ANALYZE, as autovacuum soon would after a bulk load
#   5. picks a typical program (the one whose project count is closest to 10, lowest id first) and
#      its project with the most milestones
#   6. checks every URL answers 200 with real content (logs its size, and its size gzipped), warms up,
#      then per URL measures
#        one user:  wrk -t1 -c1  -d$DURATION --latency  -> median and p95 (bench/latency.lua)
#        16 users:  wrk -t2 -c16 -d$DURATION            -> requests per second, p95
#      and finally, COLD_RUNS times, moves a milestone's forecast through the app as `tpm` and then
#      views / as `leader` (the first view after a change), timing both
#   7. prints a markdown table (also written to $OUT), stops the app, drops the DB unless KEEP_DB=1
#
# Usage:  bench/run.sh [SCALE]    (from anywhere; about 6-7 minutes with the defaults at large)
#         bench/run.sh xlarge     the same script and pages at 5,000 programs, 50,000 projects,
#                                 500,000 milestones, 200,000 risks (PostgreSQL only)
#         LOAD_ONLY=1 bench/run.sh xlarge   only generate and load, report the time, drop the DB
#
# Environment (all optional)
#   DB=milepost_bench          database name            PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres
#   PORT=8084                  app port                 BUILD_DIR=/tmp/b-bench   SKIP_BUILD=1 reuses the jar
#   DURATION=20s               per wrk run              WARMUP=10s per URL before measuring
#   COLD_RUNS=40               changes made through the app, each followed by a view of / (both timed)
#   KEEP_DB=1                  keep the loaded database (and reuse it: no reload when it has programs)
#   SCALE=large                demo scale to load (or the first argument: large, xlarge, medium)
#   OUT=/tmp/bench-<date>.md   LOAD_ONLY=1 stops after the load (generation time only)
#   JAVA_OPTS                  JVM flags, default "-Xms1g -Xmx1g -XX:+UseParallelGC" (xlarge: 3g, as the
#                              generator holds the whole portfolio in memory while it writes): a fixed heap
#                              so that heap growth is not measured; ParallelGC for throughput on 2 cores
#
# The JDBC URL has reWriteBatchedInserts=true: the loader's batched inserts go as multi-row inserts,
# which halves the load time.
#
# Needs: java 17, psql/createdb/dropdb, curl, wrk (Debian package `wrk`).
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
DB="${DB:-milepost_bench}"
PGHOST="${PGHOST:-127.0.0.1}"
PGPORT="${PGPORT:-5432}"
PGUSER="${PGUSER:-postgres}"
export PGHOST PGPORT PGUSER
PORT="${PORT:-8084}"
BUILD_DIR="${BUILD_DIR:-/tmp/b-bench}"
DURATION="${DURATION:-20s}"
WARMUP="${WARMUP:-10s}"
COLD_RUNS="${COLD_RUNS:-40}"
SCALE="${1:-${SCALE:-large}}"
KEEP_DB="${KEEP_DB:-0}"
LOAD_ONLY="${LOAD_ONLY:-0}"
if [[ "$SCALE" == xlarge ]]; then HEAP=3g; else HEAP=1g; fi
JAVA_OPTS="${JAVA_OPTS:--Xms$HEAP -Xmx$HEAP -XX:+UseParallelGC}"
OUT="${OUT:-/tmp/bench-$(date -u +%Y%m%dT%H%M%SZ).md}"
BASE="http://127.0.0.1:$PORT"
WORK="$(mktemp -d /tmp/milepost-bench.XXXXXX)"
APP_PID=""
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"

# shellcheck source=bench/common.sh
. "$HERE/common.sh"

cleanup() {
  stop "$APP_PID"
  if [[ "$KEEP_DB" != "1" ]]; then
    dropdb --if-exists --force "$DB" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

needs java curl wrk psql createdb dropdb

# 1. build
build_jar

# 2. database
fresh_db

# 3. start and wait for the data
log "starting the app on port $PORT (scale $SCALE, JAVA_OPTS: $JAVA_OPTS)"
started=$(date +%s.%N)
start_app "$PORT"
ready=$(date +%s.%N)
startup_s=$(printf '%.1f' "$(echo "$ready - $started" | bc)")
loaded_line="$(grep -o 'Loaded [a-z]* demo data in [0-9]* ms[^:]*: .*' "$WORK/app.log" | head -1 || true)"
if [[ $REUSED == 1 ]]; then loaded_line="(database reused, nothing loaded)"; fi
log "ready after ${startup_s} s: $loaded_line"
if [[ "$LOAD_ONLY" == "1" ]]; then
  echo "Load ($SCALE) on $(date -u '+%Y-%m-%d %H:%M UTC'), load average $LOAD_BEFORE at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end: ready after ${startup_s} s. $loaded_line" | tee "$OUT"
  exit 0
fi

# Autovacuum would analyze the freshly loaded tables within a minute or so; do it now so that every
# run measures with planner statistics (and visibility maps) in place, as a production database has.
log "vacuum analyze"
psql -d "$DB" -qX -c "vacuum analyze" >/dev/null

# 4. log in and keep the SESSION cookies
session() { login "$1"; awk '$6 == "SESSION" { print "SESSION=" $7 }' "$WORK/$1.cookies" | tail -1; }
LEADER="$(session leader)"
TPM="$(session tpm)"
[[ -n "$LEADER" && -n "$TPM" ]] || { echo "no SESSION cookie after login" >&2; exit 1; }

# 5. a typical program: about ten live projects
read -r PROGRAM_ID PROGRAM_PROJECTS PROGRAM_KEY <<<"$(sql "
  select g.id, count(p.id), g.program_key from programs g join projects p on p.program_id = g.id and not p.archived
  where not g.archived group by g.id, g.program_key order by abs(count(p.id) - 10), g.id limit 1" | tr '|' ' ')"
read -r PROJECT_ID PROJECT_MILESTONES <<<"$(sql "
  select p.id, count(m.id) from projects p join milestones m on m.project_id = p.id
  where p.program_id = $PROGRAM_ID group by p.id order by count(m.id) desc, p.id limit 1" | tr '|' ' ')"
counts="$(sql "select (select count(*) from programs) || ' programs, ' || (select count(*) from projects) || ' projects, '
  || (select count(*) from milestones) || ' milestones, ' || (select count(*) from milestone_date_changes)
  || ' date changes, ' || (select count(*) from risks) || ' risks, ' || (select count(*) from stakeholders)
  || ' stakeholders'")"
log "data: $counts"
log "program $PROGRAM_KEY (id $PROGRAM_ID, $PROGRAM_PROJECTS projects), project id $PROJECT_ID ($PROJECT_MILESTONES milestones)"

# name|path|cookie|text the page must contain
PAGES=(
  "portfolio dashboard|/|$LEADER|overview-table"
  "program dashboard|/programs/$PROGRAM_ID|$LEADER|$PROGRAM_KEY"
  "my work (tpm)|/me|$TPM|<main"
  "project trend|/projects/$PROJECT_ID/trend|$LEADER|<svg"
  "program trend|/programs/$PROGRAM_ID/trend|$LEADER|<svg"
  "static css|/css/milepost.css||{"
)

# 6. check, warm up, measure
for page in "${PAGES[@]}"; do
  IFS='|' read -r name path cookie expect <<<"$page"
  code="$(curl -s -o "$WORK/page.html" -w '%{http_code}' -H "Cookie: $cookie" "$BASE$path")"
  [[ "$code" == 200 ]] || { echo "$path answered $code" >&2; exit 1; }
  grep -qF -- "$expect" "$WORK/page.html" || { echo "$path does not contain '$expect'" >&2; exit 1; }
  gzipped="$(curl -s -o /dev/null -w '%{size_download}' -H 'Accept-Encoding: gzip' -H "Cookie: $cookie" "$BASE$path")"
  log "$name: $path answers 200, $(wc -c <"$WORK/page.html") bytes, $gzipped bytes on the wire with gzip"
done

measure() { # cookie threads connections path -> RESULT fields
  BENCH_COOKIE="$1" wrk -t"$2" -c"$3" -d"$DURATION" --timeout 30s --latency -s "$HERE/latency.lua" "$BASE$4" \
    | awk '/^RESULT/ { $1 = ""; print substr($0, 2) }'
}

rows=()
for page in "${PAGES[@]}"; do
  IFS='|' read -r name path cookie expect <<<"$page"
  log "$name: warm-up $WARMUP"
  BENCH_COOKIE="$cookie" wrk -t2 -c4 -d"$WARMUP" -s "$HERE/latency.lua" "$BASE$path" >/dev/null
  log "$name: 1 user, $DURATION"
  read -r p50 p95 p99 _ n1 bad1 err1 <<<"$(measure "$cookie" 1 1 "$path")"
  log "$name: 16 users, $DURATION"
  read -r q50 q95 _ rps n16 bad16 err16 <<<"$(measure "$cookie" 2 16 "$path")"
  if [[ "$bad1" != 0 || "$bad16" != 0 || "$err1" != 0 || "$err16" != 0 ]]; then
    log "WARNING $name: non-2xx/3xx $bad1/$bad16, socket errors $err1/$err16"
  fi
  rows+=("| $name | \`${path}\` | $p50 | $p95 | $p99 | $n1 | $rps | $q50 | $q95 | $((bad1 + bad16 + err1 + err16)) |")
done

# 6b. a change made through the app, then the portfolio dashboard's first view after it. The program
# summaries the dashboard reads are kept in the writing transaction (issue 14), so the cost of a change
# is paid by the write: both are timed. The change: as `tpm`, the htmx row save of the project page
# moves the forecast of one of tpm's milestones (no dependencies, months ahead) a day later or back,
# with a reason, as a TPM does in the weekly loop. Each write is checked to answer 200.
log "a change through the app, then the first view of /: $COLD_RUNS times"
TPM_CSRF="$(curl -fs -H "Cookie: $TPM" "$BASE/me" | grep -o 'name="_csrf" content="[^"]*"' | sed 's/.*content="//;s/"$//')"
[[ -n "$TPM_CSRF" ]] || { echo "no CSRF token for tpm on /me" >&2; exit 1; }
MOVE_ID="$(sql "
  select m.id from milestones m join projects p on p.id = m.project_id join programs g on g.id = p.program_id
  join users u on u.id = g.owner_id
  where u.username = 'tpm' and not m.archived and not p.archived and not g.archived and m.status = 'NOT_STARTED'
    and m.forecast_date > current_date + 60
    and not exists (select 1 from milestone_dependencies d where d.milestone_id = m.id or d.predecessor_id = m.id)
  order by m.id limit 1")"
[[ -n "$MOVE_ID" ]] || { echo "no milestone of tpm to move" >&2; exit 1; }
writes=()
cold=()
for ((i = 0; i < COLD_RUNS; i++)); do
  IFS='|' read -r version forecast <<<"$(sql "select version, forecast_date from milestones where id = $MOVE_ID")"
  if (( i % 2 == 0 )); then moved="$(date -d "$forecast + 1 day" +%F)"; else moved="$(date -d "$forecast - 1 day" +%F)"; fi
  read -r code took <<<"$(curl -s -o "$WORK/write.html" -w '%{http_code} %{time_total}' -H "Cookie: $TPM" \
    -H "HX-Request: true" -H "X-CSRF-TOKEN: $TPM_CSRF" --data-urlencode "version=$version" \
    --data-urlencode "status=NOT_STARTED" --data-urlencode "forecastDate=$moved" --data-urlencode "actualDate=" \
    --data-urlencode "reason=bench: supplier slot moved" "$BASE/milestones/$MOVE_ID/progress")"
  [[ "$code" == 200 ]] || { head -c 2000 "$WORK/write.html" >&2; echo "moving milestone $MOVE_ID answered $code" >&2; exit 1; }
  writes+=("$took")
  cold+=("$(curl -s -o /dev/null -w '%{time_total}' -H "Cookie: $LEADER" "$BASE/")")
done
ms() { printf '%.1f' "$(echo "$1 * 1000" | bc -l)"; }
stats() { # seconds... -> "median p95 max" in ms
  local sorted n
  sorted=($(printf '%s\n' "$@" | sort -g))
  n=${#sorted[@]}
  echo "$(ms "${sorted[$(( n / 2 ))]}") $(ms "${sorted[$(( (n * 95 + 99) / 100 - 1 ))]}") $(ms "${sorted[$(( n - 1 ))]}")"
}
read -r w50 w95 w99 <<<"$(stats "${writes[@]}")"
read -r c50 c95 c99 <<<"$(stats "${cold[@]}")"
rows+=("| a change: milestone forecast moved (htmx row save, summary kept in the same transaction) | \`/milestones/$MOVE_ID/progress\` | $w50 | $w95 | $w99 (max) | $COLD_RUNS | - | - | - | 0 |")
rows+=("| portfolio dashboard, first view after that change | \`/\` | $c50 | $c95 | $c99 (max) | $COLD_RUNS | - | - | - | 0 |")

# 7. report
{
  echo "Run $(date -u '+%Y-%m-%d %H:%M UTC') on $(hostname): $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GB RAM,"
  echo "$(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'), PostgreSQL $(psql -tAXc 'show server_version' | sed 's/ .*//'),"
  echo "$(java -version 2>&1 | head -1), JAVA_OPTS \`$JAVA_OPTS\`, load average at the start: $LOAD_BEFORE, at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "Data ($SCALE): $counts. Start-up until ready: ${startup_s} s. $loaded_line"
  echo "Program $PROGRAM_KEY (id $PROGRAM_ID, $PROGRAM_PROJECTS projects); project id $PROJECT_ID ($PROJECT_MILESTONES milestones). wrk $DURATION per run."
  echo
  echo "| page | URL | 1 user median ms | 1 user p95 ms | 1 user p99 ms | 1 user requests | 16 users req/s | 16 users median ms | 16 users p95 ms | errors |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${rows[@]}"
} | tee "$OUT"
log "written to $OUT"
