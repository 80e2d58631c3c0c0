# Shared set-up of the bench scripts (sourced): a fresh database, a signing key, tokens, and starting a packaged
# service with the "bench" profile, which verifies tokens with the local public key instead of an OIDC provider.
# The caller sets DB and WORK before sourcing; PIDS collects what to stop on exit. JAVA_OPTS replaces the services'
# JVM options (default: the pods', pod_opts below), e.g. to record a flight recording; JAVA_OPTS_<name> (catalog,
# assessment, plan) replaces them for one service.

PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
[ -f plan-service/target/quarkus-app/quarkus-run.jar ] || ./mvnw -q install -DskipTests
psql -h 127.0.0.1 -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1 \
  || psql -h 127.0.0.1 -U postgres -d postgres -qc "CREATE DATABASE $DB"
psql -h 127.0.0.1 -U postgres -d "$DB" -qc \
  "DROP SCHEMA IF EXISTS catalog CASCADE; DROP SCHEMA IF EXISTS assessment CASCADE; DROP SCHEMA IF EXISTS plan CASCADE" \
  2>/dev/null

openssl genrsa -out "$WORK/key.pem" 2048 2>/dev/null
openssl rsa -in "$WORK/key.pem" -pubout -out "$WORK/pub.pem" 2>/dev/null
PUB=$(grep -v -- '-----' "$WORK/pub.pem" | tr -d '\n')

# token USERNAME ROLE[,ROLE...]
token() { python3 bench/jwt.py "$WORK/key.pem" "$1" "$2"; }

# The JVM options a pod runs with (deploy/kubernetes: the image's run-java.sh with Serial GC and a quarter of the 512Mi
# limit as heap, 1/64 of it initially; the Dockerfiles' JAVA_OPTS_APPEND; MALLOC_ARENA_MAX=2), with the class archive
# this build wrote for the local JDK: what the benchmarks measure unless JAVA_OPTS or JAVA_OPTS_<name> say otherwise.
pod_opts() { # pod_opts QUARKUS_APP_DIR (relative to where java starts)
  echo "-XX:+UseSerialGC -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20 -Xms8m -Xmx128m -XX:+ExitOnOutOfMemoryError" \
    "-XX:NewRatio=3 -XX:-ShrinkHeapInSteps -XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=5000" \
    "-XX:SharedArchiveFile=$1/app-cds.jsa -Xshare:auto"
}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}

# start_service NAME PORT JAR [-Dkey=value...]: starts it, waits until ready, sets LAST_PID, prints the startup time
start_service() {
  local name=$1 port=$2 jar=$3; shift 3
  local t0; t0=$(date +%s%N)
  local opts="JAVA_OPTS_$name"
  # shellcheck disable=SC2086 # JAVA_OPTS holds several options
  # from the application's directory: the class archive names quarkus-run.jar relative to it (the JVM ignores an
  # archive whose class path differs)
  (cd "$(dirname "$jar")" && exec java ${!opts:-${JAVA_OPTS:-$(pod_opts .)}} \
    -Dquarkus.datasource.jdbc.url="jdbc:postgresql://localhost:5432/$DB" \
    -Dquarkus.datasource.username=postgres -Dquarkus.profile=bench -Dquarkus.oidc.public-key="$PUB" \
    -Dquarkus.log.level=WARN -Dquarkus.http.port="$port" "$@" -jar quarkus-run.jar) >>"$WORK/$name.log" 2>&1 &
  LAST_PID=$!
  PIDS+=("$LAST_PID")
  until curl -sf "http://localhost:$port/q/health/ready" >/dev/null; do sleep 0.2; done
  echo "$name ready in $(( ($(date +%s%N) - t0) / 1000000 )) ms"
}

rss() { ps -o rss= -p "$1" | awk '{printf "%.0f MiB", $1/1024}'; }
