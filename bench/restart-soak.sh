#!/usr/bin/env bash
# Restart soak: starts and stops the default run (embedded H2) N times with `genvoice-server start` / `stop`
# on its own data folder and port base, and checks each time that the server came up healthy, not just
# listening: /health/ready 200 with the database check UP, and no sign in the log of the half-broken start
# seen once in about seven restarts (STACK.md: "moduleClassLoaders is null", "not a known Entity type").
#
#   bench/restart-soak.sh [N]     N restarts, default 10
# Settings: SOAK_PORTBASE (default 48000), SOAK_DATA_DIR (default ear/target/restart-soak-data, made fresh),
#           PAYARA_HOME, GENVOICE_EAR (default: under ear/target; build first with mvn -DskipTests package)
set -euo pipefail
project_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
server=$project_dir/ear/src/main/payara/genvoice-server
runs=${1:-10}
[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "usage: $0 [N]" >&2; exit 2; }

# the default run: no database URL, nothing else from the caller's GENVOICE_ settings
while IFS='=' read -r name _; do unset "$name"; done < <(env | grep '^GENVOICE_' || true)
export GENVOICE_PORTBASE=${SOAK_PORTBASE:-48000}
export GENVOICE_DATA_DIR=${SOAK_DATA_DIR:-$project_dir/ear/target/restart-soak-data}
export GENVOICE_READY_TIMEOUT=180
[ -z "${PAYARA_HOME:-}" ] || export PAYARA_HOME
http_port=$((GENVOICE_PORTBASE + 80))
ready_url=http://127.0.0.1:$http_port/health/ready
log=$GENVOICE_DATA_DIR/payara-domain/genvoice/logs/server.log
broken='moduleClassLoaders is null|is not a known Entity type|Exception while loading the app'

stop() { timeout 120 bash "$server" stop >/dev/null 2>&1 || true; }
trap stop EXIT

rm -rf "$GENVOICE_DATA_DIR"
ok=0
failed=0
for i in $(seq "$runs"); do
  problem=
  log_size=$( [ -f "$log" ] && stat -c %s "$log" || echo 0)
  started=$SECONDS
  if ! timeout 300 bash "$server" start >"$GENVOICE_DATA_DIR.start-$i.log" 2>&1; then
    problem="start failed: $(grep -m1 ERROR "$GENVOICE_DATA_DIR.start-$i.log" || tail -1 "$GENVOICE_DATA_DIR.start-$i.log")"
  else
    up=$((SECONDS - started))
    body=$(curl -s --max-time 10 -w '\n%{http_code}' "$ready_url" || true)
    code=${body##*$'\n'}
    body=${body%$'\n'*}
    if [ "$code" != 200 ]; then
      problem="readiness answered $code: $body"
    elif ! grep -q '"name" *: *"database"' <<<"$body" || ! grep -q '"status" *: *"UP"' <<<"$body"; then
      # 200 means every readiness check is UP; the database check must be one of them
      problem="readiness without the database check UP: $body"
    else
      since=$(tail -c +"$((log_size + 1))" "$log")
      # a here-string, not `| grep -q`: with pipefail, grep leaving early would fail the pipe on a match
      if grep -Eq "$broken" <<<"$since"; then
        problem="half-broken start: $(grep -Em1 "$broken" <<<"$since")"
      fi
    fi
  fi
  stop
  if (exec 3<>"/dev/tcp/127.0.0.1/$http_port") 2>/dev/null; then
    problem="${problem:+$problem; }port $http_port still open after stop"
  fi
  if [ -z "$problem" ]; then
    ok=$((ok + 1))
    echo "restart $i/$runs: ok (ready after ${up}s, cycle $((SECONDS - started))s)"
  else
    failed=$((failed + 1))
    echo "restart $i/$runs: FAILED: $problem"
  fi
done
echo "restarts: $ok ok, $failed failed"
[ "$failed" = 0 ]
