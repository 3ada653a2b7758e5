#!/usr/bin/env bash
# Start-up and throughput of the server with the EAR (issue 2):
#   - time from `genvoice-server start` to GET /health/ready = 200, and the resident memory (RSS) of the server
#     JVM once ready and again after the load;
#   - wrk throughput of GET /api/v1/me (a signed-in customer's profile: bearer token lookup, JPA read of the
#     customer and their payment methods, masking, JSON) against a trivial GET (/api/v1/version) on the same
#     server in the same run. Goal: /api/v1/me at least half the trivial GET's requests per second.
#
#   bench/server-throughput.sh
# Settings: BENCH_PORTBASE (default 38000), BENCH_DATA_DIR (default ear/target/bench-data, made fresh),
#           BENCH_DB_URL (default: the embedded H2; e.g. jdbc:mysql://127.0.0.1:3306/genvoice_bench?createDatabaseIfNotExist=true),
#           BENCH_DURATION (default 20s), BENCH_CONNECTIONS (default 16), BENCH_THREADS (default 2), BENCH_ROUNDS (default 3).
# Needs wrk (Debian package wrk), curl, a built EAR (mvn -DskipTests package). Loopback only.
set -euo pipefail
project_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
server=$project_dir/ear/src/main/payara/genvoice-server
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 2; }

while IFS='=' read -r name _; do unset "$name"; done < <(env | grep '^GENVOICE_' || true)
export GENVOICE_PORTBASE=${BENCH_PORTBASE:-38000}
export GENVOICE_DATA_DIR=${BENCH_DATA_DIR:-$project_dir/ear/target/bench-data}
[ -z "${BENCH_DB_URL:-}" ] || { export GENVOICE_DB_URL=$BENCH_DB_URL GENVOICE_DB_USER=${BENCH_DB_USER:-root}; }
duration=${BENCH_DURATION:-20s}
connections=${BENCH_CONNECTIONS:-16}
threads=${BENCH_THREADS:-2}
base=http://127.0.0.1:$((GENVOICE_PORTBASE + 80))

stop() { timeout 120 bash "$server" stop >/dev/null 2>&1 || true; }
trap stop EXIT
rm -rf "$GENVOICE_DATA_DIR" "$GENVOICE_DATA_DIR.wrk.log"

rss_mb() { # the RSS of the domain's JVM, in MB
  local pid
  pid=$(pgrep -f -- "-Dcom.sun.aas.instanceRoot=$GENVOICE_DATA_DIR/payara-domain/genvoice" | head -1)
  [ -n "$pid" ] && echo $(($(awk '/VmRSS/ {print $2}' "/proc/$pid/status") / 1024)) || echo "?"
}
rps() { awk '/Requests\/sec/ {print $2}'; }

echo "== first start (creates the domain and deploys)"
started=$(date +%s.%N)
bash "$server" start >"$GENVOICE_DATA_DIR.start-1.log" 2>&1
echo "ready after $(echo "$(date +%s.%N) - $started" | bc | xargs printf '%.1f') s, RSS $(rss_mb) MB"
stop
echo "== second start (domain and deployment reused)"
started=$(date +%s.%N)
bash "$server" start >"$GENVOICE_DATA_DIR.start-2.log" 2>&1
echo "ready after $(echo "$(date +%s.%N) - $started" | bc | xargs printf '%.1f') s, RSS $(rss_mb) MB"

email="bench-$(date +%s%N)@example.com"
password='Quartz-Orchard-Lantern-58' # the password policy refuses one containing the name or email
signed_up=$(curl -s -w '\n%{http_code}' -H 'Content-Type: application/json' "$base/api/v1/customers" -d @- <<JSON
{"name": "Bench Customer", "email": "$email", "phone": "+1 415 555 0100", "password": "$password",
 "address": {"line1": "1 Main St", "city": "Springfield", "region": "IL", "postalCode": "62701", "country": "US"},
 "paymentMethod": {"type": "paypal", "email": "$email"}}
JSON
)
[ "${signed_up##*$'\n'}" = 201 ] || { echo "sign-up failed: $signed_up" >&2; exit 1; }
token=$(curl -sf -H 'Content-Type: application/json' "$base/api/v1/auth/token" \
  -d "{\"email\": \"$email\", \"password\": \"$password\"}" | sed -E 's/.*"token":"([^"]+)".*/\1/')
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$base/api/v1/me")" = 200 ] \
  || { echo "GET /api/v1/me did not answer 200" >&2; exit 1; }

echo "== warm-up (10 s each)"
wrk -t"$threads" -c"$connections" -d10s "$base/api/v1/version" >/dev/null
wrk -t"$threads" -c"$connections" -d10s -H "Authorization: Bearer $token" "$base/api/v1/me" >/dev/null
# measured in alternating rounds, so that a change in what else the machine is doing weighs on both
rounds=${BENCH_ROUNDS:-3}
echo "== measured: $rounds rounds of wrk -t$threads -c$connections -d$duration each, alternating"
trivial_sum=0 me_sum=0
for round in $(seq "$rounds"); do
  trivial=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency "$base/api/v1/version" | tee -a "$GENVOICE_DATA_DIR.wrk.log" | rps)
  me=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency -H "Authorization: Bearer $token" "$base/api/v1/me" \
    | tee -a "$GENVOICE_DATA_DIR.wrk.log" | rps)
  echo "round $round: GET /api/v1/version $trivial req/s, GET /api/v1/me $me req/s (load average $(cut -d' ' -f1 /proc/loadavg))"
  trivial_sum=$(echo "$trivial_sum + $trivial" | bc)
  me_sum=$(echo "$me_sum + $me" | bc)
done
trivial=$(echo "scale=1; $trivial_sum / $rounds" | bc)
me=$(echo "scale=1; $me_sum / $rounds" | bc)
ratio=$(echo "scale=2; $me / $trivial" | bc)
echo "GET /api/v1/version: $trivial req/s (mean of $rounds rounds)"
echo "GET /api/v1/me:      $me req/s  (ratio $ratio; goal >= 0.50)"
echo "RSS after the load: $(rss_mb) MB"
echo "wrk output of every round: $GENVOICE_DATA_DIR.wrk.log"
[ "$(echo "$ratio >= 0.5" | bc)" = 1 ]
