#!/usr/bin/env bash
# Same-run comparisons of builds: bench/load.sh against each checkout in turn (APP_ROOT), ROUNDS rounds interleaved
# (A B C, A B C, ...) so that a drift of the host touches every build alike; prints each run's table and, per row, the
# median over the rounds of req/s and of the share of that run's own warm no-op. Each checkout must be packaged
# (./mvnw package -DskipTests). Usage: bench/compare.sh NAME=DIR [NAME=DIR...]
# (env: ROUNDS=3 WARMUP=40s DURATION=15s ROWS=<regex> OUT=<directory for the raw runs>; JAVA_OPTS_<svc>_<NAME> sets a
# service's JVM options for one build only, e.g. JAVA_OPTS_catalog_nogc="... -XX:+DisableExplicitGC")
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${ROUNDS:-3}
OUT=${OUT:-$(mktemp -d)}
export WARMUP=${WARMUP:-40s} DURATION=${DURATION:-15s}
for round in $(seq "$ROUNDS"); do
  for build in "$@"; do
    name=${build%%=*} dir=${build#*=}
    env_opts=()
    for svc in catalog assessment plan; do
      var="JAVA_OPTS_${svc}_${name}"
      [ -n "${!var:-}" ] && env_opts+=("JAVA_OPTS_$svc=${!var}")
    done
    echo "== round $round: $name ($dir)"
    env "${env_opts[@]}" APP_ROOT="$dir" bash bench/load.sh >"$OUT/$name.$round.txt" 2>&1 || { cat "$OUT/$name.$round.txt"; exit 1; }
    grep -E "import round trip|RSS after|req/s" "$OUT/$name.$round.txt" | grep -v "^  " || true
  done
done
echo
echo "Medians over $ROUNDS rounds (raw runs in $OUT):"
python3 - "$OUT" "$@" <<'PY'
import re, sys, glob, statistics
out, builds = sys.argv[1], [b.split("=", 1)[0] for b in sys.argv[2:]]
rows = {}
for b in builds:
    for f in sorted(glob.glob(f"{out}/{b}.*.txt")):
        text = open(f).read()
        for m in re.finditer(r"^  (.+?)\s+(\d+) req/s\s+([\d.]+)% of the catalog no-op\s+(\S+) of its own", text, re.M):
            label, rps, own = m.group(1).strip(), int(m.group(2)), m.group(4)
            rows.setdefault(label, {}).setdefault(b, []).append((rps, float(own.rstrip("%")) if own != "-" else None))
        for m in re.finditer(r"^(import round trip) (\d+) ms|^(catalog RSS after its first start and the import): (\d+) MiB", text, re.M):
            label = m.group(1) or m.group(3)
            value = int(m.group(2) or m.group(4))
            rows.setdefault(label, {}).setdefault(b, []).append((value, None))
print("| row | " + " | ".join(builds) + " |")
print("|---|" + "---|" * len(builds))
for label, per in rows.items():
    cells = []
    for b in builds:
        runs = per.get(b, [])
        if not runs:
            cells.append("-")
            continue
        med = statistics.median(r[0] for r in runs)
        owns = [r[1] for r in runs if r[1] is not None]
        cells.append(f"{med:,.0f}" + (f" ({statistics.median(owns):.1f}% of own no-op)" if owns else "")
                     + " [" + ", ".join(f"{r[0]:,}" for r in runs) + "]")
    print(f"| {label} | " + " | ".join(cells) + " |")
PY
