#!/usr/bin/env bash
# Parse time of a whole release by the catalog's parsers, no database (bench/ParseRelease.java): a 40 s warm-up, then
# the median of RUNS parses. Usage: bench/parse.sh [catalog module dir, default occupation-catalog-service]
# (env: DATA=../shared/data WARMUP=40 RUNS=15). Build the module first (./mvnw install -DskipTests).
set -euo pipefail
cd "$(dirname "$0")/.."
MODULE=${1:-occupation-catalog-service}
DATA=${DATA:-../shared/data}
OUT=$(mktemp -d)
CP="$MODULE/target/classes:$(ls "$MODULE"/target/quarkus-app/lib/main/*.jar | tr '\n' ':')"
javac -q -d "$OUT" -cp "$CP" bench/ParseRelease.java 2>/dev/null || javac -d "$OUT" -cp "$CP" bench/ParseRelease.java
java -Xmx1g -cp "$OUT:$CP" org.careercompass.catalog.importer.ParseRelease "$DATA" "${WARMUP:-40}" "${RUNS:-15}"
rm -rf "$OUT"
