#!/usr/bin/env bash
# Runs Career Compass locally: the three services, a local PostgreSQL database, and Keycloak (the reference OIDC
# provider, from its Maven Central distribution) with the realm of deploy/kubernetes/base: ready users, no Docker needed.
# Ctrl-C stops everything. Logs: target/run/*.log
set -euo pipefail
cd "$(dirname "$0")"
KEYCLOAK_VERSION=26.4.7
RUN=target/run
mkdir -p "$RUN"
# Every port listens on this address only: 127.0.0.1 unless CAREERCOMPASS_BIND says otherwise (0.0.0.0 exposes the
# services, Keycloak and its development admin account to your network)
BIND=${CAREERCOMPASS_BIND:-127.0.0.1}
# The JVM options of the pods (deploy/kubernetes/base/*.yaml and the Dockerfiles): a 128 MiB heap (a quarter of the
# pods' 512 MiB limit), Serial GC, the native heap trimmed every 5 s
POD_JVM_OPTS="-XX:+UseSerialGC -Xmx128m -XX:NewRatio=3 -XX:-ShrinkHeapInSteps -XX:+UnlockExperimentalVMOptions"
POD_JVM_OPTS="$POD_JVM_OPTS -XX:TrimNativeHeapInterval=5000"
export MALLOC_ARENA_MAX=2
STARTED=$(date +%s)
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT INT TERM

# PostgreSQL and the local database
# The database, in this order: a URL you give (CAREERCOMPASS_DB_URL, _USER, _PASSWORD); a PostgreSQL server already
# on 127.0.0.1:5432 (database careercompass created if psql is there); as root on Debian/Ubuntu, the distribution's
# server (started, or installed as .ci/run does); otherwise an embedded PostgreSQL (binaries from Maven Central) whose
# data stays in target/run/postgres between runs.
port_open() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }
DB_URL=${CAREERCOMPASS_DB_URL:-}
DB_USER=${CAREERCOMPASS_DB_USER:-postgres}
DB_PASSWORD=${CAREERCOMPASS_DB_PASSWORD:-}
EMBEDDED=false
if [ -n "$DB_URL" ]; then
  echo "Database: $DB_URL (CAREERCOMPASS_DB_URL)"
else
  if ! port_open 127.0.0.1 5432 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    if ! command -v pg_ctlcluster >/dev/null; then
      echo "Installing PostgreSQL from the distribution's packages..."
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    fi
    echo "Starting the local PostgreSQL server..."
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -n 1)" main start || true
    for _ in $(seq 1 30); do port_open 127.0.0.1 5432 && break; sleep 1; done
  fi
  if port_open 127.0.0.1 5432; then
    DB_URL=jdbc:postgresql://localhost:5432/careercompass
    if command -v psql >/dev/null; then
      psql -h 127.0.0.1 -U "$DB_USER" -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'careercompass'" \
        | grep -q 1 || psql -h 127.0.0.1 -U "$DB_USER" -d postgres -qc "CREATE DATABASE careercompass"
    fi
    echo "Database: the PostgreSQL server on 127.0.0.1:5432"
  else
    [ "$(id -u)" != 0 ] || { echo "No PostgreSQL on 127.0.0.1:5432 and the embedded one cannot run as root:" \
      "start a server, set CAREERCOMPASS_DB_URL, or run as a non-root user" >&2; exit 1; }
    EMBEDDED=true
  fi
fi

KC_JAVA=${KC_JAVA_HOME:-}
java_home_if_21() { # a java command: prints its home if it is Java 21 or later
  "$1" -XshowSettings:properties -version 2>&1 | awk -F' = ' '
    /java.specification.version/ { split($2, v, "."); ok = (v[1] + 0 >= 21) }
    /java.home/ { home = $2 } END { if (ok) print home }'
}
if [ -z "$KC_JAVA" ] && command -v java >/dev/null; then
  KC_JAVA=$(java_home_if_21 java)
fi
if [ -z "$KC_JAVA" ] && [ -x /usr/libexec/java_home ]; then
  KC_JAVA=$(/usr/libexec/java_home -v 21+ 2>/dev/null || true)
