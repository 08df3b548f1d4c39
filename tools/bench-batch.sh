#!/usr/bin/env bash
# The batch benchmark of docs/benchmarks.md ("The batch"): whole-folder throughput of `extract` with --jobs 1
# against --jobs 2, and the wall time of a single-file `check` including JVM start. Prints a markdown table.
#
# Usage: tools/bench-batch.sh [N_TEXT] [M_PDF] [CHECK_RUNS]   (defaults 2000, 180, 10)
# Inputs are generated into a temporary folder: N text reports from corpus/000_*.txt, each with its own agency
# name (so every report has its own content and cross-year key), and M distinct PDFs cycling over
# test-fixtures/pdf/*.pdf and ../shared/corpus/*.pdf, each with a trailing "%pad i" line (same pages, other
# SHA-256, so no file is a duplicate of another). Each folder runs --jobs 1, 2, 1, 2 (alternated, so drifting load
# hits both alike) under /usr/bin/time. Build the jar first: mvn -q -o -DskipTests package.
# JAR=path/to/gongkai.jar overrides target/gongkai.jar; KEEP=1 keeps the inputs and outputs; ROUNDS=1 runs each
# folder --jobs 1, 2 once (for folders of 100,000 reports), ROUNDS=2 (the default) twice.
# tools/bench-batch.sh --text-only N FOLDER only writes the N text reports into FOLDER (for tools/heap-batch.sh).
set -euo pipefail
if [ "${1:-}" = "--text-only" ]; then # tools/heap-batch.sh: only the N text reports, into FOLDER
    TEXT_ONLY=1; shift
fi
n_text="${1:-2000}"
m_pdf="${2:-180}"
check_runs="${3:-10}"
root="$(cd "$(dirname "$0")/.." && pwd)"
seed="$(ls "$root"/corpus/000_*.txt | head -1)"
seed_agency="阿勒泰地区教育局"
make_text() { # $1 count, $2 folder; files already there are kept
    mkdir -p "$2"
    # one process for all files; the county's digits as characters (a name with digits is not read as an agency)
    SEED="$seed" AGENCY="$seed_agency" python3 - "$1" "$2" <<'PY'
import os, sys
n, folder = int(sys.argv[1]), sys.argv[2]
text = open(os.environ["SEED"], encoding="utf-8").read()
digits = str.maketrans("0123456789", "甲乙丙丁戊己庚辛壬癸")
for i in range(1, n + 1):
    path = os.path.join(folder, "report_%06d.txt" % i)
    if not os.path.exists(path):
        with open(path, "w", encoding="utf-8") as f:
            f.write(text.replace(os.environ["AGENCY"], "阿勒泰地区%s县教育局" % str(i).translate(digits)))
PY
}
make_pdf() {
    mkdir -p "$work/pdf"
    local pdfs=("$root"/test-fixtures/pdf/*.pdf)
    for f in "$root"/../shared/corpus/*.pdf; do [ -f "$f" ] && pdfs+=("$f"); done
    for i in $(seq 1 "$m_pdf"); do
        local source="${pdfs[$(( (i - 1) % ${#pdfs[@]} ))]}"
        { cat "$source"; printf '\n%%pad %d\n' "$i"; } >"$work/pdf/report_$(printf %06d "$i").pdf"
    done
}

[ -n "${TEXT_ONLY:-}" ] && { make_text "$1" "$2"; exit 0; }
jar="${JAR:-$root/target/gongkai.jar}"
[ -f "$jar" ] || { echo "no jar at $jar: run mvn -q -o -DskipTests package first" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time is missing (apt-get install -y time)" >&2; exit 2; }
work="$(mktemp -d)"
[ -n "${KEEP:-}" ] && echo "inputs and outputs kept in $work" >&2 || trap 'rm -rf "$work"' EXIT

# One timed run: prints "wall user sys maxrss_kb".
timed() {
    /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$@" >"$work/stdout.txt" 2>"$work/stderr.txt" || {
        echo "failed: $*" >&2; cat "$work/stderr.txt" >&2; exit 1; }
    cat "$work/time.txt"
}

row() { # $1 label, $2 files, then "wall user sys rss"
    local label="$1" files="$2"
    read -r wall user sys rss <<<"$3"
    awk -v l="$label" -v f="$files" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" 'BEGIN {
        printf "| %s | %d | %.2f | %.2f | %.2f | %.1f | %.1f | %.0f |\n", l, f, w, u, s, f / w, 1000 * (u + s) / f, r / 1024 }'
}

make_text "$n_text" "$work/text"
make_pdf
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores, $(java -version 2>&1 | head -1)"
echo
echo "| run | files | wall s | user s | sys s | files/s | CPU ms/file | max RSS MB |"
echo "|---|---|---|---|---|---|---|---|"
for kind in text pdf; do
    files=$(ls "$work/$kind" | wc -l)
    for jobs in $(for r in $(seq 1 "${ROUNDS:-2}"); do echo 1 2; done); do
        rm -rf "$work/out"
        result="$(timed java -jar "$jar" extract "$work/$kind" --out "$work/out" --quiet --jobs "$jobs")"
        row "$kind \`--jobs $jobs\`" "$files" "$result"
    done
done
echo
echo "| single-file \`check\` of $(basename "$seed") (JVM start included) | wall s | user s | sys s | max RSS MB |"
echo "|---|---|---|---|---|"
walls=()
for i in $(seq 1 "$check_runs"); do
    /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" java -jar "$jar" check "$seed" >/dev/null 2>&1 || true
    read -r wall user sys rss <"$work/time.txt"
    walls+=("$wall")
    printf '| run %d | %s | %s | %s | %.0f |\n' "$i" "$wall" "$user" "$sys" "$(echo "$rss / 1024" | bc -l)"
done
printf '%s\n' "${walls[@]}" | sort -n | awk '{a[NR]=$1} END {
    printf "\ncheck wall: min %.2f s, median %.2f s, max %.2f s over %d runs\n", a[1], (NR % 2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2), a[NR], NR }'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
