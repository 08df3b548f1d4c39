#!/bin/sh
# Times `check` on each hostile input with one build of gongkai (a one-off run for docs/benchmarks.md, not a test).
# usage: tools/time-hostile.sh JAR [TIMEOUT_SECONDS]   (run from the project root)
set -u
jar=$1
limit=${2:-300}
large=${TMPDIR:-/tmp}/gongkai-hostile-large
[ -d "$large" ] || python3 tools/make-hostile-fixtures.py --large "$large"
for f in "$large"/* test-fixtures/hostile/*.pdf test-fixtures/hostile/*.html test-fixtures/hostile/*.docx; do
    result=$( { /usr/bin/time -f "%e %U %M" timeout "$limit" java -jar "$jar" check "$f" --format json \
        | grep -o '"errors":\[[^]]*\]' | grep -o '"code":"[A-Z_]*"' | head -1; } 2>&1 | tr '\n' ' ')
    printf '%s\t%s\n' "$(basename "$f")" "$result"
done
