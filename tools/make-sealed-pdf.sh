#!/usr/bin/env bash
# Regenerates test-fixtures/pdf/v2021_sealed.pdf: v2021_libreoffice.pdf with an electronic seal (a form
# XObject of marked content, nested in a second form, inside /Artifact; plus a rubber-stamp annotation) on
# its first and last page, drawn over table 2 on page 1. Needs only the built jar (mvn -DskipTests package).
set -euo pipefail
cd "$(dirname "$0")/.."
out=test-fixtures/pdf
java -cp target/gongkai.jar tools/SealPdf.java "$out/v2021_libreoffice.pdf" "$out/v2021_sealed.pdf"
cp "$out/v2021_libreoffice.expected.json" "$out/v2021_sealed.expected.json"
echo "v2021_sealed.pdf $(stat -c %s "$out/v2021_sealed.pdf") bytes"
