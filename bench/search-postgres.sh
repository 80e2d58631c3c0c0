#!/usr/bin/env bash
# The catalog's in-memory search index against PostgreSQL full-text search, the library a newcomer would reach for
# (docs/decisions/0008-search-index.md). Needs a database whose catalog schema holds the bundled release (any database
# a catalog service started on: the test suite's "test", or bench/load.sh's). Builds a weighted tsvector per
# occupation (O*NET title A, alternate titles B, titles workers reported C, GIN index) in a scratch schema, then:
#   quality: the top result for each everyday query of SearchQuerySetTest (the service passes all of them);
#   speed: pgbench, 16 clients, the 40 queries of bench/search-queries.lua' words, a 40 s warm-up, then 3 runs of 20 s.
# Usage: bench/search-postgres.sh [database, default test]
set -euo pipefail
export PGOPTIONS="-c client_min_messages=warning"
cd "$(dirname "$0")/.."
DB=${1:-test}
PSQL=(psql -h 127.0.0.1 -U postgres -d "$DB" -v ON_ERROR_STOP=1 -qtA)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"; "${PSQL[@]}" -c "DROP SCHEMA IF EXISTS fts_bench CASCADE" >/dev/null' EXIT
"${PSQL[@]}" <<'SQL'
DROP SCHEMA IF EXISTS fts_bench CASCADE;
CREATE SCHEMA fts_bench;
CREATE TABLE fts_bench.doc AS
SELECT o.code, o.title,
       setweight(to_tsvector('english', o.title), 'A')
       || setweight(to_tsvector('english', coalesce((SELECT string_agg(a.title, ' ') FROM catalog.alternate_title a
                                                     WHERE a.occupation_code = o.code), '')), 'B')
       || setweight(to_tsvector('english', coalesce((SELECT string_agg(r.title, ' ') FROM catalog.reported_title r
                                                     WHERE r.occupation_code = o.code), '')), 'C') AS doc
FROM catalog.occupation o;
CREATE INDEX ON fts_bench.doc USING gin (doc);
ANALYZE fts_bench.doc;
SQL
# the judged queries, as the test states them
python3 - occupation-catalog-service/src/test/java/org/careercompass/catalog/occupation/SearchQuerySetTest.java \
  >"$WORK/judged.tsv" <<'PY'
import re, sys
src = open(sys.argv[1]).read()
block = src[src.index("QUERIES = {"):src.index("};", src.index("QUERIES = {"))]
for q, expected in re.findall(r'\{ "([^"]*)", "([^"]*)" \}', block):
    print(q + "\t" + expected)
PY
hits=0; total=0; misses=()
while IFS=$'\t' read -r q expected; do
  top=$("${PSQL[@]}" -v q="$q" <<'SQL'
SELECT code || E'\t' || title FROM fts_bench.doc, websearch_to_tsquery('english', :'q') query
WHERE doc @@ query ORDER BY ts_rank(doc, query) DESC, title LIMIT 1;
SQL
)
  code=${top%%$'\t'*}; title=${top#*$'\t'}
  total=$((total + 1))
  if [[ "$expected" == "~"* && "$title" == *"${expected#\~}"* ]] || [[ "$expected" == "$code" ]]; then
    hits=$((hits + 1))
  else
    misses+=("$q -> ${top:-nothing}")
  fi
done <"$WORK/judged.tsv"
echo "quality: PostgreSQL full-text search puts the occupation meant first for $hits of $total everyday queries"
printf '  miss: %s\n' "${misses[@]:0:15}"

# speed: the words of the bench's 40-query mix, without its filters
grep -o 'q=[^",&]*' bench/search-queries.lua | sed 's/^q=//; s/+/ /g' >"$WORK/mix.txt"
"${PSQL[@]}" -c "CREATE TABLE fts_bench.mix (id serial PRIMARY KEY, q text)" -c "\\copy fts_bench.mix (q) FROM '$WORK/mix.txt'"
n=$("${PSQL[@]}" -c "SELECT count(*) FROM fts_bench.mix")
cat >"$WORK/search.sql" <<SQL
\\set i random(1, $n)
SELECT code, title FROM fts_bench.doc, (SELECT websearch_to_tsquery('english', q) AS query FROM fts_bench.mix WHERE id = :i) m
WHERE doc @@ query ORDER BY ts_rank(doc, query) DESC, title LIMIT 20;
SQL
pgbench -h 127.0.0.1 -U postgres -n -c 16 -j 2 -T 40 -f "$WORK/search.sql" "$DB" >/dev/null
for run in 1 2 3; do
  pgbench -h 127.0.0.1 -U postgres -n -c 16 -j 2 -T 20 -f "$WORK/search.sql" "$DB" | awk -v r=$run '/^tps/ {printf "speed run %d: %.0f queries/s (PostgreSQL alone, no HTTP, no JSON)\n", r, $3}'
done
