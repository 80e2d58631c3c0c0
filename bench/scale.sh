#!/usr/bin/env bash
# Scale: what a read, a write, an export and an erasure cost with 1M plans / 10M actions in the plan service and 1M
# assessments in the assessment service, against the same on an empty database, in one run (ratios of the same run);
# and how large the retention-bounded tables grow in a simulated week of traffic, and what the purge job costs.
#   bash bench/scale.sh                      # the full figures of docs/benchmarks.md
#   PLANS=100000 ASSESSMENTS=100000 WARMUP=10s DURATION=5s bash bench/scale.sh    # a quick look
# Each wrk row: a warm-up of WARMUP (40 s), then RUNS (3) runs of DURATION (10 s); the median run is reported.
# Erasure: ERASE_PEOPLE (100) people, each with a plan of one goal and 10 actions (or one assessment), erased one after
# another with DELETE /api/v1/me; the median and 90th percentile latency are reported.
set -euo pipefail
cd "$(dirname "$0")/.."
PLANS=${PLANS:-1000000}
ACTIONS_PER_PLAN=${ACTIONS_PER_PLAN:-10}
ASSESSMENTS=${ASSESSMENTS:-1000000}
WARMUP=${WARMUP:-40s}
DURATION=${DURATION:-10s}
RUNS=${RUNS:-3}
ERASE_PEOPLE=${ERASE_PEOPLE:-100}
# a week of traffic for the retention tables: keyed POSTs and counselor reads per day
KEYED_POSTS_PER_DAY=${KEYED_POSTS_PER_DAY:-200000}
COUNSELOR_READS_PER_DAY=${COUNSELOR_READS_PER_DAY:-50000}
CAT=18181 ASM=18182 PLN=18183
DB=careercompass_scale
WORK=$(mktemp -d)
source bench/lib.sh
USER_TOKEN=$(token scale-user user)
sql() { psql -h 127.0.0.1 -U postgres -d "$DB" -v ON_ERROR_STOP=1 -qtA "$@"; }

start_service catalog $CAT occupation-catalog-service/target/quarkus-app/quarkus-run.jar \
  -Dcatalog.importer.data-root=/nonexistent
start_service assessment $ASM assessment-service/target/quarkus-app/quarkus-run.jar \
  -Dquarkus.rest-client.catalog.url="http://localhost:$CAT"
# the retention job of the plan service runs every 10 s here, so the simulated week below is purged while we watch
start_service plan $PLN plan-service/target/quarkus-app/quarkus-run.jar \
  -Dquarkus.rest-client.catalog.url="http://localhost:$CAT" -Dquarkus.rest-client.assessment.url="http://localhost:$ASM" \
  -Dcareercompass.retention.purge-every=10s -Dcareercompass.retention.first-purge-after=10s \
  -Dquarkus.log.category.\"org.careercompass.commons.retention\".level=INFO

# The measured person: a plan of 3 goals with 4 actions each (the reads), a fourth goal (the writes), one assessment
api() { curl -sf -H "Authorization: Bearer $USER_TOKEN" -H 'Content-Type: application/json' "$@"; }
id() { python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])'; }
PLAN=$(api -d '{"title":"Scale plan"}' "http://localhost:$PLN/api/v1/plans" | id)
for g in 1 2 3 4; do
  GOAL=$(api -d "{\"title\":\"Goal $g\",\"targetOccupation\":\"43-4171.00\",\"measurableOutcome\":\"Hired\",\"targetDate\":\"2030-01-01\"}" \
    "http://localhost:$PLN/api/v1/plans/$PLAN/goals" | id)
  [ "$g" = 4 ] && break
  for a in 1 2 3 4; do
    api -o /dev/null -d "{\"type\":\"COURSE\",\"title\":\"Course $g.$a\",\"dueDate\":\"2029-0$a-15\",\"effortHours\":10}" \
      "http://localhost:$PLN/api/v1/plans/$PLAN/goals/$GOAL/actions"
  done
done
api "http://localhost:$ASM/api/v1/instruments/riasec-v1" >"$WORK/riasec.json"
python3 bench/answer.py "$WORK/riasec.json" | api -o /dev/null -d @- "http://localhost:$ASM/api/v1/assessments"
cat >"$WORK/write.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"type":"NETWORKING","title":"Meet-up","dueDate":"2029-06-01"}'
LUA

