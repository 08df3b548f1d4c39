package gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs {@code extract --html --xlsx} over the audit inputs: the planted fixture, and Hongze 2023 when present. */
final class AuditRuns {
    static final Path PLANTED = Path.of("test-fixtures", "audit", "v2021_planted_error.pdf");
    static final Path HONGZE = Path.of("..", "shared", "corpus", "jiangsu_huaian_hongze_qzf_2023.pdf");

    private AuditRuns() {
    }

    private static Path shared;

    /** One extract of the audit inputs per test run, kept in target/audit-test (the browser tests' screenshots too). */
    static synchronized Path sharedSite() {
        if (shared == null) {
            shared = extract(Path.of("target", "audit-test", "out"));
        }
        return shared;
    }

    static boolean hasHongze() {
        return Files.isRegularFile(HONGZE);
    }

    /** Extracts the inputs into {@code out} with the site and the workbook {@code out/audit.xlsx}. */
    static Path extract(Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("extract", PLANTED.toString()));
        if (hasHongze()) {
            args.add(HONGZE.toString());
        }
        args.addAll(List.of("--out", out.toString(), "--html", "--xlsx", out.resolve("audit.xlsx").toString()));
        args.addAll(List.of(extra));
        StringWriter err = new StringWriter();
        picocli.CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(err));
        assertEquals(0, cli.execute(args.toArray(String[]::new)), err.toString());
        return out.resolve("report");
    }
}
