#!/usr/bin/env bash
# Throughput of a policy-checked, ledger-recorded disclosure through the partner REST endpoint (issue 4):
#   POST /partner/api/v1/customer-data-requests as the demo affiliate (HTTP Basic), asking for two fields of one
#   customer: credential check, request check, customer lookup, Disclosures.answer (in one transaction: the policy
#   engine over the registry snapshot, the permitted values read, one RELEASE entry carrying its outcome appended
#   to the customer's hash chain under the chain head's row lock, commit), JSON -
#   against GET /api/v1/me for the same customer (bearer token lookup, JPA read of the customer and payment
#   methods, masking, JSON), on the same server in the same run. Goal: the partner call at least 70% of
#   /api/v1/me's requests per second. No setting turns the engine or the ledger off (none exists), and a partner
#   call is only answered 200 after its ledger entry committed: the run fails on any other status.
#
#   bench/partner-throughput.sh
# Settings: BENCH_PORTBASE (default 38500), BENCH_DATA_DIR (default ear/target/bench-partner-data, made fresh),
#           BENCH_DURATION (default 15s per measurement), BENCH_ROUNDS (default 3), BENCH_CONNECTIONS (default 16),
#           BENCH_THREADS (default 2).
# The default run's embedded H2 database, which seeds the demo affiliate (README, "Partner web services").
# Needs wrk (Debian package wrk), curl, a built EAR (mvn -DskipTests package). Loopback only.
set -euo pipefail
project_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
server=$project_dir/ear/src/main/payara/genvoice-server
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 2; }

while IFS='=' read -r name _; do unset "$name"; done < <(env | grep '^GENVOICE_' || true)
export GENVOICE_PORTBASE=${BENCH_PORTBASE:-38500}
export GENVOICE_DATA_DIR=${BENCH_DATA_DIR:-$project_dir/ear/target/bench-partner-data}
export GENVOICE_SANDBOXES=true
duration=${BENCH_DURATION:-15s}
rounds=${BENCH_ROUNDS:-3}
connections=${BENCH_CONNECTIONS:-16}
threads=${BENCH_THREADS:-2}
base=http://127.0.0.1:$((GENVOICE_PORTBASE + 80))
partner=demo-affiliate:demo-affiliate-development-secret # the development default of the default run (README)

stop() { timeout 120 bash "$server" stop >/dev/null 2>&1 || true; }
trap stop EXIT
rm -rf "$GENVOICE_DATA_DIR"
mkdir -p "$GENVOICE_DATA_DIR"
echo "== start (embedded H2, demo affiliate seeded)"
bash "$server" start >"$GENVOICE_DATA_DIR/start.log" 2>&1

email="bench-$(date +%s%N)@example.com"
password='Orchard-Lantern-Quartz-58' # must not contain the name (PasswordPolicy)
# the customer's own id is the first "id" of the answer (its payment methods have ids too)
customer=$(curl -sf -H 'Content-Type: application/json' "$base/api/v1/customers" -d @- <<JSON | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4
{"name": "Robin Porter", "email": "$email", "phone": "+1 415 555 0100", "password": "$password",
 "address": {"line1": "1 Main St", "city": "Springfield", "region": "IL", "postalCode": "62701", "country": "US"},
 "paymentMethod": {"type": "paypal", "email": "$email"}}
JSON
)
token=$(curl -sf -H 'Content-Type: application/json' "$base/api/v1/auth/token" \
  -d "{\"email\": \"$email\", \"password\": \"$password\"}" | sed -E 's/.*"token":"([^"]+)".*/\1/')
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$base/api/v1/me")" = 200 ] \
  || { echo "GET /api/v1/me did not answer 200" >&2; exit 1; }
body="{\"requestId\": \"bench-check\", \"customerId\": \"$customer\", \"purpose\": \"PERFORM_SERVICE\", \"fields\": [\"customer.name\", \"customer.phone\"]}"
answer=$(curl -s -u "$partner" -H 'Content-Type: application/json' "$base/partner/api/v1/customer-data-requests" -d "$body")
grep -q '"customer.name":"Robin Porter"' <<<"$answer" || { echo "the partner call did not answer: $answer" >&2; exit 1; }

# every request carries its own request id, as a partner's would
lua=$GENVOICE_DATA_DIR/partner-request.lua
cat >"$lua" <<LUA
local counter = 0
local ok = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Basic $(printf '%s' "$partner" | base64 -w0)"
request = function()
  counter = counter + 1
  local body = '{"requestId": "bench-' .. tostring(counter) .. '-' .. tostring(math.random(1, 1e9)) .. '", "customerId": "$customer", "purpose": "PERFORM_SERVICE", "fields": ["customer.name", "customer.phone"]}'
  return wrk.format(nil, nil, nil, body)
end
response = function(status, headers, body)
  if status ~= 200 then
    io.stderr:write("status " .. status .. ": " .. body .. "\n")
  end
end
LUA

echo "== warm-up (10 s each)"
wrk -t"$threads" -c"$connections" -d10s -H "Authorization: Bearer $token" "$base/api/v1/me" >/dev/null
wrk -t"$threads" -c"$connections" -d10s -s "$lua" "$base/partner/api/v1/customer-data-requests" >/dev/null
# The two are measured in alternating rounds, so that a change in what else the machine is doing weighs on both.
echo "== measured: $rounds rounds of wrk -t$threads -c$connections -d$duration each, alternating"
me_total=0
partner_total=0
for round in $(seq 1 "$rounds"); do
  me=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency -H "Authorization: Bearer $token" "$base/api/v1/me" \
    | tee -a "$GENVOICE_DATA_DIR/wrk.log" | awk '/Requests\/sec/ {print $2}')
  out=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$lua" \
    "$base/partner/api/v1/customer-data-requests" 2>&1 | tee -a "$GENVOICE_DATA_DIR/wrk.log")
  if grep -q "Non-2xx\|^status " <<<"$out"; then
    echo "some partner calls were not answered 200:" >&2
    grep -m5 "^status \|Non-2xx" <<<"$out" >&2
    exit 1
  fi
  disclosure=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  echo "round $round: GET /api/v1/me $me req/s, partner disclosure $disclosure req/s (load average $(cut -d' ' -f1 /proc/loadavg))"
  me_total=$(echo "$me_total + $me" | bc)
  partner_total=$(echo "$partner_total + $disclosure" | bc)
done
ratio=$(echo "scale=2; $partner_total / $me_total" | bc)
echo "GET /api/v1/me:                               $(echo "scale=1; $me_total / $rounds" | bc) req/s (mean of $rounds rounds)"
echo "POST /partner/api/v1/customer-data-requests:  $(echo "scale=1; $partner_total / $rounds" | bc) req/s  (ratio $ratio; goal >= 0.70)"
echo "wrk output of every round: $GENVOICE_DATA_DIR/wrk.log"
[ "$(echo "$ratio >= 0.7" | bc)" = 1 ]
