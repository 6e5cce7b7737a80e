#!/usr/bin/env bash
# The main job on the embedded default store: ingest the examples, query, export and draw them.
# Output goes to ./demo-output/. Set KG_STORE to use another store (a folder or a Neo4j URI).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=$(pyenv which python3.12 2>/dev/null || command -v python3.12)
[ -x .venv/bin/kg ] || { "$PY" -m venv .venv && .venv/bin/pip install -q -e .; }
kg=.venv/bin/kg
out=demo-output
mkdir -p "$out"

$kg ingest examples/facts
for q in examples/queries/who-met-whom.cypher examples/queries/evidence.cypher; do
  echo "== $q"
  $kg query --table "$(cat "$q")"
done
echo "== examples/queries/arms-transfers.cypher (Russia -> Azerbaijan)"
$kg query --table -p supplier=RUS -p recipient=AZE "$(cat examples/queries/arms-transfers.cypher)"
