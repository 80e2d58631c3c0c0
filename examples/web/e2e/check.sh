#!/usr/bin/env bash
# The reference web app's browser journey from a built checkout, as .ci/run runs it: starts ./run.sh (Keycloak with the
# dev realm, the three services, the web app on http://localhost:5173), walks journey.mjs in headless Chromium, stops
# everything. Installs Debian's chromium when it is missing (as root). Screenshots go to docs/images.
set -euo pipefail
cd "$(dirname "$0")/../../.."
root=$PWD
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "chromium is not installed (Debian: apt-get install chromium)" >&2
    exit 1
  fi
fi
(cd examples/web/e2e && npm ci --no-audit --no-fund --loglevel=error)
log=target/run/web-journey-run.log
mkdir -p target/run
started=$(date +%s)
./run.sh >"$log" 2>&1 &
run=$!
stop() { kill "$run" 2>/dev/null || true; wait "$run" 2>/dev/null || true; }
trap stop EXIT
for _ in $(seq 1 600); do
  grep -q "Career Compass is running" "$log" && break
  kill -0 "$run" 2>/dev/null || { cat "$log" >&2; echo "run.sh stopped before it was ready" >&2; exit 1; }
  sleep 1
done
grep -q "Web app:     http://localhost:5173" "$log" || { cat "$log" target/run/web.log >&2 || true; echo "the web app did not start" >&2; exit 1; }
echo "run.sh ready in $(($(date +%s) - started)) s"
node examples/web/e2e/journey.mjs
echo "browser journey done in $(($(date +%s) - started)) s (run.sh start included)"
