#!/bin/sh
# Makes test-fixtures/word/NAME.{docx,doc,expected.json} from the made-up HTML reports.
# LibreOffice converts a clean UTF-8 copy of each report (no site chrome: a Word report has none).
# Tables are styled with attributes, not CSS: LibreOffice's HTML import squeezes CSS-styled tables.
# Needs: python3, soffice (libreoffice-writer-nogui). Tests do not: the outputs are committed.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SRC=$(mktemp -d)
OUT="$ROOT/test-fixtures/word"
PROFILE=$(mktemp -d)
trap 'rm -rf "$SRC" "$PROFILE"' EXIT

python3 "$ROOT/tools/make-html-fixtures.py" --word-src "$SRC"
mkdir -p "$OUT"
for html in "$SRC"/*.html; do
    name=$(basename "$html" .html)
    HOME="$PROFILE" soffice --headless --infilter="HTML (StarWriter)" \
        --convert-to docx:"MS Word 2007 XML" --outdir "$OUT" "$html" >/dev/null
    HOME="$PROFILE" soffice --headless --infilter="HTML (StarWriter)" \
        --convert-to doc:"MS Word 97" --outdir "$OUT" "$html" >/dev/null
    cp "$ROOT/test-fixtures/html/$name.expected.json" "$OUT/$name.expected.json"
done
# Round trip back to HTML: LibreOffice's own HTML export (<font>, <span lang>, <p class="western"> in
# cells, <col> widths) is closer to what CMS editors publish than the generator's tidy markup.
EXPORT="$ROOT/test-fixtures/html/lo_export"
mkdir -p "$EXPORT"
for word in "$OUT/qingshan_edu_2019.docx" "$OUT/baishui_gov_2022.doc"; do
    name=$(basename "$word" | sed 's/\.[^.]*$//')
    HOME="$PROFILE" soffice --headless --convert-to html:"HTML (StarWriter)" --outdir "$EXPORT" "$word" >/dev/null
    cp "$ROOT/test-fixtures/html/$name.expected.json" "$EXPORT/$name.expected.json"
done
ls -l "$OUT" "$EXPORT"
