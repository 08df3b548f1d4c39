package gongkai.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code extract INPUT... --out DIR}: writes reports.jsonl, cells.csv, findings.csv reports.csv and the panel files (and run.json
 * last), streaming reports in path order from parallel workers; usage problems are found before any work.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Read reports (PDF, HTML, DOC, DOCX, TXT, zip archives; folders walked) and write their tables and findings.")
final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    BatchOptions batch;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (created if missing).")
    Path out;

    @Option(names = "--sqlite", paramLabel = "FILE",
            description = "Also write reports, cells and findings into this SQLite database (rows replaced by report id).")
    Path sqlite;

    @Option(names = "--html", description = "Also write the audit site: DIR/report/index.html and one page per report.")
    boolean html;

    @Option(names = "--xlsx", paramLabel = "FILE", description = "Also write the audit workbook (reports, t2, t3, t4, findings).")
    Path xlsx;

    @Option(names = "--page-dpi", defaultValue = "110", paramLabel = "DPI",
            description = "Resolution of the PDF page pictures on the audit site; 0 for none (default ${DEFAULT-VALUE}).")
    float pageDpi;

    @Option(names = "--resume", description = "Continue a run into DIR that was killed: files already written (same path and SHA-256) are not read again.")
    boolean resume;

    @Option(names = "--bom", description = "Write the CSV files with a UTF-8 byte-order mark (for Excel).")
    boolean bom;

    @Override
    public Integer call() throws Exception {
        batch.validate();
        checkOut();
        SqliteOutput db = openSqlite();
        try {
            List<Input> inputs = batch.walk(out, sqlite == null ? List.of() : SqliteOutput.filesOf(sqlite));
            return new ExtractRun(this, inputs, db).run();
        } finally {
            if (db != null) {
                db.close();
            }
        }
    }

    private void checkOut() {
        try {
            Files.createDirectories(out);
            Files.delete(Files.createTempFile(out, ".gongkai-probe", ""));
        } catch (IOException | SecurityException e) {
            throw new ParameterException(spec.commandLine(), Messages.get("usage.out", out, reason(e)));
        }
    }

    private SqliteOutput openSqlite() {
        if (sqlite == null) {
            return null;
        }
        try {
            return SqliteOutput.open(sqlite, resume);
        } catch (SQLException e) {
            throw new ParameterException(spec.commandLine(), Messages.get("usage.sqlite", sqlite, e.getMessage()));
        }
    }

    private static String reason(Exception e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
    }
}
