#!/usr/bin/env bash
# Load test of the three services, end to end over HTTP on loopback:
#   - catalog service (packaged jar) on an empty database: its first start loads the bundled real release (O*NET 29.0,
#     OEWS May 2024, EP 2024-34); then, when ../shared/data holds the full release files, an admin import of all of
#     them over it (an upgrade in place), timed
#   - assessment service pointed at it; one person with interest, skill and value results
#   - plan service pointed at both; one plan with a goal
#   - wrk, same connections and duration for each: GET /q/health/live (the machine's ceiling), catalog search and
#     detail, matching, plan read and plan write (POST an action: 16 connections to one goal, then 16 people to
#     goals of their own); then startup times and RSS after load
# Both services run a "bench" profile (no %prod OIDC provider) and verify tokens with a local public key
# (quarkus.oidc.public-key), so no identity provider is needed.
# Prints req/s, latency percentiles and the share of the ceiling. Usage: bench/load.sh
# (env: DURATION=20s WARMUP=15s CONNECTIONS=16 DATA=../shared/data ROWS=<regex of the rows to run; the ceiling and the
# warm no-ops always run> JAVA_OPTS=<the services' JVM options> APP_ROOT=<a checkout whose packaged services to run,
# default this one: to compare two builds with the same script>)
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-16}
DATA=${DATA:-../shared/data}
CAT=18081
ASM=18082
PLN=18083
DB=careercompass_bench
WORK=$(mktemp -d)
source bench/lib.sh
ADMIN=$(token bench-admin user,catalog-admin)
USER_TOKEN=$(token bench-user user)
APP_ROOT=${APP_ROOT:-.}
start() { local name=$1 port=$2 jar=$3; shift 3; start_service "$name" "$port" "$APP_ROOT/$jar" "$@"; }

echo "catalog bundle: $(stat -c %s occupation-catalog-service/src/main/resources/catalog/catalog-bundle.zip) bytes"
start catalog $CAT occupation-catalog-service/target/quarkus-app/quarkus-run.jar \
  -Dcatalog.importer.data-root="$(cd "$DATA" 2>/dev/null && pwd || echo /nonexistent)"
echo "  (first start on an empty database: includes loading the bundled release)"
if [ -d "$DATA/onet/db_29_0" ]; then
  t0=$(date +%s%N)
  curl -sf -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
    -d '{"onetDirectory":"onet/db_29_0","oewsFile":"bls/oews/national_M2024_dl.csv","projectionsFile":"bls/employment_projections/occupation_table_1_2_2024-34.csv","clustersFile":"onet/career_clusters/All_Career_Clusters.csv"}' \
    "http://localhost:$CAT/api/v1/imports" \
    | python3 -c 'import json,sys; r=json.load(sys.stdin); c=r["counts"]; print("full release import:", c["occupationsUnchanged"], "occupations unchanged,", c["skillRatings"], "skill ratings,", c["tasks"], "tasks,", c["technologySkills"], "technology rows,", r["derivedPathSteps"], "derived steps,", r["durationMillis"], "ms in the service")'
  echo "import round trip $(( ($(date +%s%N) - t0) / 1000000 )) ms"
  sleep 5
  echo "catalog RSS after its first start and the import: $(rss "${PIDS[0]}")"
fi

start assessment $ASM assessment-service/target/quarkus-app/quarkus-run.jar \
  -Dquarkus.rest-client.catalog.url="http://localhost:$CAT"
