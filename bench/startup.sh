#!/usr/bin/env bash
# Start-to-ready time and RSS at ready of each packaged service, three ways (issue 11):
#   plain   java -jar (Java 17, the build's JDK)
#   appcds  with the AppCDS archive Quarkus writes at packaging (-Dquarkus.package.jar.appcds.enabled=true; same JDK)
#   aot     Java 25 with a Leyden AOT cache (JEP 483/515) written by one training start (-XX:AOTCacheOutput)
# Each service runs against a database it has already initialised (the catalog's first start, which loads the bundled
# release, is timed separately), "bench" profile, 3 starts per way; prints the median.
# Usage: bench/startup.sh   (env: JAVA25=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java RUNS=3)
set -euo pipefail
cd "$(dirname "$0")/.."
DB=careercompass_startup
WORK=$(mktemp -d)
RUNS=${RUNS:-3}
JAVA25=${JAVA25:-$(ls -d /usr/lib/jvm/*25*/bin/java 2>/dev/null | head -1)}
source bench/lib.sh
PORT=18095
SERVICES=(occupation-catalog-service assessment-service plan-service)

for svc in "${SERVICES[@]}"; do
  [ -f "$svc/target/quarkus-app/app-cds.jsa" ] \
    || ./mvnw -q package -pl "$svc" -DskipTests -Dquarkus.package.jar.appcds.enabled=true >/dev/null
done

# ready_ms JAVA DIR [options...]: starts quarkus-run.jar in DIR, prints "<ms> <rss MiB>" once ready, stops it
ready_ms() {
  local java=$1 dir=$2; shift 2
  local t0; t0=$(date +%s%N)
  (cd "$dir" && exec "$java" "$@" -Dquarkus.datasource.jdbc.url="jdbc:postgresql://localhost:5432/$DB" \
    -Dquarkus.datasource.username=postgres -Dquarkus.profile=bench -Dquarkus.oidc.public-key="$PUB" \
    -Dquarkus.log.level=WARN -Dquarkus.http.port=$PORT \
    -Dquarkus.rest-client.catalog.url=http://localhost:1 -Dquarkus.rest-client.assessment.url=http://localhost:1 \
    -jar quarkus-run.jar >>"$WORK/start.log" 2>&1) &
  local pid=$!
  until curl -sf "http://localhost:$PORT/q/health/ready" >/dev/null; do sleep 0.05; done
  local ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  local rss; rss=$(ps -o rss= -p "$(pgrep -P $pid java || echo $pid)" | awk '{printf "%.0f", $1/1024}')
  kill "$(pgrep -P $pid java || echo $pid)" 2>/dev/null || kill $pid; wait $pid 2>/dev/null || true
  echo "$ms $rss"
}
median() { sort -n | awk '{a[NR]=$0} END {print a[int((NR+1)/2)]}'; }

echo "first start of the catalog on an empty database (loads the bundled release): $(ready_ms java occupation-catalog-service/target/quarkus-app -Xmx512m | cut -d' ' -f1) ms"
printf "%-28s %-24s %-24s %-24s\n" service "plain (Java 17)" "AppCDS (Java 17)" "AOT cache (Java 25)"
for svc in "${SERVICES[@]}"; do
  dir=$svc/target/quarkus-app
  row=()
  for way in plain appcds aot; do
    case $way in
      plain) cmd=(java "$dir" -Xmx512m) ;;
      appcds) cmd=(java "$dir" -Xmx512m -XX:SharedArchiveFile=app-cds.jsa) ;;
      aot)
        if [ -z "$JAVA25" ]; then row+=("(no Java 25)"); continue; fi
        rm -f "$WORK/$svc.aot"
        ready_ms "$JAVA25" "$dir" -Xmx512m -XX:AOTCacheOutput="$WORK/$svc.aot" >/dev/null
        cmd=("$JAVA25" "$dir" -Xmx512m -XX:AOTCache="$WORK/$svc.aot") ;;
    esac
    results=$(for _ in $(seq "$RUNS"); do ready_ms "${cmd[@]}"; done)
    row+=("$(echo "$results" | cut -d' ' -f1 | median) ms, $(echo "$results" | cut -d' ' -f2 | median) MiB")
  done
  printf "%-28s %-24s %-24s %-24s\n" "$svc" "${row[@]}"
done
