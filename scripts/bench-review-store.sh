#!/usr/bin/env bash
# Prints review-store save/read latencies: SQLite in a temp folder, or the JDBC URL given
# (e.g. the one scripts/test-postgres.sh start prints).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -o test-compile
mvn -q -B -o dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
java -Dcxr.log.dir=target/bench-logs -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.cxrtriage.review.store.StoreBenchmark "$@"