fi
if [ -z "$KC_JAVA" ]; then
  for candidate in /usr/lib/jvm/temurin-2[1-9]* /usr/lib/jvm/java-2[1-9]* /usr/lib/jvm/temurin-[3-9]*; do
    [ -x "$candidate/bin/java" ] && KC_JAVA=$candidate && break
  done
fi
[ -n "$KC_JAVA" ] || { echo "Keycloak needs Java 21+ (none under /usr/lib/jvm): install one, e.g. Temurin 21 from" \
  "adoptium.net or your package manager's openjdk-21, and set KC_JAVA_HOME to it" >&2; exit 1; }

# Builds only when a source, a POM or the wrapper changed since the last build that succeeded here
STAMP=$RUN/build.stamp
changed() {
  [ -f "$STAMP" ] || return 0
  [ -n "$(find pom.xml .mvn ./*/pom.xml ./*/src -newer "$STAMP" -print -quit 2>/dev/null)" ]
}
if changed; then
  echo "Building the services (Maven; a first build also downloads the dependencies)..."
  if ! ./mvnw -B install -DskipTests 2>&1 | tee "$RUN/build.log" \
    | sed -un 's/^\[INFO\] Building \(Career Compass :: .*\) [^ ]* *\(\[[0-9]*\/[0-9]*\]\)$/  \2 \1/p'; then
    echo "The build failed; see $RUN/build.log" >&2
    exit 1
  fi
  touch "$STAMP"
else
  echo "Build: nothing changed since the last build (delete $STAMP to force one)"
fi

if [ "$EMBEDDED" = true ]; then
  echo "Starting an embedded PostgreSQL (data in $RUN/postgres)..."
  if [ ! -s "$RUN/postgres.classpath" ] || [ platform-testing/pom.xml -nt "$RUN/postgres.classpath" ]; then
    ./mvnw -q dependency:build-classpath -pl platform-testing -Dmdep.outputFile="$PWD/$RUN/postgres.classpath" >/dev/null
  fi
  java -cp "platform-testing/target/classes:$(cat "$RUN/postgres.classpath")" org.careercompass.testing.LocalPostgres \
    "$RUN/postgres" >"$RUN/postgres.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 1 120); do grep -q '^READY ' "$RUN/postgres.log" && break; sleep 0.5; done
  DB_URL=$(sed -n 's/^READY //p' "$RUN/postgres.log")
  [ -n "$DB_URL" ] || { echo "the embedded PostgreSQL did not start; see $RUN/postgres.log" >&2; exit 1; }
  echo "Database: embedded PostgreSQL at $DB_URL"
fi
for service in CATALOG ASSESSMENT PLAN; do
  export "${service}_DB_URL=$DB_URL" "${service}_DB_USER=$DB_USER" "${service}_DB_PASSWORD=$DB_PASSWORD"
done
if [ ! -x "$RUN/keycloak-$KEYCLOAK_VERSION/bin/kc.sh" ]; then
  echo "Fetching Keycloak $KEYCLOAK_VERSION from Maven Central..."
  ./mvnw -q dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" -DoutputDirectory="$RUN"
  (cd "$RUN" && unzip -q -o "keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip")
fi
mkdir -p "$RUN/keycloak-$KEYCLOAK_VERSION/data/import"
cp deploy/kubernetes/overlays/dev/career-compass-realm.json "$RUN/keycloak-$KEYCLOAK_VERSION/data/import/"

wait_for() { # url name
  for _ in $(seq 1 240); do curl -sf "$1" >/dev/null && return 0; sleep 0.5; done
  echo "$2 did not start; see $RUN/$2.log" >&2; exit 1
}

echo "Starting Keycloak on $BIND:8180 and the services..."
JAVA_HOME="$KC_JAVA" KC_BOOTSTRAP_ADMIN_USERNAME=kcadmin KC_BOOTSTRAP_ADMIN_PASSWORD=kcadmin \
  "$RUN/keycloak-$KEYCLOAK_VERSION/bin/kc.sh" start-dev --http-host "$BIND" --http-port 8180 --import-realm \
  >"$RUN/keycloak.log" 2>&1 &