# the O*NET Interest Profiler first (its careers by job zone are read below), then our three: matching uses the newest
curl -sf -H "Authorization: Bearer $USER_TOKEN" "http://localhost:$ASM/api/v1/instruments/onet-ip-sf-v1" >"$WORK/ip.json"
PROFILER=$(python3 bench/answer.py "$WORK/ip.json" | curl -sf -H "Authorization: Bearer $USER_TOKEN" \
  -H 'Content-Type: application/json' -d @- "http://localhost:$ASM/api/v1/assessments" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
for instrument in riasec-v1 skills-v1 work-values-v1; do
  curl -sf -H "Authorization: Bearer $USER_TOKEN" "http://localhost:$ASM/api/v1/instruments/$instrument" >"$WORK/$instrument.json"
  python3 bench/answer.py "$WORK/$instrument.json" | curl -sf -o /dev/null -H "Authorization: Bearer $USER_TOKEN" \
    -H 'Content-Type: application/json' -d @- "http://localhost:$ASM/api/v1/assessments"
done
curl -sf -H "Authorization: Bearer $USER_TOKEN" "http://localhost:$ASM/api/v1/matches?size=3" \
  | python3 -c 'import json,sys; r=json.load(sys.stdin); print("ranked", r["totalItems"], "occupations; top:", [m["code"] for m in r["items"]])'

start plan $PLN plan-service/target/quarkus-app/quarkus-run.jar \
  -Dquarkus.rest-client.catalog.url="http://localhost:$CAT" -Dquarkus.rest-client.assessment.url="http://localhost:$ASM"
PLAN=$(curl -sf -H "Authorization: Bearer $USER_TOKEN" -H 'Content-Type: application/json' -d '{"title":"Bench plan"}' \
  "http://localhost:$PLN/api/v1/plans" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
CODE=43-4171.00
GOAL=$(curl -sf -H "Authorization: Bearer $USER_TOKEN" -H 'Content-Type: application/json' \
  -d "{\"title\":\"Bench goal\",\"targetOccupation\":\"$CODE\",\"measurableOutcome\":\"Hired\",\"targetDate\":\"2030-01-01\"}" \
  "http://localhost:$PLN/api/v1/plans/$PLAN/goals" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
# a plan of realistic size for the reads: 3 goals of 4 actions each (the writes below go to a fourth goal)
for g in 1 2 3; do
  G=$(curl -sf -H "Authorization: Bearer $USER_TOKEN" -H 'Content-Type: application/json' \
    -d "{\"title\":\"Goal $g\",\"targetOccupation\":\"$CODE\",\"measurableOutcome\":\"Hired\",\"targetDate\":\"2030-01-01\"}" \
    "http://localhost:$PLN/api/v1/plans/$PLAN/goals" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
  for a in 1 2 3 4; do
    curl -sf -o /dev/null -H "Authorization: Bearer $USER_TOKEN" -H 'Content-Type: application/json' \
      -d "{\"type\":\"COURSE\",\"title\":\"Course $g.$a\",\"dueDate\":\"2029-0$a-15\",\"effortHours\":10}" \
      "http://localhost:$PLN/api/v1/plans/$PLAN/goals/$G/actions"
  done
done
# 16 people, each adding actions to a goal of their own plan: the write load of many users. The row above it has all
# 16 connections add to one goal, whose rows every write's foreign-key checks lock FOR KEY SHARE; measured side by side
# (docs/benchmarks.md, twelfth pass), the two rows are within a few percent of each other.
{
  echo 'writers = {'
  for i in $(seq 16); do
    W=$(token "bench-writer-$i" user)
    WP=$(curl -sf -H "Authorization: Bearer $W" -H 'Content-Type: application/json' -d '{"title":"Writer plan"}' \
      "http://localhost:$PLN/api/v1/plans" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
    WG=$(curl -sf -H "Authorization: Bearer $W" -H 'Content-Type: application/json' \
      -d '{"title":"Writer goal","aim":"Grow","measurableOutcome":"Hired","targetDate":"2030-01-01"}' \
      "http://localhost:$PLN/api/v1/plans/$WP/goals" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
    echo "  { path = \"/api/v1/plans/$WP/goals/$WG/actions\", token = \"Bearer $W\" },"
  done
  echo '}'
  cat <<'LUA'
-- each writer's request is built once per wrk thread (in init, when wrk knows the host), so wrk spends no more per
-- request than with the one fixed request of the row above (wrk.format on every request cost wrk CPU that the
-- services share on a small machine)
local requests = {}
init = function()
  for i, w in ipairs(writers) do
    requests[i] = wrk.format("POST", w.path, { ["Content-Type"] = "application/json", ["Authorization"] = w.token },
      '{"type":"READING","title":"Read an industry report","dueDate":"2029-06-30","effortHours":2}')
  end
end
local next_writer = 0
request = function()
  next_writer = next_writer % #requests + 1
  return requests[next_writer]
end
LUA
} >"$WORK/post-action-16.lua"
cat >"$WORK/post-action.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"type":"READING","title":"Read an industry report","dueDate":"2029-06-30","effortHours":2}'
LUA

CEILING=""
NOOP=""
ROW_LABELS=()
ROW_RPS=()
ROW_PID=()
xacts() { psql -h 127.0.0.1 -U postgres -d "$DB" -tAc \
  "SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = '$DB'"; }
# CPU time (clock ticks, user + system) of the given processes so far; the service that answers a URL, by its port
cpu_ticks() { local p t=0; for p in "$@"; do t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0))); done; echo $t; }
service_pid() { case "$1" in *":$CAT"*) echo "${PIDS[0]}" ;; *":$ASM"*) echo "${PIDS[1]}" ;; *) echo "${PIDS[2]}" ;; esac; }
run() { # label url [connections] [lua script] [extra header]
  [[ "$1" == *ceiling* || "$1" == *"again (warm)"* || "$1" =~ ${ROWS:-.} ]] || return 0
  local c=${3:-$CONNECTIONS} t=2 script=()
  [ "$c" -lt 2 ] && t=1
  [ -n "${4:-}" ] && script=(-s "$4")
  [ -n "${5:-}" ] && script+=(-H "$5")
  local warm=${WARMUP:-15s}
  [[ "$1" == *ceiling* ]] && warm=5s # a static answer: nothing for the JIT to learn
  wrk -t$t -c"$c" -d"$warm" "${script[@]}" -H "Authorization: Bearer $USER_TOKEN" "$2" >/dev/null # warm-up
  local svc; svc=$(service_pid "$2")
  local x0 s0 g0; x0=$(xacts); s0=$(cpu_ticks "$svc"); g0=$(cpu_ticks $(pgrep -x postgres))
  wrk -t$t -c"$c" -d"$DURATION" --latency "${script[@]}" -H "Authorization: Bearer $USER_TOKEN" "$2" >"$WORK/wrk.txt"
  local x1 s1 g1; x1=$(xacts); s1=$(cpu_ticks "$svc"); g1=$(cpu_ticks $(pgrep -x postgres))
  local rps; rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk.txt")
  ROW_LABELS+=("$1")
  ROW_RPS+=("$rps")
  ROW_PID+=("$svc")
  [ -z "$CEILING" ] && CEILING=$rps
  [ -z "$NOOP" ] && [[ "$1" == *"no-op"* ]] && NOOP=$rps
  awk -v label="$1" -v ceiling="$CEILING" -v noop="${NOOP:-0}" -v tx="$((x1 - x0))" -v hz="$(getconf CLK_TCK)" \
    -v svc_cpu="$((s1 - s0))" -v pg_cpu="$((g1 - g0))" \
    '/Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} /Non-2xx/ {bad=$NF} / requests in / {n=$1}
       END {printf "%-34s %10s req/s  %5.1f%% of ceiling  %6s of no-op   p50 %8s   p99 %8s   db tx/req %4.2f   CPU us/req service %4.0f postgres %4.0f   non-2xx %s\n",
            label, rps, 100*rps/ceiling, (noop>0 ? sprintf("%.1f%%", 100*rps/noop) : "-"), p50, p99,
            (n>0 ? tx/n : 0), (n>0 ? 1e6*svc_cpu/hz/n : 0), (n>0 ? 1e6*pg_cpu/hz/n : 0), (bad==""?0:bad)}' "$WORK/wrk.txt"
}
echo "wrk: 2 threads, $CONNECTIONS connections, $DURATION, loopback"
run "GET /q/health/live (ceiling)" "http://localhost:$CAT/q/health/live"
run "authenticated no-op (identity)" "http://localhost:$CAT/api/v1/identity"
run "plan service no-op (identity)" "http://localhost:$PLN/api/v1/identity"
run "assessment service no-op (identity)" "http://localhost:$ASM/api/v1/identity"
run "catalog search q=manager" "http://localhost:$CAT/api/v1/occupations?q=manager&size=20"
run "catalog search q=registered+nurse" "http://localhost:$CAT/api/v1/occupations?q=registered+nurse&size=20"
run "catalog search q=recepionist (typo)" "http://localhost:$CAT/api/v1/occupations?q=recepionist&size=20"
run "catalog search, 40-query mix" "http://localhost:$CAT" "$CONNECTIONS" bench/search-queries.lua
run "catalog occupation detail" "http://localhost:$CAT/api/v1/occupations/$CODE"
# pay where you live (BLS OEWS metropolitan areas): a "pay near me" page is one of these per occupation
run "catalog areas q=akron" "http://localhost:$CAT/api/v1/areas?q=akron"
run "catalog local pay (area)" "http://localhost:$CAT/api/v1/occupations/29-1141.00/pay?area=10420"
run "catalog occupation detail, area" "http://localhost:$CAT/api/v1/occupations/$CODE?area=10420"
run "catalog search by area, -localPay" "http://localhost:$CAT/api/v1/occupations?area=10420&sort=-localPay&size=20"
run "catalog area growth (inArea, -growth)" \
  "http://localhost:$CAT/api/v1/occupations?area=10420&inArea=true&sort=-growth&size=20"
