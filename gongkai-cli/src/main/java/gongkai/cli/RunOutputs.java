package gongkai.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import gongkai.model.Finding;
import gongkai.model.Report;
import gongkai.write.ReportCsv;
import gongkai.write.ReportRows;
import gongkai.write.ReportJson;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

/**
 * The four output files of {@code extract}, written while the run goes: each report is appended to
 * {@code NAME.part} as soon as it and all before it are done, then recorded in the {@link Journal}. At the end
 * the findings of the cross-year checks are spliced into the reports they belong to and every part file is
 * renamed to its final name, so a file under a final name is always complete.
 */
final class RunOutputs implements AutoCloseable {
    /** The outputs in the order of the sizes a journal line lists. */
    enum Output {
        JSONL("reports.jsonl", null), CELLS("cells.csv", ReportRows.Table.CELLS),
        FINDINGS("findings.csv", ReportRows.Table.FINDINGS), REPORTS("reports.csv", ReportRows.Table.REPORTS);

        final String fileName;
        final ReportRows.Table table;

        Output(String fileName, ReportRows.Table table) {
            this.fileName = fileName;
            this.table = table;
        }
    }

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final long FLUSH_MILLIS = 500;
    private static final int FLUSH_LINES = 256;
    private final Path dir;
    private final boolean bom;
    private final ReportJson json = new ReportJson();
    private final ReportCsv csv = new ReportCsv();
    private final OutputStream[] parts = new OutputStream[Output.values().length];
    private final long[] sizes = new long[Output.values().length];
    private final StringBuilder pending = new StringBuilder();
    private int pendingLines;
    private long lastFlush = System.currentTimeMillis();
    private Writer journal;
    private Runnable beforeJournal = () -> { };

    RunOutputs(Path dir, boolean bom) {
        this.dir = dir;
        this.bom = bom;
    }

    Path part(Output o) {
        return dir.resolve(o.fileName + ".part");
    }

    /** Runs before journal lines are written (the SQLite commit), so the journal never names unsaved rows. */
    void beforeJournal(Runnable action) {
        this.beforeJournal = action;
    }

    /** Starts afresh: part files with their headers, a journal with the settings. Old outputs stay until replaced. */
    void startFresh(ObjectNode settings) throws IOException {
        Files.deleteIfExists(dir.resolve(RunRecord.NAME));
        for (Output o : Output.values()) {
            byte[] head = header(o);
            Files.write(part(o), head);
            sizes[o.ordinal()] = head.length;
        }
        Files.writeString(dir.resolve(Journal.NAME), Journal.settingsLine(settings, sizes), StandardCharsets.UTF_8);
        open();
    }

    /** Continues a killed run from its first {@code kept} journal lines: the part files are cut back to match. */
    void resume(Journal.Contents contents, int kept) throws IOException {
        Files.deleteIfExists(dir.resolve(RunRecord.NAME));
        long[] ends = kept == 0 ? contents.headerEnds() : contents.lines().get(kept - 1).ends();
        for (Output o : Output.values()) {
            truncate(part(o), ends[o.ordinal()]);
            sizes[o.ordinal()] = ends[o.ordinal()];
        }
        truncate(dir.resolve(Journal.NAME), contents.lineEnds().get(kept));
        open();
    }

