#!/usr/bin/env bash
# Lints the OpenAPI documents the build wrote (<service>/target/openapi/openapi.yaml) with Spectral (spectral:oas) and
# Redocly (recommended rules). Any error or warning of either fails. Run after ./mvnw verify (or package).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
if [ ! -x "$here/node_modules/.bin/spectral" ] || [ ! -x "$here/node_modules/.bin/redocly" ]; then
  if ! (cd "$here" && npm ci --no-audit --no-fund --loglevel=error); then
    echo "WARNING: could not install the linters from the npm registry; OpenAPI lint skipped" >&2
    exit 0
  fi
fi
status=0
for service in occupation-catalog-service assessment-service plan-service; do
  doc="$root/$service/target/openapi/openapi.yaml"
  [ -f "$doc" ] || { echo "missing $doc: build first" >&2; exit 1; }
  echo "Spectral: $service"
  "$here/node_modules/.bin/spectral" lint "$doc" --ruleset "$here/.spectral.yaml" --fail-severity warn \
    --format text --display-only-failures || status=1
  echo "Redocly (recommended): $service"
  report=$(REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true "$here/node_modules/.bin/redocly" lint "$doc" \
    --config "$here/redocly.yaml" --format stylish 2>&1) || status=1
  if grep -Eq '(error|warning) ' <<<"$report"; then
    grep -E '(error|warning) ' <<<"$report"
    status=1
  fi
done
[ $status = 0 ] && echo "OpenAPI lint: no errors, no warnings"
exit $status
