package gongkai.write.xlsx;

import gongkai.format.ReportFormats;
import gongkai.model.Cell;
import gongkai.model.CellKind;
import gongkai.model.Finding;
import gongkai.model.Report;
import gongkai.write.CellLabels;
import gongkai.write.Mark;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The auditor's workbook, written as reports arrive: a {@code reports} sheet (one row per report), one sheet
 * per table (one row per report, one column per cell identifier headed by the identifier and its printed
 * label; cells that findings name filled by their mark, the findings as the cell's comment) and a
 * {@code findings} sheet. Rows stream to disk (POI SXSSF); {@link #finish} writes the file.
 */
public final class AuditWorkbook implements AutoCloseable {
    static final List<String> REPORT_COLUMNS = List.of("report_id", "source_path", "agency", "year", "format",
            "format_version", "status", "cells", "errors", "warnings", "doubts", "message");
    static final List<String> FINDING_COLUMNS = List.of("report_id", "source_path", "agency", "year", "rule",
            "severity", "category", "mark", "cells", "expected", "actual", "message");
    /** Columns before the cell columns of a table sheet. */
    static final List<String> TABLE_KEYS = List.of("report_id", "agency", "year");
    private static final int ROWS_IN_MEMORY = 200;
    private static final int CELL_WIDTH = 11 * 256;
    private static final int TEXT_WIDTH = 28 * 256;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final Styles styles = new Styles(workbook);
    private final CellLabels labels = new CellLabels(ReportFormats.standard());
    private final Rows reports;
    private final Rows findings;
    private final Map<String, TableSheet> tables = new LinkedHashMap<>();

    public AuditWorkbook() {
        reports = new Rows(workbook.createSheet("reports"), styles);
        reports.header(REPORT_COLUMNS, null, 1);
        ReportFormats.standard().tableIds().forEach(id -> tables.put(id, new TableSheet(
                new Rows(workbook.createSheet(id), styles), labels.idsOf(id), labels)));
        findings = new Rows(workbook.createSheet("findings"), styles);
        findings.header(FINDING_COLUMNS, null, 1);
    }

    public void add(Report report) {
        long[] marks = new long[Mark.values().length];
        report.findings().forEach(f -> marks[Mark.of(f).ordinal()]++);
        String message = report.errors().isEmpty() ? "" : report.errors().get(0).code() + ": " + report.errors().get(0).message();
        reports.add(List.of(report.reportId(), report.source().path(), text(report.agency()), year(report),
                report.source().format(), report.formatVersion(), report.status().id(), report.cells().size(),
                marks[Mark.ERROR.ordinal()], marks[Mark.WARNING.ordinal()], marks[Mark.DOUBT.ordinal()], message));
        tables.values().forEach(sheet -> sheet.add(report));
        for (Finding f : report.findings()) {
            findings.add(List.of(report.reportId(), report.source().path(), text(report.agency()), year(report), f.rule(),
                    f.severity().id(), f.category().id(), Mark.of(f).css(), String.join(" ", f.cells()),
                    number(f.expected()), number(f.actual()), f.message()));
        }
    }

    /** Sets filters and widths and writes the workbook. */
    public void finish(OutputStream out) throws IOException {
        reports.finish(List.of(1, 2), TEXT_WIDTH, CELL_WIDTH);
        findings.finish(List.of(1, 2, 11), TEXT_WIDTH, CELL_WIDTH);
        tables.values().forEach(TableSheet::finish);
        workbook.write(out);
    }

    /** Removes the temporary files of the streamed rows. */
    @Override
    public void close() throws IOException {
        workbook.close();
    }

    static Object year(Report report) {
        return report.year() == null ? "" : report.year();
    }

    static String text(String s) {
        return s == null ? "" : s;
    }

    static Object number(BigDecimal value) {
        return value == null ? "" : value;
    }

    /** A table sheet: one row per report, one column per cell identifier of any layout of the table. */
    private static final class TableSheet {
        private final Rows rows;
        private final List<String> ids;

        TableSheet(Rows rows, List<String> ids, CellLabels labels) {
            this.rows = rows;
            this.ids = ids;
            List<String> names = new ArrayList<>(TABLE_KEYS);
            names.addAll(ids);
            List<String> printed = new ArrayList<>(List.of("", "机关", "年度"));
            ids.forEach(id -> printed.add(labels.label(id)));
            rows.header(names, printed, TABLE_KEYS.size());
        }

        void add(Report report) {
            Map<String, Cell> cells = new LinkedHashMap<>();
            report.cells().forEach(c -> cells.putIfAbsent(c.id(), c));
            Map<String, List<Finding>> byCell = new LinkedHashMap<>();
            report.findings().forEach(f -> f.cells().forEach(id -> byCell.computeIfAbsent(id, k -> new ArrayList<>()).add(f)));
            List<Object> values = new ArrayList<>(List.of(report.reportId(), text(report.agency()), year(report)));
            for (String id : ids) {
                Cell cell = cells.get(id);
                values.add(cell == null || cell.kind() == CellKind.EMPTY ? "" : cell.isNumber() ? cell.value() : cell.raw());
            }
            Row row = rows.add(values);
            for (int i = 0; i < ids.size(); i++) {
                List<Finding> named = byCell.get(ids.get(i));
                if (named != null) {
                    rows.mark(row, TABLE_KEYS.size() + i, Mark.worst(named), Comments.text(named));
                }
            }
        }

        void finish() {
            rows.finish(List.of(1), TEXT_WIDTH, CELL_WIDTH);
        }
    }
}
