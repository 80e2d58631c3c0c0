#!/usr/bin/env bash
# Runs Career Compass locally: the three services, a local PostgreSQL database, and Keycloak (the reference OIDC
# provider, from its Maven Central distribution) with the realm of deploy/kubernetes/base: ready users, no Docker needed.
# Ctrl-C stops everything. Logs: target/run/*.log
set -euo pipefail
cd "$(dirname "$0")"
KEYCLOAK_VERSION=26.4.7
RUN=target/run
mkdir -p "$RUN"
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT INT TERM

# PostgreSQL and the local database
PGHOST=${PGHOST:-127.0.0.1}
if ! pg_isready -h "$PGHOST" -q 2>/dev/null; then
  echo "Starting the local PostgreSQL server..."
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -n 1)" main start
  for _ in $(seq 1 30); do pg_isready -h "$PGHOST" -q && break; sleep 1; done
fi
psql -h "$PGHOST" -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'careercompass'" | grep -q 1 \
  || psql -h "$PGHOST" -U postgres -d postgres -qc "CREATE DATABASE careercompass"

# Keycloak needs Java 21 or newer; the services run on the default Java (17+)
KC_JAVA=${KC_JAVA_HOME:-}
if [ -z "$KC_JAVA" ]; then
  for candidate in /usr/lib/jvm/temurin-2[1-9]* /usr/lib/jvm/java-2[1-9]* /usr/lib/jvm/temurin-[3-9]*; do
    [ -x "$candidate/bin/java" ] && KC_JAVA=$candidate && break
  done
fi
[ -n "$KC_JAVA" ] || { echo "Keycloak needs Java 21+: set KC_JAVA_HOME" >&2; exit 1; }

echo "Building the services..."
./mvnw -q install -DskipTests
if [ ! -x "$RUN/keycloak-$KEYCLOAK_VERSION/bin/kc.sh" ]; then
  echo "Fetching Keycloak $KEYCLOAK_VERSION from Maven Central..."
  ./mvnw -q dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" -DoutputDirectory="$RUN"
  (cd "$RUN" && unzip -q -o "keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip")
fi
mkdir -p "$RUN/keycloak-$KEYCLOAK_VERSION/data/import"
cp deploy/kubernetes/base/career-compass-realm.json "$RUN/keycloak-$KEYCLOAK_VERSION/data/import/"

wait_for() { # url name
  for _ in $(seq 1 240); do curl -sf "$1" >/dev/null && return 0; sleep 0.5; done
  echo "$2 did not start; see $RUN/$2.log" >&2; exit 1
}

echo "Starting Keycloak on :8180..."
JAVA_HOME="$KC_JAVA" KC_BOOTSTRAP_ADMIN_USERNAME=kcadmin KC_BOOTSTRAP_ADMIN_PASSWORD=kcadmin \
  "$RUN/keycloak-$KEYCLOAK_VERSION/bin/kc.sh" start-dev --http-port 8180 --import-realm >"$RUN/keycloak.log" 2>&1 &
PIDS+=($!)
wait_for http://localhost:8180/realms/career-compass/.well-known/openid-configuration keycloak

start() { # module port
  java -Dquarkus.profile=local -jar "$1/target/quarkus-app/quarkus-run.jar" >"$RUN/$1.log" 2>&1 &
  PIDS+=($!)
  wait_for "http://localhost:$2/q/health/ready" "$1"
}
echo "Starting the services..."
start occupation-catalog-service 8081
start assessment-service 8082
start plan-service 8083

cat <<'INFO'

Career Compass is running.
  Swagger UI:  catalog     http://localhost:8081/q/swagger-ui
               assessments http://localhost:8082/q/swagger-ui
               plans       http://localhost:8083/q/swagger-ui
  Authorize in Swagger UI with client id "career-compass-web" (authorization code + PKCE) as one of the dev users
  (development passwords, never for production):
    alice / alice   user            bob / bob   user
    carol / carol   counselor       admin / admin   user, catalog-admin, plan-admin
  A token from the command line:
    curl -s http://localhost:8180/realms/career-compass/protocol/openid-connect/token \
      -d grant_type=password -d client_id=career-compass-web -d username=alice -d password=alice
  Keycloak admin console: http://localhost:8180 (kcadmin / kcadmin). Logs: target/run/. Ctrl-C stops everything.
INFO
wait
