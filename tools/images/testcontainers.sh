#!/usr/bin/env bash
# The tests' Testcontainers path, exercised: the suites run with a container engine as their only database. podman's
# Docker-compatible API is served on a socket, Testcontainers reaches it through DOCKER_HOST (its Ryuk reaper off:
# podman removes what it started when the JVM ends and the service stops), and TEST_DB=containers makes every suite
# take a PostgreSQL container, here the image tools/images/build.sh makes from Debian's packages (declared as a
# compatible substitute for the official one, which no registry serves here). Any suite that chose another database
# fails this script.
# Usage: tools/images/testcontainers.sh [maven arguments, default: verify]   (env: TEST_DB_IMAGE)
set -euo pipefail
trap 'echo "tools/images/testcontainers.sh: failed at line $LINENO: $BASH_COMMAND" >&2' ERR
cd "$(dirname "$0")/../.."
SOCKET=/run/podman/podman.sock
command -v podman >/dev/null || { echo "tools/images/testcontainers.sh: podman is missing (tools/images/setup-podman.sh installs it)" >&2; exit 1; }
export TEST_DB_IMAGE=${TEST_DB_IMAGE:-localhost/careercompass-postgres:15}
podman image exists "$TEST_DB_IMAGE" || bash tools/images/build.sh postgres
mkdir -p /run/podman target
podman system service --time=0 "unix://$SOCKET" >target/podman-service.log 2>&1 &
service=$!
trap 'kill $service 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -sf --unix-socket "$SOCKET" http://d/_ping >/dev/null 2>&1 && break; sleep 0.2; done
curl -sf --unix-socket "$SOCKET" http://d/_ping >/dev/null || { echo "tools/images/testcontainers.sh: podman's API does not answer on $SOCKET" >&2; exit 1; }
export DOCKER_HOST=unix://$SOCKET TESTCONTAINERS_RYUK_DISABLED=true TEST_DB=containers
[ $# -gt 0 ] || set -- verify
echo "Running ./mvnw $* with a PostgreSQL container as the only database (log: target/testcontainers-maven.log)..."
./mvnw "$@" >target/testcontainers-maven.log 2>&1 || {
  grep -E "Tests run:|FAIL|ERROR\]" target/testcontainers-maven.log | tail -40 >&2
  echo "tools/images/testcontainers.sh: the suites failed with a container database (target/testcontainers-maven.log)" >&2
  exit 1
}
chosen=$(grep -ho "Test database: [^ ]* ([^)]*)" target/testcontainers-maven.log | sed 's/jdbc:postgresql:[^ ]*/<url>/' | sort | uniq -c)
echo "Databases the suites chose:"
echo "$chosen"
if grep "Test database:" target/testcontainers-maven.log | grep -qv "Testcontainers"; then
  echo "tools/images/testcontainers.sh: a suite chose a database other than a container" >&2
  exit 1
fi
grep -q "Test database:" target/testcontainers-maven.log || { echo "tools/images/testcontainers.sh: no suite reported its database" >&2; exit 1; }
grep -E "Tests run:.*Skipped: [0-9]+$" target/testcontainers-maven.log | grep -v " -- in " | awk '{ r += $4; f += $6; e += $8; s += $10 } END { printf "Passed with a container database: %d tests run, %d failures, %d errors, %d skipped\n", r, f, e, s }'
