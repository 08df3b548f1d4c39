package gongkai.cli;

import gongkai.model.Report;
import gongkai.write.ReportCsv;
import gongkai.write.ReportJson;

/**
 * A report with its text in the four part files and its cross-year index entry, made on the worker's thread: the
 * ordered writer, one thread for all workers, then only appends bytes (with {@code --jobs 2} it was the
 * bottleneck while it rendered). The text is rendered as for a report that duplicates none; the writer renders the
 * two outputs naming {@code duplicate_of} again in the rare case it must.
 */
record RenderedReport(Report report, String[] texts, CrossYearIndex.Entry entry) {
    private static final ReportJson JSON = new ReportJson();
    private static final ReportCsv CSV = new ReportCsv();

    /** Localises the report's findings and renders it; the index entry gets its position when written. */
    static RenderedReport of(Report read, Lang lang, CrossYearIndex index) {
        Report report = FindingLanguage.localise(read, lang);
        String[] texts = new String[RunOutputs.Output.values().length];
        for (RunOutputs.Output o : RunOutputs.Output.values()) {
            texts[o.ordinal()] = text(o, report, null);
        }
        return new RenderedReport(report, texts, index.entryOf(-1, report));
    }

    /** The report's text in one output; {@code duplicateOf} is the earlier path of a same-content file, or null. */
    static String text(RunOutputs.Output o, Report report, String duplicateOf) {
        return o.table == null ? JSON.toJsonString(report, duplicateOf) + "\n" : CSV.rows(o.table, report, duplicateOf);
    }

    /** The text of one output for this report written with {@code duplicateOf}. */
    String text(RunOutputs.Output o, String duplicateOf) {
        boolean namesDuplicate = o == RunOutputs.Output.JSONL || o == RunOutputs.Output.REPORTS;
        return duplicateOf != null && namesDuplicate ? text(o, report, duplicateOf) : texts[o.ordinal()];
    }
}