PIDS+=($!)

start() { # module port: starts it in the background
  # From the application's directory, with the class archive the build wrote there for this JDK: a faster start. The
  # archive names quarkus-run.jar relative to that directory (the JVM ignores an archive whose class path differs, and
  # one that does not fit it). Relative settings keep meaning the repository's: the import root is its parent.
  (cd "$1/target/quarkus-app" && CATALOG_IMPORT_ROOT="${CATALOG_IMPORT_ROOT:-$(cd ../../../.. && pwd)}" \
    exec java $POD_JVM_OPTS -XX:SharedArchiveFile=app-cds.jsa -Xshare:auto -Dquarkus.profile=local \
    -Dquarkus.http.host="$BIND" -jar quarkus-run.jar) >"$RUN/$1.log" 2>&1 &
  PIDS+=($!)
}
# The reference web app (examples/web) on its own origin, http://localhost:5173: the TypeScript SDK is generated from
# the documents the build wrote, then the app is built and served. Needs Node.js 20+ and npm; CAREERCOMPASS_WEB=0 skips it.
WEB=false
if [ "${CAREERCOMPASS_WEB:-1}" != 0 ] && command -v npm >/dev/null; then
  WEB=true
  (
    set -e
    for dir in clients/typescript examples/web; do
      if [ ! -d "$dir/node_modules" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
        (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
      fi
    done
    (cd clients/typescript && npm run -s build) && (cd examples/web && npm run -s build)
    cd examples/web && exec node_modules/.bin/vite preview --host "$BIND" --port 5173 --strictPort
  ) >"$RUN/web.log" 2>&1 &
  PIDS+=($!)
fi
# The services start beside Keycloak: each is ready once its database is migrated and the provider answers
start occupation-catalog-service 8081
start assessment-service 8082
start plan-service 8083
wait_for http://localhost:8180/realms/career-compass/.well-known/openid-configuration keycloak
echo "  Keycloak ready ($(($(date +%s) - STARTED)) s)"
for service in occupation-catalog-service:8081 assessment-service:8082 plan-service:8083; do
  wait_for "http://localhost:${service#*:}/q/health/ready" "${service%%:*}"
  echo "  ${service%%:*} ready ($(($(date +%s) - STARTED)) s)"
done

WEB_LINE="  Web app:     (not started: Node.js/npm not found, or CAREERCOMPASS_WEB=0)"
if [ "$WEB" = true ]; then
  for _ in $(seq 1 240); do curl -sf http://localhost:5173/ >/dev/null && break; sleep 0.5; done
  if curl -sf http://localhost:5173/ >/dev/null; then
    WEB_LINE="  Web app:     http://localhost:5173 (examples/web: sign in as alice / alice)"
  else
    WEB_LINE="  Web app:     did not start; see $RUN/web.log"
  fi
fi

cat <<INFO

Career Compass is running (ready in $(($(date +%s) - STARTED)) s), on $BIND only (CAREERCOMPASS_BIND changes that).
$WEB_LINE
  Swagger UI:  catalog     http://localhost:8081/q/swagger-ui
               assessments http://localhost:8082/q/swagger-ui
               plans       http://localhost:8083/q/swagger-ui
  Authorize in Swagger UI with client id "career-compass-web" (authorization code + PKCE) as one of the dev users
  (development passwords, never for production):
    alice / alice   user            bob / bob   user
    carol / carol   counselor       admin / admin   user, catalog-admin, plan-admin
  A token from the command line:
    curl -s http://localhost:8180/realms/career-compass/protocol/openid-connect/token \\
      -d grant_type=password -d client_id=career-compass-web -d username=alice -d password=alice
  Keycloak admin console: http://localhost:8180/admin (kcadmin / kcadmin: a development password, never for
  production). Logs: target/run/. Ctrl-C stops everything.
INFO
wait
