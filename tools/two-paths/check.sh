#!/usr/bin/env bash
# Runs the README's two commands from a fresh clone of this repository in the two setups issue 13 names, and times them:
#   root      as root, with the PostgreSQL server on 127.0.0.1:5432 (the path .ci/run takes);
#   embedded  as a non-root user with no PostgreSQL reachable: a network namespace with only its own loopback, so the
#             tests and run.sh find no server and no Docker engine and use the embedded PostgreSQL.
# Usage (as root, on Linux with unshare): tools/two-paths/check.sh [root|embedded|both]
# The embedded path runs offline (no network in the namespace): the user's Maven repository is a copy of root's.
set -euo pipefail
REPO=$(cd "$(dirname "$0")/../.." && pwd)
WHICH=${1:-both}
USER_NAME=ccdev
OUT=${OUT:-/tmp/two-paths}
mkdir -p "$OUT"

journey() { # checks the running services answer: readiness of the three, and a catalog search with a token
  for port in 8081 8082 8083; do curl -sf "http://localhost:$port/q/health/ready" >/dev/null; done
  local token
  token=$(curl -sf http://localhost:8180/realms/career-compass/protocol/openid-connect/token -d grant_type=password \
    -d client_id=career-compass-web -d username=alice -d password=alice | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
  curl -sf -H "Authorization: Bearer $token" "http://localhost:8081/api/v1/occupations?q=registered%20nurse&size=1" \
    | python3 -c 'import json,sys; print("  search:", json.load(sys.stdin)["items"][0]["title"])'
}

# run_both <label> <shell prefix>: fresh clone, ./mvnw verify, ./run.sh until ready (twice: first and later run)
run_both() {
  local label=$1 dir=$2 as=$3
  local start end
  start=$(date +%s); $as "cd $dir && ./mvnw verify" >"$OUT/$label-verify.log" 2>&1; end=$(date +%s)
  echo "$label: ./mvnw verify passed in $((end - start)) s ($(grep -E 'Tests run:.*Skipped' "$OUT/$label-verify.log" | grep -vc ' -- in ') summaries)"
  grep -h "Test database:" "$OUT/$label-verify.log" | sed 's/.*Test database:/  test database:/' | sort -u | head -3
  for attempt in first later; do
    start=$(date +%s)
    $as "cd $dir && ./run.sh" >"$OUT/$label-run-$attempt.log" 2>&1 &
    local pid=$!
    for _ in $(seq 1 600); do grep -q "Career Compass is running" "$OUT/$label-run-$attempt.log" && break; sleep 1; done
    end=$(date +%s)
    grep -q "Career Compass is running" "$OUT/$label-run-$attempt.log" || { echo "$label: run.sh did not start"; tail -20 "$OUT/$label-run-$attempt.log"; exit 1; }
    echo "$label: ./run.sh ($attempt run) ready in $((end - start)) s; $(grep '^Database:' "$OUT/$label-run-$attempt.log")"
    journey
    # run.sh stops what it started on TERM; the patterns catch what a killed su/bash wrapper left
    pkill -TERM -f "run.sh" || true; sleep 2
    pkill -TERM -f "Dquarkus.profile=local" || true; pkill -TERM -f "kc.home.dir" || true
    pkill -TERM -f "org.careercompass.testing.LocalPostgres" || true
    kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; sleep 3
  done
}

if [ "$WHICH" = root ] || [ "$WHICH" = both ]; then
  rm -rf "$OUT/root-clone" && git clone -q "$REPO" "$OUT/root-clone"
  run_both root "$OUT/root-clone" "bash -c"
fi

if { [ "$WHICH" = embedded ] || [ "$WHICH" = both ]; } && [ -z "${INSIDE_NAMESPACE:-}" ]; then
  # a network namespace with its own loopback only: nothing listens on 5432, no Docker engine, no Internet
  exec unshare -n env INSIDE_NAMESPACE=1 OUT="$OUT" bash -c "ip link set lo up && '$0' embedded"
fi

if [ "$WHICH" = embedded ]; then
  id "$USER_NAME" >/dev/null 2>&1 || useradd -m -s /bin/bash "$USER_NAME"
  HOME_DIR=$(getent passwd "$USER_NAME" | cut -d: -f6)
  if [ ! -d "$HOME_DIR/.m2/repository" ]; then
    mkdir -p "$HOME_DIR/.m2" && cp -a /root/.m2/repository /root/.m2/wrapper "$HOME_DIR/.m2/" 2>/dev/null || true
  fi
  printf '<settings><offline>true</offline></settings>\n' >"$HOME_DIR/.m2/settings.xml"
  rm -rf "$HOME_DIR/clone" && git clone -q "$REPO" "$HOME_DIR/clone"
  chown -R "$USER_NAME:" "$HOME_DIR"
  as_user() { su "$USER_NAME" -s /bin/bash -c "$1"; }
  run_both embedded "$HOME_DIR/clone" as_user
fi
