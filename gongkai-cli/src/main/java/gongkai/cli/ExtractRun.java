package gongkai.cli;

import gongkai.Gongkai;
import gongkai.write.PanelFiles;
import gongkai.write.ReportJson;
import gongkai.write.ReportJsonReader;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gongkai.check.Validator;
import gongkai.format.ReportFormats;
import gongkai.model.Report;
import gongkai.model.Severity;
import gongkai.model.Status;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import picocli.CommandLine.ParameterException;

/** One run of {@code extract}: fresh or resumed, streamed into {@link RunOutputs}, cross-year checks at the end. */
final class ExtractRun {
    private final ExtractCommand command;
    private final List<Input> inputs;
    private final SqliteOutput db;
    private final Tally tally = new Tally();
    private final Map<String, String> firstPathBySha = new HashMap<>();
    private final CrossYearIndex index;
    private final RunOutputs outputs;
    private final PrintWriter err;
    private Progress progress;
    private AuditOutputs audit;
    private PanelFiles panel;
    private int position;

    ExtractRun(ExtractCommand command, List<Input> inputs, SqliteOutput db) {
        this.command = command;
        this.inputs = inputs;
        this.db = db;
        this.index = new CrossYearIndex(new Validator(ReportFormats.standard(), command.batch.lang.name()));
        this.outputs = new RunOutputs(command.out, command.bom);
        this.err = command.spec.commandLine().getErr();
    }

    int run() throws Exception {
        Instant start = Instant.now();
        int kept = open();
        boolean resumed = kept > 0;
        if (db != null) {
            outputs.beforeJournal(db::commit);
        }
        progress = new Progress(err, command.batch.quiet, inputs.size(), kept);
        position = kept;
        audit = AuditOutputs.open(command.out, command.html, command.xlsx,
                command.batch.lang.name().toLowerCase(java.util.Locale.ROOT), command.pageDpi);
        panel = PanelFiles.standard(command.out, Gongkai::agencyKey);
        try (AuditOutputs auditing = audit; PanelFiles panelling = panel) {
            replayKept(kept);
            new Batch<>(command.batch.jobs(), command.batch.timeout,
                    () -> new PipelineWorker(command.batch.lang, command.batch.ocr),
                    report -> RenderedReport.of(report, command.batch.lang, index, panel))
                    .run(inputs.subList(kept, inputs.size()), (input, rendered) -> write(rendered));
            finish();
            auditing.finish();
            panelling.finish();
            if (db != null) {
                db.loadPanel(command.out);
                db.complete();
            }
        } finally {
            outputs.close();
        }
        progress.end();
        RunRecord.write(command.out, command.spec.commandLine().getParseResult().originalArgs(), start, Instant.now(),
                tally, resumed);
        outputs.forgetJournal();
        PrintWriter out = command.spec.commandLine().getOut();
        out.println(tally.line() + " → " + command.out);
        out.print(tally.table());
        out.flush();
        return 0;
    }

    /** Starts the part files, or continues them from the journal with --resume; the number of reports kept. */
    private int open() throws IOException {
        ObjectNode settings = new ObjectMapper().createObjectNode().put("lang", command.batch.lang.name())
                .put("bom", command.bom);
        Path journal = command.out.resolve(Journal.NAME);
        boolean partsThere = Stream.of(RunOutputs.Output.values()).allMatch(o -> Files.exists(outputs.part(o)));
        if (!command.resume || !Files.exists(journal) || !partsThere) {
            outputs.startFresh(settings);
            return 0;
        }
        Journal.Contents contents = Journal.read(journal);
        if (!settings.equals(contents.settings())) {
            throw new ParameterException(command.spec.commandLine(),
                    Messages.get("usage.resume_settings", contents.settings(), settings));
        }
        int kept = sameFiles(contents.lines());
        outputs.resume(contents, kept);
        for (Journal.Line line : contents.lines().subList(0, kept)) {
            tally.add(line.status(), line.codes(), line.cells(), line.errors(), line.warnings());
            if (!line.sha256().isEmpty()) {
                firstPathBySha.putIfAbsent(line.sha256(), line.path());
            }
            index.add(line.entry());
        }
        return kept;
    }

    /** How many journal lines, from the first, name the inputs of this run in the same order with the same content. */
    private int sameFiles(List<Journal.Line> lines) {
        int n = 0;
        while (n < lines.size() && n < inputs.size() && same(inputs.get(n), lines.get(n))) {
            n++;
        }
        return n;
    }

    /** Same path and same content: a file's or an archive member's SHA-256 (a record that failed before hashing: ""). */
    static boolean same(Input input, Journal.Line line) {
        if (!input.path().equals(line.path())) {
            return false;
        }
        if (input.problem() != null) {
            return true;
        }
        try {
            return input.sha256().equals(line.sha256());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Hands the reports a resumed run keeps, read back from their lines in the part file, to the panel, the site and
     * the workbook, which begin afresh: so they hold every report, as after an uninterrupted run.
     */
    private void replayKept(int kept) throws IOException {
        if (kept == 0) {
            return;
        }
        ReportJsonReader reader = new ReportJsonReader();
        try (BufferedReader lines = Files.newBufferedReader(outputs.part(RunOutputs.Output.JSONL), StandardCharsets.UTF_8)) {
            for (int i = 0; i < kept; i++) {
                Report report = reader.read(lines.readLine());
                panel.add(report);
                audit.add(report);
            }
        }
    }

    private void write(RenderedReport rendered) throws IOException {
        Report report = rendered.report();
        String sha = report.source().sha256();
        String duplicateOf = sha.isEmpty() ? null : firstPathBySha.putIfAbsent(sha, report.source().path());
        int place = position++;
        CrossYearIndex.Entry entry = rendered.entry() == null ? null : rendered.entry().at(place);
        index.add(entry);
        outputs.write(rendered, duplicateOf, entry);
        if (db != null) {
            db.write(report, duplicateOf);
        }
        panel.add(rendered.panelRows());
        if (audit.active()) {
            audit.add(ReportJson.asWritten(report)); // as a resumed run reads it back
        }
        tally.add(report);
        if (report.status() == Status.FAILED && !command.batch.quiet) {
            progress.println(Messages.get("failed.line", report.source().path(), report.errors().get(0).code(),
                    report.errors().get(0).message()));
        }
        progress.update(tally);
    }

    private void finish() throws Exception {
        Map<Integer, CrossYearIndex.Findings> added = index.check();
        outputs.finish(added);
        for (CrossYearIndex.Findings f : added.values()) {
            if (db != null) {
                db.addFindings(f.entry().reportId(), f.findings());
            }
            tally.addFindings(f.findings().stream().filter(x -> x.severity() == Severity.ERROR).count(),
                    f.findings().stream().filter(x -> x.severity() == Severity.WARNING).count());
        }
        if (db != null) {
            db.commit();
        }
    }
}
