package gongkai.write.html;

import gongkai.write.Mark;
import gongkai.model.Finding;
import gongkai.model.Report;
import gongkai.text.Normalizer;

/** What the index keeps of one report once its page is written: a line of the index table. */
record IndexRow(String reportId, String title, String agencyKey, Integer year, String format, String status,
                int errors, int warnings, int doubts, String file) {

    static IndexRow of(Report report) {
        int[] counts = new int[Mark.values().length];
        for (Finding f : report.findings()) {
            counts[Mark.of(f).ordinal()]++;
        }
        String key = report.agency() == null ? null : Normalizer.agencyKey(report.agency());
        return new IndexRow(report.reportId(), ReportTitles.title(report), key, report.year(),
                report.source().format() + " " + report.formatVersion(), report.status().id(),
                counts[Mark.ERROR.ordinal()], counts[Mark.WARNING.ordinal()], counts[Mark.DOUBT.ordinal()],
                ReportTitles.fileName(report));
    }
}
