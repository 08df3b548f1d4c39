#!/bin/sh
# Makes test-fixtures/markdown from the made-up HTML reports (tools/make-html-fixtures.py --word-src):
#   NAME.md         pandoc -t gfm: GFM pipe tables (spans become blank cells), bold headings
#   NAME.mineru.md  MinerU style (tools/mineru_style.py): '# 一、…' headings, each table one line of HTML
#                   with rowspan/colspan
# and a copy of NAME.expected.json for each. Needs python3 and pandoc; the tests do not (files committed).
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SRC=$(mktemp -d)
OUT="$ROOT/test-fixtures/markdown"
trap 'rm -rf "$SRC"' EXIT
python3 "$ROOT/tools/make-html-fixtures.py" --word-src "$SRC" >/dev/null
mkdir -p "$OUT"
for html in "$SRC"/*.html; do
    name=$(basename "$html" .html)
    pandoc -f html -t gfm --wrap=none "$html" -o "$OUT/$name.md"
    cp "$ROOT/test-fixtures/html/$name.expected.json" "$OUT/$name.md.expected.json"
done
for name in qingshan_edu_2020 baishui_gov_2023; do
    pandoc -f html -t gfm-pipe_tables --wrap=none "$SRC/$name.html" | python3 "$ROOT/tools/mineru_style.py" \
        > "$OUT/$name.mineru.md"
    cp "$ROOT/test-fixtures/html/$name.expected.json" "$OUT/$name.mineru.md.expected.json"
done
