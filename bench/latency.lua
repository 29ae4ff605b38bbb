-- wrk script: sends the session cookie given in the environment (BENCH_COOKIE) and, when done,
-- prints one machine-readable line that bench/run.sh turns into a table row:
--   RESULT p50_ms p95_ms p99_ms requests_per_second requests non_2xx_3xx errors
local cookie = os.getenv("BENCH_COOKIE")
if cookie and cookie ~= "" then
  wrk.headers["Cookie"] = cookie
end

-- No response() hook: defining one makes wrk parse every body and slows the client down.
-- Non-2xx/3xx answers are counted by wrk itself (summary.errors.status); run.sh checks with curl
-- beforehand that every URL answers 200 with real content, so a redirect to /login cannot pass.
function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %.1f %.1f %.1f %.1f %d %d %d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests / seconds, summary.requests, summary.errors.status, errors))
end
