#!/usr/bin/env bash
# Career Compass from its images on one machine, as a pod: PostgreSQL, Keycloak (with the dev realm) and the three
# services, with the dev overlay's settings (tools/images/pod.py renders the pod from
# `kubectl kustomize deploy/kubernetes/overlays/dev`; `podman play kube` runs it). The pod shares the host's network:
# services on 8081-8083 and Keycloak on 8180 as with ./run.sh, PostgreSQL on 15432. The data is in the podman volumes
# careercompass-pgdata and careercompass-keycloak-data, kept across `down` unless --volumes is given.
# Usage: tools/images/stack.sh up | down [--volumes] | manifest     (images: tools/images/build.sh)
set -euo pipefail
trap 'echo "tools/images/stack.sh: failed at line $LINENO: $BASH_COMMAND" >&2' ERR
cd "$(dirname "$0")/../.."
KEYCLOAK_VERSION=$(sed -n 's/^KEYCLOAK_VERSION=//p' run.sh)
export KEYCLOAK_IMAGE=${KEYCLOAK_IMAGE:-localhost/careercompass-keycloak:$KEYCLOAK_VERSION}
export PGPORT=${PGPORT:-15432}
MANIFEST=target/images/career-compass-pod.yaml

manifest() {
  mkdir -p target/images
  kubectl kustomize deploy/kubernetes/overlays/dev | python3 tools/images/pod.py >"$MANIFEST"
}

wait_for() { # wait_for LABEL CONTAINER COMMAND...: until the command succeeds (3 minutes at most), then says when
  local label=$1 container=$2 t0=$3; shift 3
  for _ in $(seq 360); do
    if [ "$(podman inspect --format '{{.RestartCount}}' "$container")" != 0 ]; then
      podman logs --tail 30 "$container" >&2 || true
      echo "tools/images/stack.sh: $label stopped before it was ready (its log above)" >&2
      exit 1
    fi
    if "$@" >/dev/null 2>&1; then
      echo "  $label ready after $(( ($(date +%s%N) - t0) / 1000000 )) ms, $(podman stats --no-stream --format '{{.MemUsage}}' "$container" | cut -d/ -f1)"
      return 0
    fi
    sleep 0.5
  done
  podman logs --tail 30 "$container" >&2 || true
  echo "tools/images/stack.sh: $label did not become ready in 3 minutes" >&2
  exit 1
}

up() {
  command -v podman >/dev/null || { echo "tools/images/stack.sh: podman is missing (tools/images/setup-podman.sh installs it)" >&2; exit 1; }
  for port in 8081 8082 8083 8180 9180 "$PGPORT"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "tools/images/stack.sh: port $port is taken (is ./run.sh running?)" >&2
      exit 1
    fi
  done
  manifest
  local t0
  t0=$(date +%s%N)
  # (podman logs that it cannot reach systemd for the healthcheck timers when systemd does not run: harmless)
  # (a file, not a pipe: the containers' monitors would hold a pipe open after podman returns)
  podman play kube --replace "$MANIFEST" >/dev/null 2>target/images/play.log ||
    { cat target/images/play.log >&2; exit 1; }
  grep -v "unable to get systemd connection" target/images/play.log >&2 || true
  echo "Pod career-compass started; waiting for each container:"
  wait_for PostgreSQL career-compass-postgres "$t0" pg_isready -q -h 127.0.0.1 -p "$PGPORT"
  wait_for Keycloak career-compass-keycloak "$t0" curl -sf http://localhost:9180/health/ready
  wait_for occupation-catalog-service career-compass-occupation-catalog-service "$t0" curl -sf http://localhost:8081/q/health/ready
  wait_for assessment-service career-compass-assessment-service "$t0" curl -sf http://localhost:8082/q/health/ready
  wait_for plan-service career-compass-plan-service "$t0" curl -sf http://localhost:8083/q/health/ready
  cat <<TXT
Career Compass is running from its images (pod career-compass):
  Swagger UI: http://localhost:8081/q/swagger-ui  http://localhost:8082/q/swagger-ui  http://localhost:8083/q/swagger-ui
  Keycloak:   http://localhost:8180 (users alice, bob, carol, admin: the dev realm's development passwords)
  Stop:       tools/images/stack.sh down   (add --volumes to delete the database)
TXT
}

down() {
  [ -f "$MANIFEST" ] || manifest
  podman play kube --down "$MANIFEST" >/dev/null 2>&1 || true
  if [ "${1:-}" = --volumes ]; then
    podman volume rm -f careercompass-pgdata careercompass-keycloak-data >/dev/null 2>&1 || true
  fi
}

case ${1:-} in
  up) up ;;
  down) down "${2:-}" ;;
  manifest) manifest && cat "$MANIFEST" ;;
  *) echo "usage: tools/images/stack.sh up | down [--volumes] | manifest" >&2; exit 2 ;;
esac
