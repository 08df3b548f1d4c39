package gongkai.model;

import java.util.List;

/**
 * Everything gongkai knows about one input file: one line of reports.jsonl. {@code tables} holds each
 * statistical table as read (its layout), in the order of the format's tables.
 */
public record Report(String reportId, Source source, Status status, List<ReportError> errors,
                     String formatVersion, String agency, Integer year, List<Section> sections,
                     List<Cell> cells, List<TableRead> tables, List<Finding> findings) {
    public Report {
        errors = List.copyOf(errors);
        sections = List.copyOf(sections);
        cells = List.copyOf(cells);
        tables = List.copyOf(tables);
        findings = List.copyOf(findings);
    }

    /** A report without tables read (a failed file, or one built by hand). */
    public Report(String reportId, Source source, Status status, List<ReportError> errors, String formatVersion,
                  String agency, Integer year, List<Section> sections, List<Cell> cells, List<Finding> findings) {
        this(reportId, source, status, errors, formatVersion, agency, year, sections, cells, List.of(), findings);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    public Report withFindings(List<Finding> newFindings) {
        return new Report(reportId, source, status, errors, formatVersion, agency, year, sections, cells, tables,
                newFindings);
    }

    public Report withCells(List<Cell> newCells) {
        return new Report(reportId, source, status, errors, formatVersion, agency, year, sections, newCells, tables,
                findings);
    }

    public Report withTables(List<TableRead> newTables) {
        return new Report(reportId, source, status, errors, formatVersion, agency, year, sections, cells, newTables,
                findings);
    }
}