run "catalog ladder rungs, area" "http://localhost:$CAT/api/v1/paths/steps?from=$CODE&area=10420"
run "catalog paths between, area" \
  "http://localhost:$CAT/api/v1/paths/between?from=$CODE&to=11-3012.00&maxSteps=3&area=10420"
# what workers do and use, and who else does (O*NET work activities and tools)
run "catalog activities of an occupation" "http://localhost:$CAT/api/v1/occupations/13-2011.00/activities"
run "catalog tools of an occupation" "http://localhost:$CAT/api/v1/occupations/47-2111.00/tools"
run "catalog activity search q=financial records" "http://localhost:$CAT/api/v1/activities?q=analyzes+financial+records"
run "catalog who else: activity occupations" \
  "http://localhost:$CAT/api/v1/activities/4.A.2.a.3.I03.D02/occupations"
run "catalog who else: tool occupations" "http://localhost:$CAT/api/v1/tools/42182103/occupations"
run "catalog search brightOutlook, maxJobZone=2" \
  "http://localhost:$CAT/api/v1/occupations?brightOutlook=true&maxJobZone=2&size=20"
run "catalog cluster list" "http://localhost:$CAT/api/v1/clusters"
run "catalog cluster page" "http://localhost:$CAT/api/v1/clusters/43-0000?size=20"
# a page of paths as a client asks for it (20, the default), then the whole best 100 in one page (size=100)
run "catalog paths from (3 steps)" "http://localhost:$CAT/api/v1/paths/from/$CODE?maxSteps=3"
run "catalog paths between" "http://localhost:$CAT/api/v1/paths/between?from=$CODE&to=11-3012.00&maxSteps=3"
run "catalog paths from, 100 a page" "http://localhost:$CAT/api/v1/paths/from/$CODE?maxSteps=3&size=100"
run "catalog paths between, 100 a page" \
  "http://localhost:$CAT/api/v1/paths/between?from=$CODE&to=11-3012.00&maxSteps=3&size=100"
