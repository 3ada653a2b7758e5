#!/usr/bin/env bash
# Campaign audience benchmark (issue 3, P12): seeds 100,000 customers on MariaDB through SQL and times the
# audience query against a plain SELECT of the same audience. Uses (and drops first) the database
# genvoice_bench_audience on the server given.
#
#   bench/audience/run.sh [jdbc-server-url] [customers] [runs] [warmups]
#   defaults: jdbc:mysql://127.0.0.1:3306/ 100000 15 3   (user root, empty password, as on our machines)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$here"
mvn -B -q -f pom.xml compile exec:java \
  -Dgenvoice.migrations="$here/../../ejb-module/src/main/resources/db/migration" \
  -Dexec.args="${1:-jdbc:mysql://127.0.0.1:3306/} ${2:-100000} ${3:-15} ${4:-3}"
