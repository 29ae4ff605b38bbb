#!/usr/bin/env bash
# Milepost benchmark: the crash window of the mail outbox. An instance is killed with kill -9 while
# its outbox worker sends to a slow SMTP server; after a restart, how many mails arrived, how many
# twice, and how long the mail that was in flight waited before it was sent again.
#
# A measurement you run and report, not a test: it is not part of CI (OutboxCrashTests is the test).
#
# What it does
#   1. builds the jar (unless SKIP_BUILD=1), creates a fresh PostgreSQL database $DB
#   2. starts bench/slow_smtp.py on $SMTP_PORT: it records each mail when its data is complete and
#      answers 250 only $DELAY s later (a server that has taken the mail but is slow to say so)
#   3. starts the app (no demo data, outbox worker every 1 s, claim lease $LEASE) and queues $MAILS
#      mails straight into mail_outbox
#   4. once the sink has recorded $KILL_AFTER mails, kill -9 the app (almost surely while it waits for
#      a 250), notes the row left claimed, restarts the app and waits until no mail is left unsent;
#      with SURVIVOR=1 a second instance (port $PORT+1) sends alongside from the start and is left
#      running, and the killed one is not restarted: the survivor sends the rest
#   5. prints the figures (also to $OUT): queued, received, distinct Message-IDs, duplicates, and the
#      delay from the kill and from the first copy to the second copy of the mail in flight
#
# Environment (all optional)
#   DB=milepost_bench_crash   PORT=8086   SMTP_PORT=3026   MAILS=76   DELAY=0.4   KILL_AFTER=30
#   LEASE=60s   SURVIVOR=0   BUILD_DIR=/tmp/b-bench   SKIP_BUILD=1 reuses the jar   KEEP_DB=1
#   JAVA_OPTS default "-Xmx512m"   OUT=/tmp/bench-outbox-crash-<date>.md
#
# Needs: java 17, python3, psql/createdb/dropdb, curl.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
DB="${DB:-milepost_bench_crash}"
PGHOST="${PGHOST:-127.0.0.1}"
PGPORT="${PGPORT:-5432}"
PGUSER="${PGUSER:-postgres}"
export PGHOST PGPORT PGUSER
PORT="${PORT:-8086}"
SMTP_PORT="${SMTP_PORT:-3026}"
MAILS="${MAILS:-76}"
DELAY="${DELAY:-0.4}"
KILL_AFTER="${KILL_AFTER:-30}"
LEASE="${LEASE:-60s}"
SURVIVOR="${SURVIVOR:-0}"
BUILD_DIR="${BUILD_DIR:-/tmp/b-bench}"
JAVA_OPTS="${JAVA_OPTS:--Xmx512m}"
OUT="${OUT:-/tmp/bench-outbox-crash-$(date -u +%Y%m%dT%H%M%SZ).md}"
BASE="http://127.0.0.1:$PORT"
WORK="$(mktemp -d /tmp/milepost-bench-crash.XXXXXX)"
RECEIVED="$WORK/received.tsv"
APP_PID=""
SURVIVOR_PID=""
SMTP_PID=""

# shellcheck source=bench/common.sh
. "$HERE/common.sh"

cleanup() {
  stop "$APP_PID"
  stop "$SURVIVOR_PID"
  stop "$SMTP_PID"
  if [[ "${KEEP_DB:-0}" != "1" ]]; then
    dropdb --if-exists --force "$DB" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

needs java python3 psql createdb dropdb curl

now() { date +%s.%N; }

# launch LOG [PORT]: the jar against $DB, the sink as SMTP server; waits for readiness; sets APP_PID
launch() {
  local log="$1" port="${2:-$PORT}"
  MILEPOST_ADMIN_USERNAME=admin MILEPOST_ADMIN_PASSWORD=crash-bench-admin-password \
    java $JAVA_OPTS -jar "$JAR" --server.port="$port" \
    --spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$DB" --spring.datasource.username="$PGUSER" \
    --milepost.demo-data=false --spring.mail.host=127.0.0.1 --spring.mail.port="$SMTP_PORT" \
    --milepost.mail.worker.delay=1s --milepost.mail.claim-lease="$LEASE" >"$log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 600); do
    if curl -fs "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then return; fi
    kill -0 "$APP_PID" 2>/dev/null || { tail -50 "$log" >&2; echo "the app died" >&2; exit 1; }
    sleep 0.5
  done
  tail -50 "$log" >&2
  echo "the app did not get ready" >&2
  exit 1
}

