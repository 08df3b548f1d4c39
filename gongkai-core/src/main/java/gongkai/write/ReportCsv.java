package gongkai.write;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import com.opencsv.RFC4180ParserBuilder;
import gongkai.model.Finding;
import gongkai.model.Report;
import gongkai.model.Severity;
import gongkai.write.ReportRows.Table;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes the three CSV tables of the output contract: cells, findings and one row per report. The whole-list
 * methods write a file at once; the per-report methods give one report's rows as text, for a batch that
 * streams reports into its files as they are done.
 */
public final class ReportCsv {
    private static final int FINDINGS_ERROR_COLUMN = Table.REPORTS.columns().indexOf("findings_error");
    private static final int FINDINGS_WARNING_COLUMN = Table.REPORTS.columns().indexOf("findings_warning");

    /** The row as a spreadsheet may open it: free text that looks like a formula neutralised. */
    private static String[] safe(Table table, String[] row) {
        List<String> columns = table.columns();
        for (int i = 0; i < row.length; i++) {
            if (ReportRows.FREE_TEXT.contains(columns.get(i))) {
                row[i] = SpreadsheetSafe.text(row[i]);
            }
        }
        return row;
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
        return render(csv -> csv.writeNext(table.columns().toArray(String[]::new)));
    }

    /** One report's rows of a table; {@code duplicateOf} is the earlier path of a report with the same content, or null. */
    public String rows(Table table, Report r, String duplicateOf) {
        return switch (table) {
            case CELLS -> render(csv -> r.cells().forEach(c -> csv.writeNext(safe(table, ReportRows.cell(r, c)))));
            case FINDINGS -> findingRows(r.reportId(), r.source().path(), r.findings());
            case REPORTS -> render(csv -> csv.writeNext(safe(table, ReportRows.report(r, duplicateOf))));
        };
    }

    /** Rows of findings.csv for findings of the report with this id and path. */
    public String findingRows(String reportId, String sourcePath, List<Finding> findings) {
        return render(csv -> findings.forEach(
                f -> csv.writeNext(safe(Table.FINDINGS, ReportRows.finding(reportId, sourcePath, f)))));
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
}
