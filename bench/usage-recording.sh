#!/usr/bin/env bash
# Does usage recording slow the requests it describes (issue 3, P04)? wrk on a portal page (GET /, the
# anonymous home page) against the same server's trivial GET (/api/v1/version), both recorded, in one run;
# then the same two with recording switched off (GENVOICE_USAGE_ENABLED=false) after a restart of the same
# server. Afterwards the server log's own count says how many events were queued, dropped and written.
# Goal: the page with recording on keeps at least 90 % of its throughput with recording off, and nothing
# is dropped.
#
#   bench/usage-recording.sh
# Settings: BENCH_PORTBASE (default 32000), BENCH_DATA_DIR (default ear/target/usage-bench-data, made fresh),
#           BENCH_DURATION (default 20s), BENCH_CONNECTIONS (default 16), BENCH_THREADS (default 2).
# Needs wrk (Debian package wrk), curl, a built EAR (mvn -DskipTests package). Loopback only; embedded H2.
set -euo pipefail
project_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
server=$project_dir/ear/src/main/payara/genvoice-server
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 2; }

while IFS='=' read -r name _; do unset "$name"; done < <(env | grep '^GENVOICE_' || true)
export GENVOICE_PORTBASE=${BENCH_PORTBASE:-32000}
export GENVOICE_DATA_DIR=${BENCH_DATA_DIR:-$project_dir/ear/target/usage-bench-data}
duration=${BENCH_DURATION:-20s}
connections=${BENCH_CONNECTIONS:-16}
threads=${BENCH_THREADS:-2}
base=http://127.0.0.1:$((GENVOICE_PORTBASE + 80))
log=$GENVOICE_DATA_DIR/payara-domain/genvoice/logs/server.log

stop() { timeout 120 bash "$server" stop >/dev/null 2>&1 || true; }
trap stop EXIT
rm -rf "$GENVOICE_DATA_DIR"

rps() { awk '/Requests\/sec/ {print $2}'; }
measure() { # measure LABEL: warm up, then measure the trivial GET and the page; sets trivial_$1 and page_$1
  wrk -t"$threads" -c"$connections" -d10s "$base/api/v1/version" >/dev/null
  wrk -t"$threads" -c"$connections" -d10s "$base/" >/dev/null
  echo "== $1: wrk -t$threads -c$connections -d$duration --latency"
  printf -v "trivial_$1" '%s' "$(wrk -t"$threads" -c"$connections" -d"$duration" --latency "$base/api/v1/version" | tee /dev/stderr | rps)"
  printf -v "page_$1" '%s' "$(wrk -t"$threads" -c"$connections" -d"$duration" --latency "$base/" | tee /dev/stderr | rps)"
}

echo "== recording on (the default)"
bash "$server" start >"$GENVOICE_DATA_DIR.start-on.log" 2>&1
curl -sf "$base/" | grep -q 'cookie-banner' || { echo "the portal page did not answer" >&2; exit 1; }
measure on
stop
recorded=$(grep -o 'Usage recording since start: .*' "$log" | tail -1)

echo "== recording off (GENVOICE_USAGE_ENABLED=false), same server restarted"
GENVOICE_USAGE_ENABLED=false bash "$server" start >"$GENVOICE_DATA_DIR.start-off.log" 2>&1
measure off
stop

ratio=$(echo "scale=3; $page_on / $page_off" | bc)
echo
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "GET /api/v1/version  recording on: $trivial_on req/s   off: $trivial_off req/s"
echo "GET / (portal page)  recording on: $page_on req/s   off: $page_off req/s   (on/off $ratio; goal >= 0.90)"
echo "server log, recording on: $recorded"
dropped=$(echo "$recorded" | sed -nE 's/.*dropped=([0-9]+).*/\1/p')
[ "$(echo "$ratio >= 0.9" | bc)" = 1 ] && [ "${dropped:-1}" = 0 ]
