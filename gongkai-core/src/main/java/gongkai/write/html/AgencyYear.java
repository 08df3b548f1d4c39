package gongkai.write.html;

import gongkai.model.Cell;
import gongkai.model.Finding;
import gongkai.model.Report;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the page of an agency over the years keeps of one of its reports. */
record AgencyYear(String reportId, String title, int year, Map<String, Cell> cells, List<Finding> crossYear) {
    /** Cross-year rules are named x1…x3 in the rule catalogue (docs/rules.md). */
    private static final String CROSS_YEAR_PREFIX = "x";

    static AgencyYear of(Report report) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        report.cells().forEach(c -> cells.putIfAbsent(c.id(), c));
        List<Finding> crossYear = report.findings().stream()
                .filter(f -> f.rule().matches(CROSS_YEAR_PREFIX + "\\d+\\..*")).toList();
        return new AgencyYear(report.reportId(), ReportTitles.title(report), report.year(), cells, crossYear);
    }
}
