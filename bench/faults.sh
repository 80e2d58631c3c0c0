#!/usr/bin/env bash
# Fault drills on loopback, each under load from wrk, with results counted by status:
#  1. the catalog service is stopped while the assessment service serves matches, then started again:
#     expected 200 (stale-flagged) or 503 with Retry-After, never 500, and full recovery;
#  2. PostgreSQL is restarted while clients write plan actions: readiness goes down and up, writes commit or fail
#     cleanly, and every acknowledged write (201) is in the database afterwards;
#  3. the same with clients that send an Idempotency-Key and resend with it until acknowledged: exactly one row per key.
# Usage: bench/faults.sh   (env: PHASE=10 seconds per phase, CONNECTIONS=8)
set -euo pipefail
cd "$(dirname "$0")/.."
PHASE=${PHASE:-10}
CONNECTIONS=${CONNECTIONS:-8}
CAT=18181
ASM=18182
PLN=18183
DB=careercompass_faults
WORK=$(mktemp -d)
source bench/lib.sh
TOKEN=$(token drill-user user)
count() { grep -E '^status' "$1" | sort | tr '\n' ' '; echo; }

start_service catalog $CAT occupation-catalog-service/target/quarkus-app/quarkus-run.jar
CAT_PID=$LAST_PID
start_service assessment $ASM assessment-service/target/quarkus-app/quarkus-run.jar \
  -Dquarkus.rest-client.catalog.url="http://localhost:$CAT" -Dassessment.catalog.refresh-after=2S
ASM_PID=$LAST_PID
start_service plan $PLN plan-service/target/quarkus-app/quarkus-run.jar \
  -Dquarkus.rest-client.catalog.url="http://localhost:$CAT" -Dquarkus.rest-client.assessment.url="http://localhost:$ASM"
curl -sf -H "Authorization: Bearer $TOKEN" "http://localhost:$ASM/api/v1/instruments/riasec-v1" >"$WORK/riasec.json"
python3 bench/answer.py "$WORK/riasec.json" | curl -sf -o /dev/null -H "Authorization: Bearer $TOKEN" \
  -H 'Content-Type: application/json' -d @- "http://localhost:$ASM/api/v1/assessments"
curl -sf -o /dev/null -H "Authorization: Bearer $TOKEN" "http://localhost:$ASM/api/v1/matches"

echo "== Drill 1: catalog down for ${PHASE}s while $CONNECTIONS connections ask for matches ($((3 * PHASE))s total)"
wrk -t2 -c"$CONNECTIONS" -d"$((3 * PHASE))s" -s bench/status-count.lua -H "Authorization: Bearer $TOKEN" \
  "http://localhost:$ASM/api/v1/matches?size=5" >"$WORK/drill1.txt" &
WRK=$!
sleep "$PHASE"; kill "$CAT_PID"; wait "$CAT_PID" 2>/dev/null || true; echo "  catalog stopped"
sleep 3
curl -s "http://localhost:$ASM/api/v1/matches?size=1" -H "Authorization: Bearer $TOKEN" \
  | python3 -c 'import json,sys; print("  during the outage: catalog.stale =", json.load(sys.stdin)["catalog"]["stale"])'
sleep "$((PHASE - 3))"
start_service catalog $CAT occupation-catalog-service/target/quarkus-app/quarkus-run.jar
CAT_PID=$LAST_PID; echo "  catalog started again"
wait "$WRK"
echo "  responses: $(count "$WORK/drill1.txt")"
for _ in $(seq 1 30); do  # the circuit breaker half-opens after 10 s; then a revalidation succeeds
  stale=$(curl -s "http://localhost:$ASM/api/v1/matches?size=1" -H "Authorization: Bearer $TOKEN" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["catalog"]["stale"])')
  [ "$stale" = "False" ] && break
  sleep 1
done
echo "  after recovery: catalog.stale = $stale"

echo "== Drill 2: PostgreSQL restarted while $CONNECTIONS connections write plan actions"
PLAN=$(curl -sf -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d '{"title":"Drill"}' \
  "http://localhost:$PLN/api/v1/plans" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
GOAL=$(curl -sf -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d '{"title":"Drill goal","aim":"Survive restarts","measurableOutcome":"No lost writes","targetDate":"2030-01-01"}' \
  "http://localhost:$PLN/api/v1/plans/$PLAN/goals" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
cat bench/status-count.lua >"$WORK/post.lua"
cat >>"$WORK/post.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"type":"READING","title":"Drill write"}'
LUA
wrk -t2 -c"$CONNECTIONS" -d"$((3 * PHASE))s" -s "$WORK/post.lua" -H "Authorization: Bearer $TOKEN" \
  "http://localhost:$PLN/api/v1/plans/$PLAN/goals/$GOAL/actions" >"$WORK/drill2.txt" &
WRK=$!
( for _ in $(seq 1 $((3 * PHASE * 4))); do
    printf '%s %s\n' "$(date +%s.%N | cut -c1-14)" "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PLN/q/health/ready")"
    sleep 0.25
  done ) >"$WORK/ready.txt" &
READY=$!
sleep "$PHASE"
pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -n 1)" main restart
echo "  PostgreSQL restarted"
wait "$WRK"; wait "$READY" || true
acknowledged=$(grep -E '^status 201:' "$WORK/drill2.txt" | awk '{print $3}')
stored=$(psql -h 127.0.0.1 -U postgres -d "$DB" -tAc "SELECT count(*) FROM plan.action WHERE goal_id = '$GOAL'")
echo "  responses: $(count "$WORK/drill2.txt")"
echo "  readiness: $(awk '{print $2}' "$WORK/ready.txt" | uniq -c | awk '{printf "%s x%s, ", $2, $1}')"
echo "  acknowledged (201): ${acknowledged:-0}; rows stored: $stored"
[ "${acknowledged:-0}" -le "$stored" ] && echo "  no acknowledged write was lost" || echo "  LOST WRITES"

echo "== Drill 3: PostgreSQL restarted while $CONNECTIONS clients write with Idempotency-Key and resend on failure"
GOAL3=$(curl -sf -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d '{"title":"Retry goal","aim":"Exactly once","measurableOutcome":"One row per key","targetDate":"2030-01-01"}' \
  "http://localhost:$PLN/api/v1/plans/$PLAN/goals" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
python3 bench/retry-writer.py "http://localhost:$PLN/api/v1/plans/$PLAN/goals/$GOAL3/actions" "$TOKEN" \
  "$((3 * PHASE))" "$CONNECTIONS" "$WORK/keys.txt" >"$WORK/drill3.json" &
WRITER=$!
sleep "$PHASE"
pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -n 1)" main restart
echo "  PostgreSQL restarted"
wait "$WRITER"
echo "  clients: $(cat "$WORK/drill3.json")"
psql -h 127.0.0.1 -U postgres -d "$DB" -tAc "SELECT substring(title from 13) FROM plan.action WHERE goal_id = '$GOAL3'" \
  | sort >"$WORK/rows.txt"
sort "$WORK/keys.txt" | sed '/^$/d' >"$WORK/keys.sorted"
echo "  keys acknowledged: $(wc -l <"$WORK/keys.sorted"); rows: $(wc -l <"$WORK/rows.txt");" \
  "keys with more than one row: $(uniq -d "$WORK/rows.txt" | wc -l);" \
  "acknowledged keys without a row: $(comm -23 "$WORK/keys.sorted" <(uniq "$WORK/rows.txt") | wc -l);" \
  "rows whose key was never acknowledged: $(comm -13 "$WORK/keys.sorted" <(uniq "$WORK/rows.txt") | wc -l)"
