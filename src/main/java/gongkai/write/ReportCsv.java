package gongkai.write;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import gongkai.model.Cell;
import gongkai.model.Finding;
import gongkai.model.Report;
import gongkai.model.Severity;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

/** Writes the three CSV tables of the output contract: cells, findings and one row per report. */
public final class ReportCsv {
    static final String[] CELLS_HEADER = {"report_id", "source_path", "format_version", "cell_id", "kind", "value", "raw", "page"};
    static final String[] FINDINGS_HEADER = {"report_id", "source_path", "rule", "severity", "category", "cells",
        "expected", "actual", "message"};
    static final String[] REPORTS_HEADER = {"report_id", "source_path", "status", "format", "format_version", "agency",
        "year", "cells", "findings_error", "findings_warning", "message"};

    public void writeCells(List<Report> reports, Writer out) throws IOException {
        try (ICSVWriter csv = csv(out)) {
            csv.writeNext(CELLS_HEADER);
            for (Report r : reports) {
                for (Cell c : r.cells()) {
                    csv.writeNext(new String[] {r.reportId(), SpreadsheetSafe.text(r.source().path()), r.formatVersion(),
                        c.id(), c.kind().id(), plain(c.value()), SpreadsheetSafe.text(c.raw()), c.location().page() == null ? "" : c.location().page().toString()});
                }
            }
        }
    }

    public void writeFindings(List<Report> reports, Writer out) throws IOException {
        try (ICSVWriter csv = csv(out)) {
            csv.writeNext(FINDINGS_HEADER);
            for (Report r : reports) {
                for (Finding f : r.findings()) {
                    csv.writeNext(new String[] {r.reportId(), SpreadsheetSafe.text(r.source().path()), f.rule(),
                        f.severity().id(), f.category().id(), String.join(" ", f.cells()), plain(f.expected()),
                        plain(f.actual()), SpreadsheetSafe.text(f.message())});
                }
            }
        }
    }

    public void writeReports(List<Report> reports, Writer out) throws IOException {
        try (ICSVWriter csv = csv(out)) {
            csv.writeNext(REPORTS_HEADER);
            for (Report r : reports) {
                String message = r.errors().isEmpty() ? "" : r.errors().get(0).code() + ": " + r.errors().get(0).message();
                csv.writeNext(new String[] {r.reportId(), SpreadsheetSafe.text(r.source().path()), r.status().id(),
                    r.source().format(), r.formatVersion(), SpreadsheetSafe.text(nullToEmpty(r.agency())), r.year() == null ? "" : r.year().toString(),
                    String.valueOf(r.cells().size()), String.valueOf(r.count(Severity.ERROR)),
                    String.valueOf(r.count(Severity.WARNING)), SpreadsheetSafe.text(message)});
            }
        }
    }

    private static ICSVWriter csv(Writer out) {
        return new CSVWriter(out, ICSVWriter.DEFAULT_SEPARATOR, ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                ICSVWriter.DEFAULT_ESCAPE_CHARACTER, "\n");
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
