package gongkai.model;

import java.util.List;

/** Everything gongkai knows about one input file: one line of reports.jsonl. */
public record Report(String reportId, Source source, Status status, List<ReportError> errors,
                     String formatVersion, String agency, Integer year, List<Section> sections,
                     List<Cell> cells, List<Finding> findings) {
    public Report {
        errors = List.copyOf(errors);
        sections = List.copyOf(sections);
        cells = List.copyOf(cells);
        findings = List.copyOf(findings);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    public Report withFindings(List<Finding> newFindings) {
        return new Report(reportId, source, status, errors, formatVersion, agency, year, sections, cells, newFindings);
    }
}
