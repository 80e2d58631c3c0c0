#!/usr/bin/env bash
# Runs Career Compass locally in dev mode: local PostgreSQL, in-process OIDC provider, curated seed catalog.
set -euo pipefail
cd "$(dirname "$0")"

PGHOST=${PGHOST:-127.0.0.1}
if ! pg_isready -h "$PGHOST" -q 2>/dev/null; then
  echo "Starting the local PostgreSQL server..."
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -n 1)" main start
  for _ in $(seq 1 30); do pg_isready -h "$PGHOST" -q && break; sleep 1; done
fi
if ! psql -h "$PGHOST" -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'careercompass'" | grep -q 1; then
  psql -h "$PGHOST" -U postgres -d postgres -qc "CREATE DATABASE careercompass"
fi

cat <<'INFO'
Career Compass (dev mode)
  Catalog API and Swagger UI: http://localhost:8081/q/swagger-ui
  Dev UI (get a token: OpenID Connect card): http://localhost:8081/q/dev-ui
  Dev users: alice (user), carol (counselor), admin (user, catalog-admin); any password.
  A token from the command line: the OIDC dev server's URL is printed below as "The oidc dev service is ready"; then
    curl -s -X POST <that URL>/token -d grant_type=password -d username=alice -d password=alice \
         -d client_id=quarkus-app -d client_secret=secret
INFO
./mvnw -q install -DskipTests
exec ./mvnw quarkus:dev -pl occupation-catalog-service
