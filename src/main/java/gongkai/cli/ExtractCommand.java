package gongkai.cli;

import gongkai.model.Report;
import gongkai.read.pdf.OcrMode;
import gongkai.model.Status;
import gongkai.write.ReportCsv;
import gongkai.write.ReportJson;
import gongkai.write.ReportSqlite;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code extract INPUT... --out DIR}: writes reports.jsonl, cells.csv, findings.csv and reports.csv. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Read reports (PDF, HTML, DOC, DOCX, TXT; folders walked) and write their tables and findings.")
final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders.")
    List<Path> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (created if missing).")
    Path out;

    @Option(names = "--ocr", defaultValue = "auto", converter = OcrModeConverter.class,
            description = "auto (default): read PDF pages without a text layer by OCR when Tesseract is installed; off.")
    OcrMode ocr;

    @Option(names = "--lang", defaultValue = "zh", description = "Language of finding messages: zh or en.")
    String lang;

    @Option(names = "--sqlite", paramLabel = "FILE",
            description = "Also write reports, cells and findings into this SQLite database (rows replaced by report id).")
    Path sqlite;

    @Override
    public Integer call() throws IOException {
        List<Report> reports = new Pipeline(lang, ocr).run(inputs);
        Files.createDirectories(out);
        try (Writer w = Files.newBufferedWriter(out.resolve("reports.jsonl"), StandardCharsets.UTF_8)) {
            new ReportJson().writeLines(reports, w);
        }
        ReportCsv csv = new ReportCsv();
        try (Writer w = Files.newBufferedWriter(out.resolve("cells.csv"), StandardCharsets.UTF_8)) {
            csv.writeCells(reports, w);
        }
        try (Writer w = Files.newBufferedWriter(out.resolve("findings.csv"), StandardCharsets.UTF_8)) {
            csv.writeFindings(reports, w);
        }
        try (Writer w = Files.newBufferedWriter(out.resolve("reports.csv"), StandardCharsets.UTF_8)) {
            csv.writeReports(reports, w);
        }
        if (sqlite != null) {
            writeSqlite(reports);
        }
        PrintWriter err = spec.commandLine().getErr();
        for (Report r : reports) {
            if (r.status() == Status.FAILED) {
                err.println(r.source().path() + ": " + r.errors().get(0).code() + ": " + r.errors().get(0).message());
            }
        }
        spec.commandLine().getOut().println(Summary.of(reports) + " → " + out);
        return 0;
    }

    private void writeSqlite(List<Report> reports) throws IOException {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + sqlite.toAbsolutePath())) {
            new ReportSqlite().write(reports, db);
        } catch (SQLException e) {
            throw new IOException("cannot write " + sqlite + ": " + e.getMessage(), e);
        }
    }
}
