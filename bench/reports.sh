#!/usr/bin/env bash
# Milepost benchmark: publishing the weekly reports of every program of the `large` demo data and
# delivering their mails to a local SMTP server, on PostgreSQL.
#
# A benchmark you run and report, not a test: it is not part of CI.
#
# What it does
#   1. builds the jar (unless SKIP_BUILD=1) and fetches GreenMail standalone (Maven Central) with ./mvnw
#   2. starts GreenMail (SMTP on $SMTP_PORT, accepts everything), creates a fresh database $DB, starts the
#      app with --milepost.demo-scale=$SCALE, mail to that SMTP server, the outbox worker every 1 s
#   3. logs in as admin (CSRF token scraped from /login) and publishes this week's report of every
#      program that is not archived, one POST /programs/{id}/reports/{week}/publish after the other, as
#      TPMs clicking Publish would: each publish drafts the report from the data, freezes it and queues
#      one mail per stakeholder who receives the weekly report, in one transaction
#   4. waits until the outbox has nothing PENDING (the worker sends while the publishing goes on)
#   5. if the app has POST /admin/reports/weekly-run and AUTO=1 (default), runs the weekly job with
#      auto-publish on for last week's (unpublished) reports and times it the same way
#   6. prints a markdown table (also written to $OUT); stops everything, drops the DB unless KEEP_DB=1
#
# Environment (all optional)
#   DB=milepost_bench_reports   PORT=8085   SMTP_PORT=3025   SCALE=large   BUILD_DIR=/tmp/b-bench
#   SKIP_BUILD=1 reuses the jar   KEEP_DB=1   OUT=/tmp/bench-reports-<date>.md
#   JAVA_OPTS default "-Xms1g -Xmx1g -XX:+UseParallelGC"
#
# Needs: java 17, psql/createdb/dropdb, curl, bc.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
DB="${DB:-milepost_bench_reports}"
PGHOST="${PGHOST:-127.0.0.1}"
PGPORT="${PGPORT:-5432}"
PGUSER="${PGUSER:-postgres}"
export PGHOST PGPORT PGUSER
PORT="${PORT:-8085}"
SMTP_PORT="${SMTP_PORT:-3025}"
SCALE="${SCALE:-large}"
KEEP_DB="${KEEP_DB:-0}"
AUTO="${AUTO:-1}"
BUILD_DIR="${BUILD_DIR:-/tmp/b-bench}"
JAVA_OPTS="${JAVA_OPTS:--Xms1g -Xmx1g -XX:+UseParallelGC}"
OUT="${OUT:-/tmp/bench-reports-$(date -u +%Y%m%dT%H%M%SZ).md}"
BASE="http://127.0.0.1:$PORT"
WORK="$(mktemp -d /tmp/milepost-bench-reports.XXXXXX)"
APP_PID=""
SMTP_PID=""

now() { date +%s.%N; }
secs() { printf '%.1f' "$(echo "$2 - $1" | bc)"; }
# shellcheck source=bench/common.sh
. "$HERE/common.sh"

