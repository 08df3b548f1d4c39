package gongkai.cli;

import gongkai.model.Report;
import gongkai.model.ReportError;
import gongkai.model.Severity;
import gongkai.model.Status;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Counts of a run so far: files by status, by error code, cells and findings; for progress, the summary and run.json. */
final class Tally {
    private final Map<Status, Long> byStatus = new EnumMap<>(Status.class);
    private final Map<String, Long> byCode = new TreeMap<>();
    private long files;
    private long cells;
    private long errors;
    private long warnings;

    synchronized void add(Report r) {
        add(r.status(), r.errors().stream().map(ReportError::code).distinct().toList(), r.cells().size(),
                r.count(Severity.ERROR), r.count(Severity.WARNING));
    }

    synchronized void add(Status status, List<String> codes, long cellCount, long errorCount, long warningCount) {
        files++;
        byStatus.merge(status, 1L, Long::sum);
        codes.forEach(c -> byCode.merge(c, 1L, Long::sum));
        cells += cellCount;
        errors += errorCount;
        warnings += warningCount;
    }

    /** Findings added after the reports were counted (cross-year checks). */
    synchronized void addFindings(long errorCount, long warningCount) {
        errors += errorCount;
        warnings += warningCount;
    }

    synchronized long files() {
        return files;
    }

    synchronized long count(Status status) {
        return byStatus.getOrDefault(status, 0L);
    }

    synchronized Map<String, Long> byStatus() {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (Status s : Status.values()) {
            counts.put(s.id(), count(s));
        }
        return counts;
    }

    synchronized Map<String, Long> byCode() {
        return new TreeMap<>(byCode);
    }

    /** The one-line summary of a run (its wording from the message bundle). */
    synchronized String line() {
        return Messages.get("summary.line", files, count(Status.OK), count(Status.PARTIAL), count(Status.FAILED), cells,
                errors, warnings);
    }

    /** The table printed at the end of a run: files by status, then by error code. */
    synchronized String table() {
        StringBuilder out = new StringBuilder(Messages.get("summary.table.status")).append('\n');
        byStatus().forEach((status, n) -> out.append(String.format(Locale.ROOT, "  %-22s %8d%n", status, n)));
        if (!byCode.isEmpty()) {
            out.append(Messages.get("summary.table.code")).append('\n');
            byCode.forEach((code, n) -> out.append(String.format(Locale.ROOT, "  %-22s %8d%n", code, n)));
        }
        return out.toString();
    }
}
