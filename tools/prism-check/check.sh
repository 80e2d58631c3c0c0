#!/usr/bin/env bash
# Stoplight Prism (a validating proxy nobody here wrote) in front of ./run.sh's services, failing on any violation
# (--errors): the TypeScript SDK's journey and crawl.mjs go through it. Needs ./run.sh running and the SDK built
# (cd clients/typescript && npm ci && npm run build).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$here"
[ -x node_modules/.bin/prism ] || npm ci --no-audit --no-fund --loglevel=error
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT
port=4011
for target in occupation-catalog-service:8081 assessment-service:8082 plan-service:8083; do
  node_modules/.bin/prism proxy "$root/${target%%:*}/target/openapi/openapi.yaml" "http://localhost:${target#*:}" \
    --port "$port" --errors >"$root/target/run/prism-${target%%:*}.log" 2>&1 &
  pids+=($!)
  port=$((port + 1))
done
for p in 4011 4012 4013; do
  for _ in $(seq 1 60); do curl -s -o /dev/null "http://localhost:$p/" && break; sleep 0.5; done
done
TOKEN=$(curl -s http://localhost:8180/realms/career-compass/protocol/openid-connect/token -d grant_type=password \
  -d client_id=career-compass-web -d username=alice -d password=alice | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
export VALIDATING_PROXY=prism TOKEN CATALOG_URL=http://localhost:4011 ASSESSMENTS_URL=http://localhost:4012 PLANS_URL=http://localhost:4013
(cd "$root/clients/typescript" && node dist/test/journey.js)
node crawl.mjs
