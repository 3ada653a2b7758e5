#!/usr/bin/env bash
# Consent throughput (issue 3): wrk requests per second of
#   - POST /api/v1/me/consents (a customer grants email marketing: bearer token lookup, row lock on the
#     customer, the next place in their history, one INSERT of the event with its evidence, JSON),
#   - GET /api/v1/me/consents (the current state, derived from the customer's whole history),
# against a trivial GET (/api/v1/version) on the same server in the same run, and, for scale, against
# GET /api/v1/me (the customer's profile: the same token lookup, one JPA read and no history).
#
#   bench/consent-throughput.sh
# Settings: BENCH_PORTBASE (default 38000), BENCH_DATA_DIR (default ear/target/bench-consent-data, made fresh),
#           BENCH_DB_URL (default: the embedded H2; e.g. jdbc:mysql://127.0.0.1:3306/genvoice_bench_consent?createDatabaseIfNotExist=true,
#           a database this script may use: Flyway migrates it, the script never drops it),
#           BENCH_DURATION (default 20s), BENCH_CONNECTIONS (default 16), BENCH_THREADS (default 2),
#           BENCH_CUSTOMERS (default 32: customers per request kind, taken in turn), BENCH_HISTORY (default 10:
#           events each reading customer has before the GET is measured).
# Needs wrk (Debian package wrk), curl, a built EAR (mvn -DskipTests package). Loopback only.
set -euo pipefail
project_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
server=$project_dir/ear/src/main/payara/genvoice-server
script=$project_dir/bench/consent-requests.lua
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 2; }

while IFS='=' read -r name _; do unset "$name"; done < <(env | grep '^GENVOICE_' || true)
export GENVOICE_PORTBASE=${BENCH_PORTBASE:-38000}
export GENVOICE_DATA_DIR=${BENCH_DATA_DIR:-$project_dir/ear/target/bench-consent-data}
[ -z "${BENCH_DB_URL:-}" ] || { export GENVOICE_DB_URL=$BENCH_DB_URL GENVOICE_DB_USER=${BENCH_DB_USER:-root}; }
duration=${BENCH_DURATION:-20s}
connections=${BENCH_CONNECTIONS:-16}
threads=${BENCH_THREADS:-2}
customers=${BENCH_CUSTOMERS:-32}
history=${BENCH_HISTORY:-10}
base=http://127.0.0.1:$((GENVOICE_PORTBASE + 80))
version=2026-11-01

stop() { timeout 120 bash "$server" stop >/dev/null 2>&1 || true; }
trap stop EXIT
rm -rf "$GENVOICE_DATA_DIR"
rps() { awk '/Requests\/sec/ {print $2}'; }
# wrk counts answers outside 2xx/3xx on a line of its own: any such answer spoils the run
clean() { if grep -q 'Non-2xx or 3xx responses'; then echo "some requests failed" >&2; return 1; fi; }

echo "== start"
bash "$server" start >"$GENVOICE_DATA_DIR.start.log" 2>&1

customer_token() { # signs a new customer up and prints their bearer token
  local email="bench-$(date +%s%N)-$RANDOM@example.com" password='Orchard-Lantern-Quill-58'
  curl -sf -o /dev/null -H 'Content-Type: application/json' "$base/api/v1/customers" -d @- <<JSON
{"name": "Ada Lovelace", "email": "$email", "phone": "+1 415 555 0100", "password": "$password",
 "address": {"line1": "1 Main St", "city": "Springfield", "region": "IL", "postalCode": "62701", "country": "US"},
 "paymentMethod": {"type": "paypal", "email": "$email"}}
JSON
  curl -sf -H 'Content-Type: application/json' "$base/api/v1/auth/token" \
    -d "{\"email\": \"$email\", \"password\": \"$password\"}" | sed -E 's/.*"token":"([^"]+)".*/\1/'
}
grant() { # $1 token, $2 purpose: one grant, 201 expected
  [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $1" -H 'Content-Type: application/json' \
    "$base/api/v1/me/consents" -d "{\"purpose\": \"$2\", \"textVersion\": \"$version\"}")" = 201 ]
}
withdraw() { # $1 token, $2 purpose
  [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $1" -H 'Content-Type: application/json' \
    "$base/api/v1/me/consents/$2/withdrawal" -d '{}')" = 201 ]
}

echo "== $customers writing and $customers reading customers; each reader with $history events"
writers=() readers=()
for _ in $(seq "$customers"); do writers+=("$(customer_token)"); readers+=("$(customer_token)"); done
for token in "${readers[@]}"; do
  for i in $(seq "$history"); do
    if [ $((i % 2)) = 1 ]; then grant "$token" survey.participation; else withdraw "$token" survey.participation; fi
  done
done
write_tokens=$(IFS=,; echo "${writers[*]}")
read_tokens=$(IFS=,; echo "${readers[*]}")

echo "== warm-up (10 s each)"
wrk -t"$threads" -c"$connections" -d10s "$base/api/v1/version" >/dev/null
BENCH_TOKENS=$read_tokens BENCH_METHOD=GET wrk -t"$threads" -c"$connections" -d10s -s "$script" "$base" >/dev/null
echo "== measured: wrk -t$threads -c$connections -d$duration"
out=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency "$base/api/v1/version"); echo "$out"
trivial=$(rps <<<"$out"); clean <<<"$out"
out=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency -H "Authorization: Bearer ${readers[0]}" "$base/api/v1/me")
echo "$out"; me_rps=$(rps <<<"$out"); clean <<<"$out"
out=$(BENCH_TOKENS=$read_tokens BENCH_METHOD=GET wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$script" "$base")
echo "$out"; read_rps=$(rps <<<"$out"); clean <<<"$out"
out=$(BENCH_TOKENS=$write_tokens BENCH_METHOD=POST wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$script" "$base")
echo "$out"; grant_rps=$(rps <<<"$out"); clean <<<"$out"

echo "GET  /api/v1/version:     $trivial req/s"
echo "GET  /api/v1/me:          $me_rps req/s (ratio $(echo "scale=2; $me_rps / $trivial" | bc))"
echo "GET  /api/v1/me/consents: $read_rps req/s (ratio $(echo "scale=2; $read_rps / $trivial" | bc))"
echo "POST /api/v1/me/consents: $grant_rps req/s (ratio $(echo "scale=2; $grant_rps / $trivial" | bc))"