GZIP="Accept-Encoding: gzip, deflate, br" # what browsers send
run "catalog paths from, gzip" "http://localhost:$CAT/api/v1/paths/from/$CODE?maxSteps=3" "$CONNECTIONS" "" "$GZIP"
run "catalog paths between, gzip" "http://localhost:$CAT/api/v1/paths/between?from=$CODE&to=11-3012.00&maxSteps=3" \
  "$CONNECTIONS" "" "$GZIP"
for q in "paths/from/$CODE?maxSteps=3" "paths/between?from=$CODE&to=11-3012.00&maxSteps=3" \
  "paths/from/$CODE?maxSteps=3&size=100" "paths/between?from=$CODE&to=11-3012.00&maxSteps=3&size=100" profiles; do
  echo "  ($q answer: $(curl -sf -H "Authorization: Bearer $USER_TOKEN" "http://localhost:$CAT/api/v1/$q" | wc -c) bytes," \
    "$(curl -sf -H "$GZIP" -H "Authorization: Bearer $USER_TOKEN" "http://localhost:$CAT/api/v1/$q" | wc -c) gzip)"
done
run "catalog /profiles bulk read" "http://localhost:$CAT/api/v1/profiles"
run "catalog /profiles bulk read, gzip" "http://localhost:$CAT/api/v1/profiles" "$CONNECTIONS" "" "$GZIP"
PROFILES_ETAG=$(curl -sfI -H "Authorization: Bearer $USER_TOKEN" "http://localhost:$CAT/api/v1/profiles" \
  | awk -F': ' 'tolower($1) == "etag" {print $2}' | tr -d '\r')