# people to erase: a plan with one goal and ACTIONS_PER_PLAN actions, and one assessment, each
seed_erasable() { # prefix
  sql -v prefix="$1" -v n="$ERASE_PEOPLE" -v per="$ACTIONS_PER_PLAN" <<'SQL'
INSERT INTO plan.plan (id, owner_id, owner_name, title, phase, created_at, updated_at)
  SELECT md5(:'prefix' || 'p' || i)::uuid, :'prefix' || i || '-id', :'prefix' || i, 'Plan', 'PREPARATION', now(), now()
  FROM generate_series(1, :n) i;
INSERT INTO plan.goal (id, plan_id, title, target_occupation, target_title, measurable_outcome, target_date, status,
    created_at, updated_at)
  SELECT md5(:'prefix' || 'g' || i)::uuid, md5(:'prefix' || 'p' || i)::uuid, 'Goal', '43-4171.00', 'Receptionists',
    'Hired', date '2030-01-01', 'ACTIVE', now(), now() FROM generate_series(1, :n) i;
INSERT INTO plan.action (id, goal_id, type, title, due_date, status, effort_hours, created_at, updated_at)
  SELECT gen_random_uuid(), md5(:'prefix' || 'g' || i)::uuid, 'COURSE', 'Course ' || j, date '2029-01-01' + j,
    'PLANNED', 10, now(), now() FROM generate_series(1, :n) i, generate_series(1, :per) j;
INSERT INTO assessment.assessment (id, owner_id, owner_name, instrument_id, instrument_version, kind, answers, result,
    taken_at)
  SELECT gen_random_uuid(), :'prefix' || i || '-id', :'prefix' || i, a.instrument_id, a.instrument_version, a.kind,
    a.answers, a.result, now()
  FROM generate_series(1, :n) i, (SELECT * FROM assessment.assessment WHERE owner_id = 'scale-user-id' LIMIT 1) a;
SQL
}

wrk_median() { # label url [lua]
  local script=()
  [ -n "${3:-}" ] && script=(-s "$3")
  wrk -t2 -c8 -d"$WARMUP" "${script[@]}" -H "Authorization: Bearer $USER_TOKEN" "$2" >/dev/null
  local runs=()
  for _ in $(seq 1 "$RUNS"); do
    wrk -t2 -c8 -d"$DURATION" --latency "${script[@]}" -H "Authorization: Bearer $USER_TOKEN" "$2" >"$WORK/wrk.txt"
    runs+=("$(awk '/Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} /Non-2xx/ {bad=$NF}
      END {printf "%s %s %s %s", rps, p50, p99, (bad==""?0:bad)}' "$WORK/wrk.txt")")
  done
  printf '%s\n' "${runs[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p" | {
    read -r rps p50 p99 bad; echo "$1|$rps|$p50|$p99|$bad"; }
}

erase_latency() { # label port prefix: erases each seeded person in turn, prints the median and p90 in ms
  for i in $(seq 1 "$ERASE_PEOPLE"); do
    curl -s -o /dev/null -w '%{time_total}\n' -X DELETE -H "Authorization: Bearer $(token "$3$i" user)" \
      "http://localhost:$2/api/v1/me"
  done | sort -n | awk -v label="$1" '{t[NR]=$1*1000} END {printf "%s|%.1f|%.1f\n", label, t[int((NR+1)/2)], t[int(NR*0.9)]}'
}

measure() { # phase
  wrk_median "$1: read a plan (GET /plans/{id})" "http://localhost:$PLN/api/v1/plans/$PLAN"
  wrk_median "$1: plan export (GET /me/export)" "http://localhost:$PLN/api/v1/me/export"
  wrk_median "$1: list assessments (GET /assessments)" "http://localhost:$ASM/api/v1/assessments"
  wrk_median "$1: assessment export (GET /me/export)" "http://localhost:$ASM/api/v1/me/export"
  wrk_median "$1: add an action (POST .../actions)" "http://localhost:$PLN/api/v1/plans/$PLAN/goals/$GOAL/actions" \
    "$WORK/write.lua"
  # the writes above added actions to the fourth goal: back to the same plan for the next phase
  sql -c "DELETE FROM plan.action WHERE goal_id = '$GOAL'; DELETE FROM plan.plan_event WHERE plan_id = '$PLAN' AND kind = 'ACTION_CREATED'" 2>/dev/null || true
  seed_erasable "erase-$1-"
  erase_latency "$1: erase a person (plan service)" $PLN "erase-$1-" >>"$WORK/erase.txt"
  erase_latency "$1: erase a person (assessment service)" $ASM "erase-$1-" >>"$WORK/erase.txt"
}

echo "== empty database (the measured person only)"
measure empty | tee "$WORK/empty.txt"

echo "== seeding $PLANS plans with $ACTIONS_PER_PLAN actions each and $ASSESSMENTS assessments"
t0=$(date +%s)
sql -v n="$PLANS" -v per="$ACTIONS_PER_PLAN" -v m="$ASSESSMENTS" <<'SQL'
INSERT INTO plan.plan (id, owner_id, owner_name, title, phase, created_at, updated_at)
  SELECT md5('p' || i)::uuid, 'seed' || i || '-id', 'seed' || i, 'Plan ' || i, 'PREPARATION', now(), now()
  FROM generate_series(1, :n) i;
INSERT INTO plan.goal (id, plan_id, title, target_occupation, target_title, measurable_outcome, target_date, status,
    created_at, updated_at)
  SELECT md5('g' || i)::uuid, md5('p' || i)::uuid, 'Goal', '43-4171.00', 'Receptionists', 'Hired',
    date '2030-01-01', 'ACTIVE', now(), now() FROM generate_series(1, :n) i;
INSERT INTO plan.action (id, goal_id, type, title, due_date, status, effort_hours, created_at, updated_at)
  SELECT gen_random_uuid(), md5('g' || i)::uuid, 'COURSE', 'Course ' || j, date '2029-01-01' + j, 'PLANNED', 10,
    now(), now() FROM generate_series(1, :n) i, generate_series(1, :per) j;
INSERT INTO plan.plan_event (plan_id, at, actor, kind, subject_id)
  SELECT md5('p' || i)::uuid, now(), 'seed' || i, 'PLAN_CREATED', md5('p' || i)::uuid FROM generate_series(1, :n) i;
INSERT INTO assessment.assessment (id, owner_id, owner_name, instrument_id, instrument_version, kind, answers, result,
    taken_at)
  SELECT gen_random_uuid(), 'seed' || i || '-id', 'seed' || i, a.instrument_id, a.instrument_version, a.kind,
    a.answers, a.result, now()
  FROM generate_series(1, :m) i, (SELECT * FROM assessment.assessment WHERE owner_id = 'scale-user-id' LIMIT 1) a;
VACUUM ANALYZE plan.plan, plan.goal, plan.action, plan.plan_event, assessment.assessment;
SQL
echo "seeded in $(( $(date +%s) - t0 )) s: plan schema $(sql -c "SELECT pg_size_pretty(sum(pg_total_relation_size(c.oid))) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'plan' AND c.relkind = 'r'"), assessment schema $(sql -c "SELECT pg_size_pretty(sum(pg_total_relation_size(c.oid))) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'assessment' AND c.relkind = 'r'")"

echo "== seeded database"
measure seeded | tee "$WORK/seeded.txt"

echo
echo "| Operation | empty req/s (p50, p99) | seeded req/s (p50, p99) | seeded / empty |"
echo "|---|---|---|---|"
paste -d'|' "$WORK/empty.txt" "$WORK/seeded.txt" | awk -F'|' '{
  sub(/^empty: /, "", $1); printf "| %s | %s (%s, %s) | %s (%s, %s) | %.0f%% |\n", $1, $2, $3, $4, $7, $8, $9, 100*$7/$2 }'
