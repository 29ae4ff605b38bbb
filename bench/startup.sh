#!/usr/bin/env bash
# Milepost start-up: time from launching the JVM until /actuator/health/readiness is UP, for the
# embedded default (H2 file database with the small demo), second starts (the demo is already there).
#
# A measurement you run and report, not a test. The machine is shared: each round runs every
# configuration once, one after the other, so that configurations of a round met about the same
# load; the table gives the load average at each start and the process's CPU time at readiness
# (user + system, less sensitive to other load than the wall time).
#
# Usage:  bench/startup.sh [ROUNDS] [CONFIG...]
#   CONFIG is "name|JVM options|application arguments", default:
#     "default||"  and  "c1|-XX:TieredStopAtLevel=1 -XX:+UseSerialGC|"  (what ./mvnw spring-boot:run uses)
#   ROUNDS defaults to 3.
# Environment: PORT=8085, BUILD_DIR=/tmp/b-startup, SKIP_BUILD=1 reuses the jar, KEEP_DIR=1 keeps the
# H2 directory (printed).
#
# Needs: java 17, curl, bc.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
ROUNDS="${1:-3}"
shift || true
CONFIGS=("$@")
if [[ ${#CONFIGS[@]} == 0 ]]; then CONFIGS=("default||" "c1|-XX:TieredStopAtLevel=1 -XX:+UseSerialGC|"); fi
PORT="${PORT:-8085}"
BUILD_DIR="${BUILD_DIR:-/tmp/b-startup}"
BASE="http://127.0.0.1:$PORT"
WORK="$(mktemp -d /tmp/milepost-startup.XXXXXX)"
APP_PID=""
DB="" JAVA_OPTS="" # not used here; common.sh expects them

# shellcheck source=bench/common.sh
. "$HERE/common.sh"

cleanup() {
  stop "$APP_PID"
  if [[ "${KEEP_DIR:-0}" != "1" ]]; then rm -rf "$WORK"; else log "kept $WORK"; fi
}
trap cleanup EXIT

needs java curl bc
build_jar

# one_start NAME JVM_OPTIONS APP_ARGS: prints one tab-separated row
one_start() {
  local name="$1" jvm="$2" args="$3" t0 t1 load cpu started
  load="$(cut -d' ' -f1 /proc/loadavg)"
  t0=$(date +%s.%N)
  # shellcheck disable=SC2086
  (cd "$WORK" && exec java $jvm -jar "$JAR" --server.port="$PORT" $args >"$WORK/app.log" 2>&1) &
  APP_PID=$!
  until curl -fs "$BASE/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$WORK/app.log" >&2; echo "the app died" >&2; exit 1; }
    sleep 0.05
  done
  t1=$(date +%s.%N)
  cpu="$(awk '{ printf "%.1f", ($14 + $15) / 100 }' "/proc/$APP_PID/stat")"
  started="$(grep -o 'Started MilepostApplication in [0-9.]*' "$WORK/app.log" | awk '{ print $4 }')"
  printf '| %s | %s | %.2f | %s | %s | %s |\n' "$(date -u +%H:%M:%S)" "$name" "$(echo "$t1 - $t0" | bc)" \
    "$started" "$cpu" "$load"
  stop "$APP_PID"
  APP_PID=""
}

log "first start (loads the demo into $WORK/data)"
one_start "first start" "" "" >/dev/null
echo "Start-up of the embedded default, second starts, $(nproc) cores, $(java -version 2>&1 | head -1)"
echo
echo "| time (UTC) | configuration | ready s | Started in s | CPU s at ready | load average |"
echo "|---|---|---:|---:|---:|---:|"
for _ in $(seq 1 "$ROUNDS"); do
  for config in "${CONFIGS[@]}"; do
    IFS='|' read -r name jvm args <<<"$config"
    one_start "$name" "$jvm" "$args"
  done
done
