#!/usr/bin/env bash
# The main job on the embedded default store: ingest the examples (an analyst's fact file and the
# example articles), query them, export them as RDF and draw them. Output goes to ./demo-output/.
# KG_STORE chooses another store (a folder, or a Neo4j URI with NEO4J_USER/NEO4J_PASSWORD set).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/kg ]; then
  PY=$(pyenv which python3.12 2>/dev/null || command -v python3.12)
  "$PY" -m venv .venv
  .venv/bin/pip install -q --upgrade pip
  .venv/bin/pip install -q -e .
fi
kg=.venv/bin/kg
out=demo-output
mkdir -p "$out"

echo "== ingest"
$kg ingest -q examples/facts examples/articles/*.??.md
echo "== who met whom (examples/queries/who-met-whom.cypher)"
# the first 25 rows; sed reads on to the end, so kg never writes into a closed pipe (head would end it early)
$kg query --table "$(cat examples/queries/who-met-whom.cypher)" | sed -n '1,25p'
echo "== Azerbaijan's arms purchases from Russia (examples/queries/arms-transfers.cypher)"
$kg query --table -p supplier=RUS -p recipient=AZE "$(cat examples/queries/arms-transfers.cypher)"
echo "== export"
$kg export --format turtle -o "$out/kg.ttl"
$kg export --format trig --dyad AZE RUS -o "$out/aze-rus.trig"
echo "== draw"
$kg viz -o "$out/graph.html"
$kg viz --dyad AZE RUS -o "$out/aze-rus.html"
echo "Wrote $out/kg.ttl, $out/aze-rus.trig, $out/graph.html and $out/aze-rus.html (open them in a browser)."