echo
echo "| Erasure (DELETE /api/v1/me, one person) | median ms | p90 ms |"
echo "|---|---|---|"
awk -F'|' '{printf "| %s | %s | %s |\n", $1, $2, $3}' "$WORK/erase.txt"

echo
echo "== a simulated week of retention-bounded rows in the plan service: $KEYED_POSTS_PER_DAY keyed POSTs and" \
  "$COUNSELOR_READS_PER_DAY counselor reads a day"
BODY=$(api "http://localhost:$PLN/api/v1/plans/$PLAN" | sed "s/'/''/g")
size() { sql -c "SELECT pg_size_pretty(pg_total_relation_size('plan.$1')) || ' (' || (SELECT count(*) FROM plan.$1) || ' rows)'"; }
sql -v n="$((KEYED_POSTS_PER_DAY * 7))" -v m="$((COUNSELOR_READS_PER_DAY * 7))" -v body="$BODY" <<'SQL'
INSERT INTO plan.idempotency_key (owner, idem_key, request_hash, status, location, content_type, body, request,
    created_at)
  SELECT 'seed' || (i % 100000) || '-id', md5('k' || i), md5('h' || i) || md5('x' || i), 201,
    '/api/v1/plans/' || md5('p' || i)::uuid, 'application/json', :'body', 'POST /api/v1/plans',
    now() - (i::float8 / :n) * interval '7 days' FROM generate_series(1, :n) i;
INSERT INTO plan.access_log (owner_id, reader, what, at)
  SELECT 'seed' || (i % 100000) || '-id', 'counselor' || (i % 500), 'GET /api/v1/plans/' || md5('p' || i)::uuid,
    now() - (i::float8 / :m) * interval '7 days' FROM generate_series(1, :m) i;
SQL
echo "before the purge: idempotency_key $(size idempotency_key), access_log $(size access_log)"
: >"$WORK/purged"
for _ in $(seq 1 120); do grep -q "retention: purged" "$WORK/plan.log" && break; sleep 1; done
grep "retention: purged" "$WORK/plan.log" | tail -1 | sed 's/.*retention: /purge job: /'
sql -c "VACUUM plan.idempotency_key, plan.access_log"
echo "after the purge (and VACUUM): idempotency_key $(size idempotency_key), access_log $(size access_log)"
echo "(access-log entries are kept a year: a week of them stays)"
