#!/usr/bin/env bash
# The catalog's first start on an empty database (Flyway, then loading the bundled release) and the size of the bundle,
# for this build and, given BEFORE=<another checkout with its packaged services>, for that one too: RUNS starts each,
# alternating, on a database emptied before every start; prints each start and the medians.
# Usage: bench/first-start.sh   (env: BEFORE=/path/to/checkout RUNS=3)
set -euo pipefail
cd "$(dirname "$0")/.."
DB=careercompass_first_start
WORK=$(mktemp -d)
RUNS=${RUNS:-3}
source bench/lib.sh
PORT=18096
JAR=occupation-catalog-service/target/quarkus-app/quarkus-run.jar
BUNDLE=occupation-catalog-service/src/main/resources/catalog/catalog-bundle.zip

first_start() { # first_start ROOT: records the ms from launch to ready on an empty catalog schema in $WORK/ms
  psql -h 127.0.0.1 -U postgres -d "$DB" -qc "DROP SCHEMA IF EXISTS catalog CASCADE" 2>/dev/null
  start_service catalog "$PORT" "$1/$JAR" >"$WORK/ready.txt"
  kill "$LAST_PID"; wait "$LAST_PID" 2>/dev/null || true
  awk '{print $(NF-1)}' "$WORK/ready.txt" >"$WORK/ms"
}
median() { sort -n | awk '{a[NR]=$0} END {print a[int((NR+1)/2)]}'; }

roots=(.)
[ -n "${BEFORE:-}" ] && roots=("$BEFORE" .)
for root in "${roots[@]}"; do echo "$root: bundle $(stat -c %s "$root/$BUNDLE") bytes"; done
for i in $(seq "$RUNS"); do
  for root in "${roots[@]}"; do
    first_start "$root"
    ms=$(cat "$WORK/ms")
    echo "$ms" >>"$WORK/$(echo "$root" | tr '/.' '__').txt"
    echo "run $i $root: ready in $ms ms"
  done
done
for root in "${roots[@]}"; do
  echo "$root: median first start $(median <"$WORK/$(echo "$root" | tr '/.' '__').txt") ms"
done
