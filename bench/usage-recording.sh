#!/usr/bin/env bash
# Does usage recording slow the requests it describes (issue 3, P04)? Per round, on one server:
#   - wrk on a portal page (GET /, the anonymous home page) and, in the same run, on the same server's trivial GET
#     (/api/v1/version), one after the other; both are recorded when recording is on;
#   - wrk on the page and on a stylesheet (never recorded) at the same time, half the connections each: the ratio
#     page/stylesheet compares rounds fairly even when the machine's load changes between them.
# Rounds alternate recording on and off (GENVOICE_USAGE_ENABLED=false), restarting the server, in the order
# on, off, off, on. The server log's own count says how many events were queued, dropped and written.
# Goal: with recording on, the page keeps at least 90 % of its page/stylesheet ratio without it; nothing dropped.
#
#   bench/usage-recording.sh
# Settings: BENCH_PORTBASE (default 32000), BENCH_DATA_DIR (default ear/target/usage-bench-data, made fresh),
#           BENCH_ORDER (default "on off off on"), BENCH_WARMUP and BENCH_DURATION (default 20s each, per URL),
#           BENCH_CONNECTIONS (default 16), BENCH_THREADS (default 2).
# Needs wrk (Debian package wrk), curl, bc, a built EAR (mvn -DskipTests package). Loopback only; embedded H2.
set -euo pipefail
project_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
server=$project_dir/ear/src/main/payara/genvoice-server
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 2; }

while IFS='=' read -r name _; do unset "$name"; done < <(env | grep '^GENVOICE_' || true)
export GENVOICE_PORTBASE=${BENCH_PORTBASE:-32000}
export GENVOICE_DATA_DIR=${BENCH_DATA_DIR:-$project_dir/ear/target/usage-bench-data}
duration=${BENCH_DURATION:-20s}
warmup=${BENCH_WARMUP:-20s}
connections=${BENCH_CONNECTIONS:-16}
threads=${BENCH_THREADS:-2}
base=http://127.0.0.1:$((GENVOICE_PORTBASE + 80))
log=$GENVOICE_DATA_DIR/payara-domain/genvoice/logs/server.log

stop() { timeout 120 bash "$server" stop >/dev/null 2>&1 || true; }
trap stop EXIT
rm -rf "$GENVOICE_DATA_DIR" "$GENVOICE_DATA_DIR".recorded "$GENVOICE_DATA_DIR".css

rps() { awk '/Requests\/sec/ {print $2}'; }
css=/jakarta.faces.resource/css/portal.css.xhtml
declare -A sum count
add() { sum[$1]=$(echo "${sum[$1]:-0} + $2" | bc); }
run() { # run on|off: start the server so, warm up, measure, stop
  local setting=$1 trivial page shared_page shared_css tries=0
  GENVOICE_USAGE_ENABLED=$([ "$setting" = on ] && echo true || echo false) \
    bash "$server" start >"$GENVOICE_DATA_DIR.start-$setting.log" 2>&1
  until curl -sf -m 10 "$base/" | grep -q 'cookie-banner'; do
    tries=$((tries + 1))
    [ "$tries" -lt 60 ] || { echo "the portal page did not answer" >&2; exit 1; }
    sleep 1
  done
  for url in /api/v1/version / "$css"; do wrk -t"$threads" -c"$connections" -d"$warmup" "$base$url" >/dev/null; done
  echo "== recording $setting: wrk -t$threads -c$connections -d$duration --latency"
  trivial=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency "$base/api/v1/version" | tee -a /dev/stderr | rps)
  page=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency "$base/" | tee -a /dev/stderr | rps)
  echo "== recording $setting: page and stylesheet at once, wrk -t1 -c$((connections / 2)) -d$duration each"
  wrk -t1 -c$((connections / 2)) -d"$duration" "$base$css" >"$GENVOICE_DATA_DIR.css" &
  shared_page=$(wrk -t1 -c$((connections / 2)) -d"$duration" "$base/" | rps)
  wait
  shared_css=$(rps <"$GENVOICE_DATA_DIR.css")
  echo "recording $setting: GET /api/v1/version $trivial req/s, GET / $page req/s;" \
    "at once: GET / $shared_page req/s, stylesheet $shared_css req/s (load $(cut -d' ' -f1 /proc/loadavg))"
  stop
  [ "$setting" = off ] || grep -o 'Usage recording since start: .*' "$log" | tail -1 | tee -a "$GENVOICE_DATA_DIR.recorded"
  add "trivial_$setting" "$trivial"
  add "page_$setting" "$page"
  add "ratio_$setting" "$(echo "scale=4; $shared_page / $shared_css" | bc)"
  count[$setting]=$((${count[$setting]:-0} + 1))
}
mean() { echo "scale=3; ${sum[$1_$2]} / ${count[$2]}" | bc; }

echo "== preparing the domain (first start, not measured)"
bash "$server" start >"$GENVOICE_DATA_DIR.start-first.log" 2>&1
stop
for setting in ${BENCH_ORDER:-on off off on}; do
  run "$setting"
done

ratio=$(echo "scale=3; $(mean ratio on) / $(mean ratio off)" | bc)
dropped=$(sed -nE 's/.*dropped=([0-9]+).*/\1/p' "$GENVOICE_DATA_DIR.recorded" | paste -sd+ | bc)
echo
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "mean GET /api/v1/version  recording on: $(mean trivial on) req/s   off: $(mean trivial off) req/s"
echo "mean GET / (portal page)  recording on: $(mean page on) req/s   off: $(mean page off) req/s"
echo "mean page/stylesheet at once  recording on: $(mean ratio on)   off: $(mean ratio off)   (on/off $ratio; goal >= 0.90)"
echo "events dropped while recording: $dropped"
[ "$(echo "$ratio >= 0.9" | bc)" = 1 ] && [ "$dropped" = 0 ]
