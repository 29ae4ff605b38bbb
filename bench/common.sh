# Shared by the benchmark scripts (bench/run.sh, bench/reports.sh): sourced, not run.
# Expects ROOT, BUILD_DIR, DB, BASE, WORK and JAVA_OPTS to be set, and PGHOST/PGPORT/PGUSER exported.

log() { printf '[bench %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

# needs TOOL... : exits naming the first tool that is not installed
needs() {
  for tool in "$@"; do
    command -v "$tool" >/dev/null || { echo "missing: $tool (wrk: apt-get install wrk)" >&2; exit 1; }
  done
}

# stop PID: TERM, up to 30 s for a clean shutdown, then KILL
stop() {
  local pid="$1"
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true
  fi
}

# build_jar: the application jar into $BUILD_DIR (unless SKIP_BUILD=1); sets JAR
build_jar() {
  if [[ "${SKIP_BUILD:-0}" != "1" ]]; then
    log "building the jar into $BUILD_DIR"
    (cd "$ROOT" && ./mvnw -B -q -DskipTests -Dbuild.dir="$BUILD_DIR" package)
  fi
  JAR="$(ls "$BUILD_DIR"/milepost-*.jar | grep -v plain | head -1)"
}

sql() { psql -d "$DB" -tAXq -v ON_ERROR_STOP=1 -c "$1"; }

# fresh_db: a new empty $DB, or with KEEP_DB=1 the existing one if it has programs; sets REUSED=0/1
fresh_db() {
  REUSED=0
  if [[ "${KEEP_DB:-0}" == "1" ]] && psql -d "$DB" -tAXc "select count(*) from programs" >/dev/null 2>&1; then
    REUSED=1
    log "reusing database $DB ($(sql 'select count(*) from programs') programs)"
  else
    dropdb --if-exists --force "$DB"
    createdb "$DB"
  fi
}

# start_app PORT ARGS...: the jar on PORT against $DB with the demo data of $SCALE and ARGS, logging
# to $WORK/app.log; waits until /actuator/health/readiness is UP (the demo loads before); sets APP_PID
start_app() {
  local port="$1"
  shift
  # shellcheck disable=SC2086
  java $JAVA_OPTS -jar "$JAR" --server.port="$port" \
    --spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$DB?reWriteBatchedInserts=true" \
    --spring.datasource.username="$PGUSER" \
    --milepost.demo-data=true --milepost.demo-scale="$SCALE" "$@" >"$WORK/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 2400); do
    if curl -fs "$BASE/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then break; fi
    kill -0 "$APP_PID" 2>/dev/null || { tail -50 "$WORK/app.log" >&2; echo "the app died" >&2; exit 1; }
    sleep 0.5
  done
  curl -fs "$BASE/actuator/health/readiness" | grep -q '"UP"' || { tail -50 "$WORK/app.log" >&2; exit 1; }
}

# login USER: GET /login for the CSRF token and a session, POST the form; the session is kept in
# the cookie jar $WORK/USER.cookies (password "demo", the demo accounts)
login() {
  local user="$1" jar="$WORK/$1.cookies" token target
  token="$(curl -fs -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf"[^>]*value="[^"]*"' | sed 's/.*value="//;s/"$//')"
  [[ -n "$token" ]] || { echo "no CSRF token on /login" >&2; exit 1; }
  target="$(curl -s -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" \
    --data-urlencode "username=$user" --data-urlencode "password=demo" --data-urlencode "_csrf=$token" \
    "$BASE/login")"
  [[ "$target" != *error* && "$target" != *locked* && "$target" != *disabled* ]] \
    || { echo "login as $user failed: $target" >&2; exit 1; }
}
