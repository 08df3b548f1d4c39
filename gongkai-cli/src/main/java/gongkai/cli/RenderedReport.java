package gongkai.cli;

import gongkai.model.Report;
import gongkai.write.PanelFiles;
import gongkai.write.ReportCsv;
import gongkai.write.ReportJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A report with its bytes in the four part files, its lines in the panel files and its cross-year index entry,
 * made on the worker's thread: the ordered writer, one thread for all workers, then only appends bytes (with
 * {@code --jobs 2} it was the bottleneck while it rendered). The text is rendered as for a report that duplicates
 * none; the writer renders the two outputs naming {@code duplicate_of} again in the rare case it must.
 */
record RenderedReport(Report report, byte[][] bytes, CrossYearIndex.Entry entry, PanelFiles.Rows panelRows) {
    private static final ReportJson JSON = new ReportJson();
    private static final ReportCsv CSV = new ReportCsv();

    /** Localises the report's findings and renders it; the index entry gets its position when written. */
    static RenderedReport of(Report read, Lang lang, CrossYearIndex index, PanelFiles panel) {
        Report report = FindingLanguage.localise(read, lang);
        byte[][] bytes = new byte[RunOutputs.Output.values().length][];
        for (RunOutputs.Output o : RunOutputs.Output.values()) {
            bytes[o.ordinal()] = text(o, report, null).getBytes(StandardCharsets.UTF_8);
        }
        try {
            return new RenderedReport(report, bytes, index.entryOf(-1, report), panel.render(report));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The report's text in one output; {@code duplicateOf} is the earlier path of a same-content file, or null. */
    static String text(RunOutputs.Output o, Report report, String duplicateOf) {
        return o.table == null ? JSON.toJsonString(report, duplicateOf) + "\n" : CSV.rows(o.table, report, duplicateOf);
    }

    /** The bytes of one output for this report written with {@code duplicateOf}. */
    byte[] bytes(RunOutputs.Output o, String duplicateOf) {
        boolean namesDuplicate = o == RunOutputs.Output.JSONL || o == RunOutputs.Output.REPORTS;
        return duplicateOf != null && namesDuplicate
                ? text(o, report, duplicateOf).getBytes(StandardCharsets.UTF_8) : bytes[o.ordinal()];
    }
}
