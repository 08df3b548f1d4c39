package gongkai.write;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import com.opencsv.RFC4180ParserBuilder;
import gongkai.model.Cell;
import gongkai.model.Finding;
import gongkai.model.Report;
import gongkai.model.ReportError;
import gongkai.model.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the three CSV tables of the output contract: cells, findings and one row per report. The whole-list
 * methods write a file at once; the per-report methods give one report's rows as text, for a batch that
 * streams reports into its files as they are done.
 */
public final class ReportCsv {
    static final String[] CELLS_HEADER = {"report_id", "source_path", "format_version", "cell_id", "kind", "value", "raw", "page"};
    static final String[] FINDINGS_HEADER = {"report_id", "source_path", "rule", "severity", "category", "cells",
        "expected", "actual", "message"};
    static final String[] REPORTS_HEADER = {"report_id", "source_path", "status", "format", "format_version", "agency",
        "year", "cells", "findings_error", "findings_warning", "message", "error_codes", "duplicate_of"};
    private static final int FINDINGS_ERROR_COLUMN = 8;
    private static final int FINDINGS_WARNING_COLUMN = 9;

    /** The three tables, as named in the output folder. */
    public enum Table {
        CELLS(CELLS_HEADER), FINDINGS(FINDINGS_HEADER), REPORTS(REPORTS_HEADER);

        private final String[] header;

        Table(String[] header) {
            this.header = header;
        }
    }

    public void writeCells(List<Report> reports, Writer out) throws IOException {
        writeAll(Table.CELLS, reports, out);
    }

    public void writeFindings(List<Report> reports, Writer out) throws IOException {
        writeAll(Table.FINDINGS, reports, out);
    }

    public void writeReports(List<Report> reports, Writer out) throws IOException {
        writeAll(Table.REPORTS, reports, out);
    }

    private void writeAll(Table table, List<Report> reports, Writer out) throws IOException {
        out.write(header(table));
        for (Report r : reports) {
            out.write(rows(table, r, null));
        }
        out.flush();
    }

    /** The header line of a table. */
    public String header(Table table) {
        return render(csv -> csv.writeNext(table.header));
    }

    /** One report's rows of a table; {@code duplicateOf} is the earlier path of a report with the same content, or null. */
    public String rows(Table table, Report r, String duplicateOf) {
        return switch (table) {
            case CELLS -> render(csv -> r.cells().forEach(c -> csv.writeNext(cellRow(r, c))));
            case FINDINGS -> findingRows(r.reportId(), r.source().path(), r.findings());
            case REPORTS -> render(csv -> csv.writeNext(reportRow(r, duplicateOf)));
        };
    }

    /** Rows of findings.csv for findings of the report with this id and path. */
    public String findingRows(String reportId, String sourcePath, List<Finding> findings) {
        return render(csv -> findings.forEach(f -> csv.writeNext(new String[] {reportId, SpreadsheetSafe.text(sourcePath),
            f.rule(), f.severity().id(), f.category().id(), String.join(" ", f.cells()), plain(f.expected()),
            plain(f.actual()), SpreadsheetSafe.text(f.message())})));
    }

    /** A row of reports.csv with its finding counts raised by findings added later (cross-year checks). */
    public String withMoreFindings(String reportRow, List<Finding> added) {
        try {
            String[] fields = new RFC4180ParserBuilder().build().parseLine(reportRow.stripTrailing());
            fields[FINDINGS_ERROR_COLUMN] = String.valueOf(Long.parseLong(fields[FINDINGS_ERROR_COLUMN])
                    + added.stream().filter(f -> f.severity() == Severity.ERROR).count());
            fields[FINDINGS_WARNING_COLUMN] = String.valueOf(Long.parseLong(fields[FINDINGS_WARNING_COLUMN])
                    + added.stream().filter(f -> f.severity() == Severity.WARNING).count());
            return render(csv -> csv.writeNext(fields));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] cellRow(Report r, Cell c) {
        return new String[] {r.reportId(), SpreadsheetSafe.text(r.source().path()), r.formatVersion(), c.id(),
            c.kind().id(), plain(c.value()), SpreadsheetSafe.text(c.raw()), c.location().page() == null ? "" : c.location().page().toString()};
    }

    private static String[] reportRow(Report r, String duplicateOf) {
        String message = r.errors().isEmpty() ? "" : r.errors().get(0).code() + ": " + r.errors().get(0).message();
        String codes = r.errors().stream().map(ReportError::code).distinct().collect(Collectors.joining(" "));
        return new String[] {r.reportId(), SpreadsheetSafe.text(r.source().path()), r.status().id(), r.source().format(),
            r.formatVersion(), SpreadsheetSafe.text(nullToEmpty(r.agency())), r.year() == null ? "" : r.year().toString(),
            String.valueOf(r.cells().size()), String.valueOf(r.count(Severity.ERROR)),
            String.valueOf(r.count(Severity.WARNING)), SpreadsheetSafe.text(message), codes,
            SpreadsheetSafe.text(nullToEmpty(duplicateOf))};
    }

    private interface Rows {
        void write(ICSVWriter csv);
    }

    private static String render(Rows rows) {
        StringWriter text = new StringWriter();
        ICSVWriter csv = new CSVWriter(text, ICSVWriter.DEFAULT_SEPARATOR, ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                ICSVWriter.DEFAULT_ESCAPE_CHARACTER, "\n");
        rows.write(csv);
        try {
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
