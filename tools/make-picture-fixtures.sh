#!/bin/sh
# Makes test-fixtures/pictures: the web page and DOCX whose tables are pictures (tools/MakePictureFixtures.java),
# and a DOC converted from the DOCX by LibreOffice (POI cannot write pictures into a DOC).
# Run from anywhere after `mvn -q -DskipTests package`. Needs: java, soffice (libreoffice-writer-nogui).
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PROFILE=$(mktemp -d)
trap 'rm -rf "$PROFILE"' EXIT
cd "$ROOT"
java -cp target/gongkai.jar tools/MakePictureFixtures.java
HOME="$PROFILE" soffice --headless --convert-to doc:"MS Word 97" --outdir test-fixtures/pictures \
    test-fixtures/pictures/v2021_libreoffice.docx >/dev/null
ls -l test-fixtures/pictures