cleanup() {
  stop "$APP_PID"
  stop "$SMTP_PID"
  if [[ "$KEEP_DB" != "1" ]]; then
    dropdb --if-exists --force "$DB" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

needs java curl psql createdb dropdb bc

# 1. build, GreenMail
build_jar
(cd "$ROOT" && ./mvnw -B -q dependency:copy -Dartifact=com.icegreen:greenmail-standalone:2.1.13 \
  -DoutputDirectory="$WORK/greenmail" -Dbuild.dir="$WORK/greenmail-build")
GREENMAIL="$(ls "$WORK"/greenmail/greenmail-standalone-*.jar)"

# 2. SMTP, database, app
java -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$SMTP_PORT" -Dgreenmail.auth.disabled \
  -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port=$((SMTP_PORT + 1)) \
  -jar "$GREENMAIL" >"$WORK/smtp.log" 2>&1 &
SMTP_PID=$!
for _ in $(seq 1 60); do (echo >"/dev/tcp/127.0.0.1/$SMTP_PORT") 2>/dev/null && break; sleep 0.5; done
(echo >"/dev/tcp/127.0.0.1/$SMTP_PORT") 2>/dev/null || { cat "$WORK/smtp.log" >&2; echo "GreenMail did not start" >&2; exit 1; }
fresh_db
log "starting the app on port $PORT (scale $SCALE)"
start_app "$PORT" --spring.mail.host=127.0.0.1 --spring.mail.port="$SMTP_PORT" --milepost.mail.worker.delay=1s \
  --milepost.reports.auto-publish=true --milepost.reports.weekly-cron=-
psql -d "$DB" -qX -c "vacuum analyze" >/dev/null

# 3. log in as admin; one CSRF token serves the session's POSTs
login admin
JAR_FILE="$WORK/admin.cookies"
CSRF="$(curl -fs -b "$JAR_FILE" "$BASE/me" | grep -o 'name="_csrf" content="[^"]*"' | sed 's/.*content="//;s/"$//')"
[[ -n "$CSRF" ]] || { echo "login as admin failed" >&2; exit 1; }

WEEK="$(date -u +%G-W%V)"
mapfile -t PROGRAMS < <(sql "select id from programs where not archived order by id")
RECIPIENTS="$(sql "select count(*) from program_stakeholders ps join stakeholders s on s.id = ps.stakeholder_id
  join programs p on p.id = ps.program_id where ps.receives_weekly_report and not s.archived")"
log "publishing week $WEEK of ${#PROGRAMS[@]} programs ($RECIPIENTS recipient links)"

wait_outbox() { # -> seconds until nothing is PENDING, from $1
  for _ in $(seq 1 3600); do
    [[ "$(sql "select count(*) from mail_outbox where status = 'PENDING'")" == 0 ]] && break
    sleep 0.2
  done
  now
}

start=$(now)
: >"$WORK/times"
for id in "${PROGRAMS[@]}"; do
  code_time="$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -b "$JAR_FILE" -H "X-CSRF-TOKEN: $CSRF" \
    -X POST "$BASE/programs/$id/reports/$WEEK/publish")"
  read -r code t <<<"$code_time"
  [[ "$code" == 302 ]] || { grep -v '^\s*at ' "$WORK/app.log" | tail -30 >&2; echo "publish of program $id answered $code" >&2; exit 1; }
  echo "$t" >>"$WORK/times"
done
published=$(now)
delivered=$(wait_outbox)
mails="$(sql "select count(*) from mail_outbox where status = 'SENT' and dedupe_key like 'report:%'")"
failed="$(sql "select count(*) from mail_outbox where status <> 'SENT'")"
p50="$(sort -n "$WORK/times" | awk '{ a[NR] = $1 } END { printf "%.0f", a[int(NR * 0.5 + 0.5)] * 1000 }')"
p95="$(sort -n "$WORK/times" | awk '{ a[NR] = $1 } END { printf "%.0f", a[int(NR * 0.95 + 0.5)] * 1000 }')"
rows=("| publish every program (HTTP, one after the other) | ${#PROGRAMS[@]} reports | $(secs "$start" "$published") s | p50 $p50 ms, p95 $p95 ms per publish |"
      "| ... and every mail accepted by SMTP | $mails mails ($failed not sent) | $(secs "$start" "$delivered") s from the first publish | $(secs "$published" "$delivered") s after the last publish |")
log "${rows[0]}"
log "${rows[1]}"

# 5. the weekly job: last week's reports are drafts nobody published -> auto-publish + digest
if [[ "$AUTO" == "1" ]]; then
  before="$(sql "select count(*) from mail_outbox")"
  start=$(now)
  code="$(curl -s -o /dev/null -w '%{http_code}' -b "$JAR_FILE" -H "X-CSRF-TOKEN: $CSRF" -X POST "$BASE/admin/reports/weekly-run")"
  ran=$(now)
  if [[ "$code" == 302 || "$code" == 200 ]]; then
    delivered=$(wait_outbox)
    auto="$(sql "select count(*) from status_reports where status = 'PUBLISHED' and iso_week <> '$WEEK'")"
    queued=$(( $(sql "select count(*) from mail_outbox") - before ))
    rows+=("| weekly job: auto-publish last week + digest | $auto reports | $(secs "$start" "$ran") s | $queued mails, all accepted $(secs "$start" "$delivered") s after the start |")
    log "${rows[2]}"
  else
    log "POST /admin/reports/weekly-run answered $code: skipped"
  fi
fi

{
  echo "## Weekly reports: publish and deliver, scale $SCALE ($(date -u +%Y-%m-%d))"
  echo
  echo "Machine: $(nproc) cores, load before $(cut -d' ' -f1-3 /proc/loadavg). JAVA_OPTS: $JAVA_OPTS. PostgreSQL $(psql -tAXc 'show server_version'), GreenMail standalone SMTP."
  echo
  echo "| step | size | wall time | detail |"
  echo "|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
} | tee "$OUT"