    private static void truncate(Path file, long size) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(size);
        }
    }

    private void open() throws IOException {
        for (Output o : Output.values()) {
            parts[o.ordinal()] = new BufferedOutputStream(Files.newOutputStream(part(o), StandardOpenOption.APPEND), 1 << 16);
        }
        journal = Files.newBufferedWriter(dir.resolve(Journal.NAME), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    private byte[] header(Output o) {
        if (o.table == null) {
            return new byte[0];
        }
        byte[] text = csv.header(o.table).getBytes(StandardCharsets.UTF_8);
        if (!bom) {
            return text;
        }
        byte[] withBom = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, withBom, 0, BOM.length);
        System.arraycopy(text, 0, withBom, BOM.length, text.length);
        return withBom;
    }

    /** Appends one report to every part file; its journal line follows at the next flush. */
    void write(RenderedReport rendered, String duplicateOf, CrossYearIndex.Entry entry) throws IOException {
        for (Output o : Output.values()) {
            byte[] bytes = rendered.bytes(o, duplicateOf);
            parts[o.ordinal()].write(bytes);
            sizes[o.ordinal()] += bytes.length;
        }
        pending.append(Journal.line(Journal.Line.of(rendered.report(), sizes.clone(), entry)));
        pendingLines++;
        if (pendingLines >= FLUSH_LINES || System.currentTimeMillis() - lastFlush >= FLUSH_MILLIS) {
            flush();
        }
    }

    /** Part files to the operating system, then the SQLite commit, then the journal lines naming them. */
    void flush() throws IOException {
        for (OutputStream part : parts) {
            part.flush();
        }
        beforeJournal.run();
        journal.write(pending.toString());
        journal.flush();
        pending.setLength(0);
        pendingLines = 0;
        lastFlush = System.currentTimeMillis();
    }

    /**
     * Splices the cross-year findings into their reports' lines and rows and renames every part file to its final
     * name (a file with no change is renamed as is).
     */
    void finish(Map<Integer, CrossYearIndex.Findings> added) throws IOException {
        flush();
        close();
        Journal.Contents journalNow = added.isEmpty() ? null : Journal.read(dir.resolve(Journal.NAME));
        List<Journal.Line> lines = journalNow == null ? List.of() : journalNow.lines();
        long[] headerEnds = journalNow == null ? null : journalNow.headerEnds();
        for (Output o : Output.values()) {
            Path target = dir.resolve(o.fileName);
            if (added.isEmpty() || o == Output.CELLS) {
                Files.move(part(o), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Path merged = dir.resolve(o.fileName + ".merge");
                new Splicer(o, lines, headerEnds).copy(part(o), merged, added);
                Files.move(merged, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                Files.delete(part(o));
            }
        }
    }

    /** Removes the journal once the run record is written: the run is complete. */
    void forgetJournal() throws IOException {
        Files.deleteIfExists(dir.resolve(Journal.NAME));
    }

    @Override
    public void close() throws IOException {
        for (OutputStream part : parts) {
            if (part != null) {
                part.close();
            }
        }
        if (journal != null) {
            journal.close();
        }
    }

    /** Copies a part file, replacing or extending the bytes of the reports that get cross-year findings. */
    private final class Splicer {
        private final Output output;
        private final List<Journal.Line> lines;
        private final long[] headerEnds;

        Splicer(Output output, List<Journal.Line> lines, long[] headerEnds) {
            this.output = output;
            this.lines = lines;
            this.headerEnds = headerEnds;
        }

        void copy(Path from, Path to, Map<Integer, CrossYearIndex.Findings> added) throws IOException {
            int k = output.ordinal();
            try (FileChannel in = FileChannel.open(from); FileChannel out = FileChannel.open(to,
                    StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                long done = 0;
                for (Map.Entry<Integer, CrossYearIndex.Findings> e : added.entrySet()) {
                    int position = e.getKey();
                    long start = position == 0 ? headerEnds[k] : lines.get(position - 1).ends()[k];
                    long end = lines.get(position).ends()[k];
                    long keepUntil = output == Output.FINDINGS ? end : start;
                    transfer(in, out, done, keepUntil);
                    out.write(java.nio.ByteBuffer.wrap(replacement(in, start, end, e.getValue())));
                    done = end;
                }
                transfer(in, out, done, in.size());
            }
        }

        private byte[] replacement(FileChannel in, long start, long end, CrossYearIndex.Findings f) throws IOException {
            CrossYearIndex.Entry entry = f.entry();
            String text = switch (output) {
                case FINDINGS -> csv.findingRows(entry.reportId(), entry.path(), f.findings());
                case JSONL -> json.withMoreFindings(read(in, start, end).stripTrailing(), f.findings()) + "\n";
                case REPORTS -> csv.withMoreFindings(read(in, start, end), f.findings());
                case CELLS -> read(in, start, end);
            };
            return text.getBytes(StandardCharsets.UTF_8);
        }

        private String read(FileChannel in, long start, long end) throws IOException {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(Math.toIntExact(end - start));
            in.read(buffer, start);
            return new String(buffer.array(), StandardCharsets.UTF_8);
        }

        private void transfer(FileChannel in, FileChannel out, long from, long to) throws IOException {
            for (long at = from; at < to; ) {
                at += in.transferTo(at, to - at, out);
            }
        }
    }

}
