#!/usr/bin/env bash
# Heap in use after a full GC while `extract` streams a large folder (docs/benchmarks.md, "The batch"): N generated
# text reports (the seed report of corpus/ with its own agency name each, as tools/bench-batch.sh makes them); each
# time the run's journal passes a mark, the JVM is asked for a full GC (jcmd GC.run) and its heap in use is printed.
#
# Usage: tools/heap-batch.sh [N] [MARK...]   (defaults 100000 and marks 1000 10000 100000; the last mark is read
# while the cross-year checks run at the end, with every report's index entry in memory)
# JAR=path/to/gongkai.jar overrides target/gongkai.jar; WORK=dir keeps the inputs there (reused when present).
set -euo pipefail
n="${1:-100000}"
shift || true
marks=("$@")
[ ${#marks[@]} -gt 0 ] || marks=(1000 10000 100000)
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="${JAR:-$root/target/gongkai.jar}"
work="${WORK:-$(mktemp -d)}"
[ -n "${WORK:-}" ] || trap 'rm -rf "$work"' EXIT
command -v jcmd >/dev/null || { echo "jcmd is missing (a JDK, not a JRE, is needed)" >&2; exit 2; }

seed="$(ls "$root"/corpus/000_*.txt | head -1)"
mkdir -p "$work/in"
"$root/tools/bench-batch.sh" --text-only "$n" "$work/in"

out="$work/out"
rm -rf "$out"
journal="$out/.gongkai-run.jsonl"
start=$(date +%s)
java -jar "$jar" extract "$work/in" --out "$out" --quiet >"$work/stdout.txt" 2>"$work/stderr.txt" &
pid=$!
heap_used() { # heap in use after a full GC, in MB
    jcmd "$pid" GC.run >/dev/null 2>&1 || return 1
    jcmd "$pid" GC.heap_info 2>/dev/null | awk '/garbage-first heap|PSYoungGen|def new generation|heap/ && /used/ {
        for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?/, "", v); printf "%.1f", v / 1024; exit } }'
}
echo "| reports written | heap used after full GC, MB | elapsed s |"
echo "|---|---|---|"
for mark in "${marks[@]}"; do
    while kill -0 "$pid" 2>/dev/null; do
        done_lines=$(($( (wc -l <"$journal") 2>/dev/null || echo 1) - 1))
        # at the last mark the journal is complete and the cross-year checks run: wait for the last line
        [ "$done_lines" -ge "$mark" ] && break
        sleep 0.5
    done
    kill -0 "$pid" 2>/dev/null || { echo "(the run ended before $mark reports)"; break; }
    echo "| $mark | $(heap_used) | $(($(date +%s) - start)) |"
done
wait "$pid" || { echo "extract failed:" >&2; cat "$work/stderr.txt" >&2; exit 1; }
echo
echo "$(head -1 "$work/stdout.txt"), in $(($(date +%s) - start)) s"
