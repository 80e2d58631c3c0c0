#!/usr/bin/env bash
# The images, run as a user would: builds them (tools/images/build.sh), starts the three service containers with
# podman against the host's PostgreSQL (a fresh database) and walks the smoke journey through them: search, an
# interest assessment, matches, a plan with a goal; then restarts the plan container and reads the plan again (no data
# loss), checks each image's HEALTHCHECK, and stops them with SIGTERM (graceful: exit within the timeout). Tokens are
# signed with a local key the services are given (the bench profile), so no identity provider is needed.
# Usage: tools/images/smoke.sh   (env: BASE as tools/images/build.sh; SKIP_BUILD=1 uses the images already built)
set -euo pipefail
trap 'echo "tools/images/smoke.sh: failed at line $LINENO: $BASH_COMMAND" >&2' ERR
cd "$(dirname "$0")/../.."
TAG=${TAG:-0.1.0}
DB=careercompass_images
WORK=$(mktemp -d)
NAMES=(cc-smoke-catalog cc-smoke-assessment cc-smoke-plan)
remove() { podman rm -f "${NAMES[@]}" >/dev/null 2>&1 || true; }
trap 'remove; rm -rf "$WORK"' EXIT
command -v podman >/dev/null || { echo "tools/images/smoke.sh: podman is missing (tools/images/setup-podman.sh installs it)" >&2; exit 1; }
podman info >/dev/null 2>&1 || { echo "tools/images/smoke.sh: podman cannot run containers here: $(podman info 2>&1 | tail -1)" >&2; exit 1; }
[ "${SKIP_BUILD:-}" = 1 ] || bash tools/images/build.sh
remove
psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $DB" -qc "CREATE DATABASE $DB" 2>/dev/null
openssl genrsa -out "$WORK/key.pem" 2048 2>/dev/null
openssl rsa -in "$WORK/key.pem" -pubout -out "$WORK/pub.pem" 2>/dev/null
PUB=$(grep -v -- '-----' "$WORK/pub.pem" | tr -d '\n')
TOKEN=$(python3 bench/jwt.py "$WORK/key.pem" smoke-user user)
CAT=18281 ASM=18282 PLN=18283

ready() { # ready NAME PORT: waits up to 2 minutes for the container's readiness; shows its log when it never comes
  for _ in $(seq 240); do curl -sf "http://localhost:$2/q/health/ready" >/dev/null && return 0; sleep 0.5; done
  podman logs "$1" | tail -20
  echo "$1 did not become ready" >&2
  exit 1
}
run() { # run NAME IMAGE PORT [env...]: starts a container on the host network and waits until it is ready
  local name=$1 image=$2 port=$3; shift 3
  local t0; t0=$(date +%s%N)
  podman run -d --name "$name" --network host --memory 512m -e QUARKUS_PROFILE=bench -e QUARKUS_OIDC_PUBLIC_KEY="$PUB" \
    -e QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" -e QUARKUS_DATASOURCE_USERNAME=postgres \
    -e QUARKUS_HTTP_PORT="$port" -e GC_CONTAINER_OPTIONS=-XX:+UseSerialGC -e JAVA_MAX_MEM_RATIO=25 -e MALLOC_ARENA_MAX=2 \
    "$@" "ghcr.io/careercompass/$image:$TAG" >/dev/null
  ready "$name" "$port"
  echo "$name ready in $(( ($(date +%s%N) - t0) / 1000000 )) ms, $(podman stats --no-stream --format '{{.MemUsage}}' "$name" | cut -d/ -f1)"
}
get() { curl -sf -H "Authorization: Bearer $TOKEN" "$1"; }
post() { curl -sf -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "$2" "$1"; }
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

t_journey=$(date +%s%N)
run cc-smoke-catalog occupation-catalog-service $CAT
run cc-smoke-assessment assessment-service $ASM -e QUARKUS_REST_CLIENT_CATALOG_URL="http://localhost:$CAT"
run cc-smoke-plan plan-service $PLN -e QUARKUS_REST_CLIENT_CATALOG_URL="http://localhost:$CAT" \
  -e QUARKUS_REST_CLIENT_ASSESSMENT_URL="http://localhost:$ASM"

top=$(get "http://localhost:$CAT/api/v1/occupations?q=receptionist&size=1" | json 'd["items"][0]["code"]')
[ "$top" = 43-4171.00 ] || { echo "search: receptionist found $top first" >&2; exit 1; }
echo "search: receptionist -> $top"
get "http://localhost:$ASM/api/v1/instruments/riasec-v1" >"$WORK/riasec.json"
python3 bench/answer.py "$WORK/riasec.json" >"$WORK/answers.json"
post "http://localhost:$ASM/api/v1/assessments" "@$WORK/answers.json" | json '"assessment: " + d["instrument"]'
get "http://localhost:$ASM/api/v1/matches?size=3" | json '"matches: " + str(d["totalItems"]) + " ranked, first " + d["items"][0]["code"]'
plan=$(post "http://localhost:$PLN/api/v1/plans" '{"title":"Smoke plan"}' | json 'd["id"]')
post "http://localhost:$PLN/api/v1/plans/$plan/goals" \
  '{"title":"Become an office manager","targetOccupation":"43-1011.00","measurableOutcome":"Hired","targetDate":"2030-01-01"}' \
  | json '"goal: " + d["title"]'
podman restart -t 30 cc-smoke-plan >/dev/null
ready cc-smoke-plan $PLN
goals=$(get "http://localhost:$PLN/api/v1/plans/$plan/goals" | json 'd["totalItems"]')
[ "$goals" = 1 ] || { echo "after a restart the plan has $goals goals" >&2; exit 1; }
echo "plan container restarted: the plan and its goal are there"
for name in "${NAMES[@]}"; do
  out=$(podman healthcheck run "$name" 2>&1) || { echo "$name: HEALTHCHECK failed: $out" >&2; exit 1; }
done
echo "HEALTHCHECK: healthy x3"
for name in "${NAMES[@]}"; do
  t0=$(date +%s%N)
  podman stop -t 30 "$name" >/dev/null
  code=$(podman inspect --format '{{.State.ExitCode}}' "$name")
  echo "$name stopped (SIGTERM) in $(( ($(date +%s%N) - t0) / 1000000 )) ms, exit code $code"
  [ "$code" = 0 ] || [ "$code" = 143 ] || { echo "$name exited with $code" >&2; exit 1; }
done
echo "container smoke journey passed in $(( ($(date +%s%N) - t_journey) / 1000000 )) ms"
psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $DB" 2>/dev/null
