#!/usr/bin/env bash
# The images, run as a user would: builds them (tools/images/build.sh), starts the pod of tools/images/stack.sh
# (PostgreSQL, Keycloak with the dev realm, the three services, from a fresh database volume) and walks the smoke
# journey of ./run.sh through it with a real Keycloak token: search, an interest assessment, matches, a plan with a
# goal. Then: PostgreSQL's container and the plan service's restarted, and the whole pod taken down and up, the plan
# read again each time (no data loss); each
# service image's HEALTHCHECK; SIGTERM under load for the catalog and the plan service (tools/images/drain.py: no
# request sent before the signal may fail); the pod removed with its volume.
# Usage: tools/images/smoke.sh   (env: BASE as tools/images/build.sh; SKIP_BUILD=1 uses the images already built)
set -euo pipefail
trap 'echo "tools/images/smoke.sh: failed at line $LINENO: $BASH_COMMAND" >&2' ERR
cd "$(dirname "$0")/../.."
WORK=$(mktemp -d)
trap 'tools/images/stack.sh down --volumes; rm -rf "$WORK"' EXIT
command -v podman >/dev/null || { echo "tools/images/smoke.sh: podman is missing (tools/images/setup-podman.sh installs it)" >&2; exit 1; }
podman info >/dev/null 2>&1 || { echo "tools/images/smoke.sh: podman cannot run containers here: $(podman info 2>&1 | tail -1)" >&2; exit 1; }
[ "${SKIP_BUILD:-}" = 1 ] || bash tools/images/build.sh
t_journey=$(date +%s%N)
tools/images/stack.sh down --volumes
tools/images/stack.sh up

TOKEN=$(curl -sf http://localhost:8180/realms/career-compass/protocol/openid-connect/token -d grant_type=password \
  -d client_id=career-compass-web -d username=alice -d password=alice | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
get() { curl -sf -H "Authorization: Bearer $TOKEN" "$1"; }
post() { curl -sf -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "$2" "$1"; }
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
ready() { # ready URL LABEL: until the URL answers (2 minutes at most)
  for _ in $(seq 240); do curl -sf "$1" >/dev/null && return 0; sleep 0.5; done
  echo "tools/images/smoke.sh: $2 did not come back" >&2
  exit 1
}

echo "token: alice from Keycloak"
top=$(get "http://localhost:8081/api/v1/occupations?q=receptionist&size=1" | json 'd["items"][0]["code"]')
[ "$top" = 43-4171.00 ] || { echo "search: receptionist found $top first" >&2; exit 1; }
echo "search: receptionist -> $top"
get "http://localhost:8082/api/v1/instruments/riasec-v1" >"$WORK/riasec.json"
python3 bench/answer.py "$WORK/riasec.json" >"$WORK/answers.json"
post "http://localhost:8082/api/v1/assessments" "@$WORK/answers.json" | json '"assessment: " + d["instrument"]'
get "http://localhost:8082/api/v1/matches?size=3" | json '"matches: " + str(d["totalItems"]) + " ranked, first " + d["items"][0]["code"]'
plan=$(post "http://localhost:8083/api/v1/plans" '{"title":"Smoke plan"}' | json 'd["id"]')
post "http://localhost:8083/api/v1/plans/$plan/goals" \
  '{"title":"Become an office manager","targetOccupation":"43-1011.00","measurableOutcome":"Hired","targetDate":"2030-01-01"}' \
  | json '"goal: " + d["title"]'

# The database restarted under the running services: their first requests after it (no readiness check before them,
# which would take the stale connections first) must be answered
t0=$(date +%s%N)
podman restart -t 30 career-compass-postgres >/dev/null
for _ in $(seq 120); do pg_isready -q -h 127.0.0.1 -p 15432 && break; sleep 0.5; done
get "http://localhost:8081/api/v1/occupations?q=nurse&size=1" >/dev/null || { echo "tools/images/smoke.sh: the catalog failed its first request after the database restarted" >&2; exit 1; }
get "http://localhost:8082/api/v1/matches?size=1" >/dev/null || { echo "tools/images/smoke.sh: the assessment service failed its first request after the database restarted" >&2; exit 1; }
goals=$(get "http://localhost:8083/api/v1/plans/$plan/goals" | json 'd["totalItems"]')
[ "$goals" = 1 ] || { echo "tools/images/smoke.sh: after the database restarted the plan has $goals goals" >&2; exit 1; }
echo "career-compass-postgres restarted ($(( ($(date +%s%N) - t0) / 1000000 )) ms): the services' first requests answered, the plan and its goal are there"
t0=$(date +%s%N)
podman restart -t 30 career-compass-plan-service >/dev/null
ready http://localhost:8083/q/health/ready "plan-service after its restart"
goals=$(get "http://localhost:8083/api/v1/plans/$plan/goals" | json 'd["totalItems"]')
[ "$goals" = 1 ] || { echo "tools/images/smoke.sh: after the plan service restarted the plan has $goals goals" >&2; exit 1; }
echo "career-compass-plan-service restarted, ready again after $(( ($(date +%s%N) - t0) / 1000000 )) ms: the plan and its goal are there"
# The pod taken down and started again, as a user stops and resumes: the volumes keep the database and Keycloak's
# users (whose ids own the plans), so alice finds her plan with a new token
t0=$(date +%s%N)
tools/images/stack.sh down
tools/images/stack.sh up >/dev/null
TOKEN=$(curl -sf http://localhost:8180/realms/career-compass/protocol/openid-connect/token -d grant_type=password \
  -d client_id=career-compass-web -d username=alice -d password=alice | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
goals=$(get "http://localhost:8083/api/v1/plans/$plan/goals" | json 'd["totalItems"]')
[ "$goals" = 1 ] || { echo "tools/images/smoke.sh: after the pod was taken down and up the plan has $goals goals" >&2; exit 1; }
echo "pod down and up again ($(( ($(date +%s%N) - t0) / 1000000 )) ms): alice's plan and its goal are there"
for svc in occupation-catalog-service assessment-service plan-service; do
  out=$(podman healthcheck run "career-compass-$svc" 2>&1) || { echo "career-compass-$svc: HEALTHCHECK failed: $out" >&2; exit 1; }
done
echo "HEALTHCHECK: healthy x3"
python3 tools/images/drain.py "http://localhost:8081/api/v1/occupations?q=nurse&size=5" "$TOKEN" career-compass-occupation-catalog-service
python3 tools/images/drain.py "http://localhost:8083/api/v1/plans/$plan" "$TOKEN" career-compass-plan-service
echo "container smoke journey passed in $(( ($(date +%s%N) - t_journey) / 1000000 )) ms"
