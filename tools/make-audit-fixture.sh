#!/usr/bin/env bash
# Regenerates test-fixtures/audit: a made-up v2021 report whose table 4 prints 行政复议 总计 0 beside non-zero
# parts (a planted filing error), printed to PDF with Chromium, for the audit site's tests without the corpus.
# Needs python3, chromium, fonts-wqy-zenhei. The tests do not: the generated files are committed.
set -euo pipefail
cd "$(dirname "$0")/.."
out=test-fixtures/audit
mkdir -p "$out"
python3 tools/pdf_fixture_html.py v2021_planted_error v2021 planted "$out"
# not NAME.expected.json: the consistent fixtures (FixtureCellsTest) must find no error, this one has one
mv "$out/v2021_planted_error.expected.json" "$out/v2021_planted_error.cells.json"
profile=$(mktemp -d)
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --no-pdf-header-footer --print-to-pdf="$out/v2021_planted_error.pdf" \
  "file://$PWD/$out/v2021_planted_error.html" 2>/dev/null
rm -rf "$profile"
echo "v2021_planted_error.pdf $(stat -c %s "$out/v2021_planted_error.pdf") bytes"
