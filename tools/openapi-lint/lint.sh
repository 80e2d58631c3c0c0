#!/usr/bin/env bash
# Lints the OpenAPI documents the build wrote (<service>/target/openapi/openapi.yaml) with Spectral; any error fails.
# Run after ./mvnw verify (or package).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
if [ ! -x "$here/node_modules/.bin/spectral" ]; then
  if ! (cd "$here" && npm ci --no-audit --no-fund --loglevel=error); then
    echo "WARNING: could not install Spectral from the npm registry; OpenAPI lint skipped" >&2
    exit 0
  fi
fi
status=0
for service in occupation-catalog-service assessment-service plan-service; do
  doc="$root/$service/target/openapi/openapi.yaml"
  [ -f "$doc" ] || { echo "missing $doc: build first" >&2; exit 1; }
  echo "Spectral: $service"
  "$here/node_modules/.bin/spectral" lint "$doc" --ruleset "$here/.spectral.yaml" --fail-severity error \
    --format text --display-only-failures || status=1
done
exit $status
