package gongkai.cli;

import gongkai.model.Report;
import gongkai.model.Severity;
import gongkai.model.Status;
import java.util.List;

/** The one-line summary of a run. */
final class Summary {
    private Summary() {
    }

    static String of(List<Report> reports) {
        long ok = reports.stream().filter(r -> r.status() == Status.OK).count();
        long partial = reports.stream().filter(r -> r.status() == Status.PARTIAL).count();
        long failed = reports.stream().filter(r -> r.status() == Status.FAILED).count();
        long cells = reports.stream().mapToLong(r -> r.cells().size()).sum();
        long errors = reports.stream().mapToLong(r -> r.count(Severity.ERROR)).sum();
        long warnings = reports.stream().mapToLong(r -> r.count(Severity.WARNING)).sum();
        return reports.size() + " files: " + ok + " ok, " + partial + " partial, " + failed + " failed; "
                + cells + " cells; " + errors + " errors, " + warnings + " warnings";
    }
}