received() { if [[ -f "$RECEIVED" ]]; then wc -l <"$RECEIVED"; else echo 0; fi; }

build_jar
fresh_db

log "slow SMTP sink on $SMTP_PORT ($DELAY s before each 250)"
python3 "$HERE/slow_smtp.py" --port "$SMTP_PORT" --delay "$DELAY" --log "$RECEIVED" 2>"$WORK/smtp.log" &
SMTP_PID=$!

log "starting the app on $PORT (database $DB, claim lease $LEASE)"
launch "$WORK/app-1.log"
if [[ "$SURVIVOR" == "1" ]]; then
  FIRST_PID="$APP_PID"
  log "starting a second instance on $((PORT + 1))"
  launch "$WORK/survivor.log" "$((PORT + 1))"
  SURVIVOR_PID="$APP_PID"
  APP_PID="$FIRST_PID"
fi

log "queueing $MAILS mails"
sql "insert into mail_outbox (dedupe_key, recipient, subject, body_text, status, attempts, next_attempt_at,
       created_at, version)
     select 'crash-bench:' || g, 'crash-' || g || '@example.org', 'Crash bench ' || g, 'Mail ' || g,
       'PENDING', 0, now(), now(), 0
     from generate_series(1, $MAILS) g"

for _ in $(seq 1 2400); do
  [[ "$(received)" -ge "$KILL_AFTER" ]] && break
  sleep 0.05
done
kill -9 "$APP_PID"
KILLED_AT="$(now)"
wait "$APP_PID" 2>/dev/null || true
AT_KILL="$(received)"
# the worker's id starts with the JVM's pid@host
IN_FLIGHT="$(sql "select recipient from mail_outbox where status = 'PENDING' and claimed_by like '$APP_PID@%' limit 1")"
APP_PID=""
SENT_AT_KILL="$(sql "select count(*) from mail_outbox where status = 'SENT'")"
log "killed after $AT_KILL mails received ($SENT_AT_KILL marked SENT); left claimed: ${IN_FLIGHT:-none}"

if [[ "$SURVIVOR" == "1" ]]; then
  log "the second instance sends the rest; waiting for the outbox to empty"
else
  RESTARTED_AT="$(now)"
  launch "$WORK/app-2.log"
  READY_AT="$(now)"
  log "restarted, ready after $(python3 -c "print('%.1f' % ($READY_AT - $RESTARTED_AT))") s; waiting for the outbox to empty"
fi
for _ in $(seq 1 600); do
  [[ "$(sql "select count(*) from mail_outbox where status <> 'SENT'")" == "0" ]] && break
  sleep 0.5
done
UNSENT="$(sql "select count(*) from mail_outbox where status <> 'SENT'")"

python3 - "$RECEIVED" "$MAILS" "$KILLED_AT" "${IN_FLIGHT:-}" "$AT_KILL" "$UNSENT" "$LEASE" "$DELAY" <<'PY' | tee "$OUT"
import collections, sys
path, mails, killed, in_flight, at_kill, unsent, lease, delay = sys.argv[1:]
killed = float(killed)
rows = [line.rstrip("\n").split("\t") for line in open(path, encoding="utf-8") if line.strip()]
ids = collections.Counter(r[1] for r in rows)
recipients = {r[2] for r in rows}
duplicates = sum(n - 1 for n in ids.values())
print("| figure | value |")
print("|---|---|")
print("| mails queued | %s |" % mails)
print("| received by the SMTP sink | %d |" % len(rows))
print("| distinct Message-IDs | %d |" % len(ids))
print("| distinct recipients | %d |" % len(recipients))
print("| duplicates (same Message-ID) | %d |" % duplicates)
print("| received before the kill -9 | %s |" % at_kill)
print("| left unsent at the end | %s |" % unsent)
print("| claim lease, sink delay | %s, %s s |" % (lease, delay))
if in_flight:
    times = sorted(float(r[0]) for r in rows if r[2] == in_flight)
    print("| mail in flight at the kill | %s, received %d times |" % (in_flight, len(times)))
    if len(times) >= 2:
        print("| its second copy after the first | +%.1f s |" % (times[1] - times[0]))
        print("| its second copy after the kill | +%.1f s |" % (times[1] - killed))
    elif times:
        print("| its only copy after the kill | +%.1f s |" % (times[0] - killed))
PY
log "figures written to $OUT"
