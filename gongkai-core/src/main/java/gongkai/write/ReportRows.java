package gongkai.write;

import gongkai.model.Cell;
import gongkai.model.Finding;
import gongkai.model.Report;
import gongkai.model.ReportError;
import gongkai.model.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rows of the contract's three tables (spec/output.md) as plain values: one place that says what each column
 * holds, for every writer of them (the CSVs, and the Spark job's Parquet tables). Values are unescaped: a writer
 * applies its own medium's escaping (the CSVs neutralise formula-like text, see {@link #FREE_TEXT}).
 */
public final class ReportRows {
    /** What a column holds: text, a whole number (counts, year, page) or a decimal value. */
    public enum ColumnType { TEXT, INTEGER, DECIMAL }

    /** The columns of each table, in order, and the columns that are not text. */
    public enum Table {
        CELLS(List.of("report_id", "source_path", "format_version", "cell_id", "kind", "value", "raw", "page"),
                Set.of("page"), Set.of("value")),
        FINDINGS(List.of("report_id", "source_path", "rule", "severity", "category", "cells", "expected", "actual",
                "message"), Set.of(), Set.of("expected", "actual")),
        REPORTS(List.of("report_id", "source_path", "status", "format", "format_version", "agency", "year", "cells",
                "findings_error", "findings_warning", "message", "error_codes", "duplicate_of"),
                Set.of("year", "cells", "findings_error", "findings_warning"), Set.of());

        private final List<String> columns;
        private final Set<String> integers;
        private final Set<String> decimals;

        Table(List<String> columns, Set<String> integers, Set<String> decimals) {
            this.columns = columns;
            this.integers = integers;
            this.decimals = decimals;
        }

        public List<String> columns() {
            return columns;
        }

        public ColumnType type(String column) {
            return integers.contains(column) ? ColumnType.INTEGER
                    : decimals.contains(column) ? ColumnType.DECIMAL : ColumnType.TEXT;
        }
    }

    /** Text a publisher or a file name controls: what a spreadsheet could take for a formula. */
    public static final Set<String> FREE_TEXT = Set.of("source_path", "agency", "raw", "message", "duplicate_of");

    private ReportRows() {
    }

    public static String[] cell(Report r, Cell c) {
        return new String[] {r.reportId(), r.source().path(), r.formatVersion(), c.id(), c.kind().id(),
            plain(c.value()), c.raw(), c.location().page() == null ? "" : c.location().page().toString()};
    }

    public static String[] finding(String reportId, String sourcePath, Finding f) {
        return new String[] {reportId, sourcePath, f.rule(), f.severity().id(), f.category().id(),
            String.join(" ", f.cells()), plain(f.expected()), plain(f.actual()), f.message()};
    }

    /** {@code duplicateOf} is the earlier path of a report with the same content, or null. */
    public static String[] report(Report r, String duplicateOf) {
        return new String[] {r.reportId(), r.source().path(), r.status().id(), r.source().format(), r.formatVersion(),
            nullToEmpty(r.agency()), r.year() == null ? "" : r.year().toString(), String.valueOf(r.cells().size()),
            String.valueOf(r.count(Severity.ERROR)), String.valueOf(r.count(Severity.WARNING)), message(r), errorCodes(r),
            nullToEmpty(duplicateOf)};
    }

    /** The report's first error as {@code CODE: message}, or empty. */
    static String message(Report r) {
        return r.errors().isEmpty() ? "" : r.errors().get(0).code() + ": " + r.errors().get(0).message();
    }

    /** Every distinct error code of the report, space-separated, or empty. */
    static String errorCodes(Report r) {
        return r.errors().stream().map(ReportError::code).distinct().collect(Collectors.joining(" "));
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
