#!/usr/bin/env bash
# Compares gongkai's outputs (reports.jsonl, cells.csv, findings.csv) made by the jar of a git revision
# with those of the working tree, over corpus/, ../shared/corpus (with its pingtan-archive) and
# test-fixtures/. Usage: tools/compare-outputs.sh [REVISION] (default: main). Exit 0 when identical.
set -euo pipefail
rev="${1:-main}"
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

build() { # $1 = source dir, $2 = jar destination
    (cd "$1" && mvn -q -o -DskipTests package >"$work/build.log" 2>&1) || { cat "$work/build.log"; exit 2; }
    cp "$1/target/gongkai.jar" "$2"
}

# BASE_JAR / TREE_JAR: jars already built (skips a build).
if [ -n "${BASE_JAR:-}" ]; then cp "$BASE_JAR" "$work/base.jar"; else
    mkdir -p "$work/base"
    git -C "$root" archive "$rev" | tar -x -C "$work/base"
    build "$work/base" "$work/base.jar"
fi
if [ -n "${TREE_JAR:-}" ]; then cp "$TREE_JAR" "$work/tree.jar"; else build "$root" "$work/tree.jar"; fi

inputs=("$root/corpus" "$root/test-fixtures")
[ -d "$root/../shared/corpus" ] && inputs+=("$root/../shared/corpus")
status=0
for jar in base tree; do
    i=0
    for input in "${inputs[@]}"; do
        out="$work/out-$jar/$i"
        mkdir -p "$out"
        # extract exits non-zero when some file failed; failures are part of the output compared.
        java -jar "$work/$jar.jar" extract "$input" --out "$out" >"$out/stdout.txt" 2>"$out/stderr.txt" || true
        i=$((i + 1))
    done
done
i=0
for input in "${inputs[@]}"; do
    for f in reports.jsonl cells.csv findings.csv reports.csv; do
        a="$work/out-base/$i/$f"; b="$work/out-tree/$i/$f"
        if [ ! -f "$a" ] && [ ! -f "$b" ]; then continue; fi
        if diff -q <(sort "$a") <(sort "$b") >/dev/null; then
            echo "same       $input  $f ($(wc -l <"$b") lines)"
        else
            echo "DIFFERENT  $input  $f"; diff <(sort "$a") <(sort "$b") | head -20; status=1
        fi
    done
    i=$((i + 1))
done
exit $status