run "catalog /profiles revalidation (304)" "http://localhost:$CAT/api/v1/profiles" "$CONNECTIONS" "" \
  "If-None-Match: $PROFILES_ETAG"
run "matches (rank all, explain 20)" "http://localhost:$ASM/api/v1/matches?size=20"
# where a receptionist could move (skills, knowledge and work activities of every occupation compared, 20 explained)
run "career moves (rank all, explain 20)" "http://localhost:$ASM/api/v1/career-moves?from=$CODE&size=20"
run "career moves, feasible, area" \
  "http://localhost:$ASM/api/v1/career-moves?from=29-1141.00&feasibility=NO_NEW_QUALIFICATION,SHORT_TRAINING&area=10420&size=20"
run "interest profiler careers, job zone 3" "http://localhost:$ASM/api/v1/assessments/$PROFILER/careers?jobZone=3&size=20"
run "plan read (one SQL statement)" "http://localhost:$PLN/api/v1/plans/$PLAN"
run "plan list" "http://localhost:$PLN/api/v1/plans"
run "plan write (POST action)" "http://localhost:$PLN/api/v1/plans/$PLAN/goals/$GOAL/actions" "$CONNECTIONS" "$WORK/post-action.lua"
run "plan write, 16 people (POST action)" "http://localhost:$PLN" "$CONNECTIONS" "$WORK/post-action-16.lua"
run "matches, 1 connection" "http://localhost:$ASM/api/v1/matches?size=20" 1
# The no-ops again, now that every service's token check has run for minutes: the first no-op rows come before the JIT
# has finished with it (on a slow machine they can read half of this), which would flatter every ratio above.
NOOP_FIRST=$NOOP
NOOP=""
run "authenticated no-op, again (warm)" "http://localhost:$CAT/api/v1/identity"
run "plan service no-op, again (warm)" "http://localhost:$PLN/api/v1/identity"
run "assessment service no-op, again (warm)" "http://localhost:$ASM/api/v1/identity"
echo
echo "Ratios to the warm no-ops (catalog's first no-op: ${NOOP_FIRST:-not run} req/s; warm: $NOOP req/s):"
for i in "${!ROW_LABELS[@]}"; do
  own=""
  for j in "${!ROW_LABELS[@]}"; do
    [[ "${ROW_LABELS[$j]}" == *"again (warm)"* && "${ROW_PID[$j]}" == "${ROW_PID[$i]}" ]] && own=${ROW_RPS[$j]}
  done
  awk -v l="${ROW_LABELS[$i]}" -v r="${ROW_RPS[$i]}" -v n="$NOOP" -v o="${own:-0}" \
    'BEGIN {printf "  %-40s %10.0f req/s  %6.1f%% of the catalog no-op  %6s of its own service'"'"'s\n", l, r, 100*r/n,
      (o>0 ? sprintf("%.1f%%", 100*r/o) : "-")}'
done
echo "RSS after load: catalog $(rss "${PIDS[0]}"), assessment $(rss "${PIDS[1]}"), plan $(rss "${PIDS[2]}")"
