package gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The shape of {@code bench}'s output; the timings themselves are not asserted (targets belong to benchmarks). */
class BenchCommandTest {
    private static final String FIXTURE = "test-fixtures/pdf/v2021_libreoffice.pdf";

    private static String[] run(StringWriter err, int[] exit, String... args) {
        StringWriter out = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        exit[0] = cli.execute(args);
        return out.toString().split("\\R");
    }

    @Test
    void printsHeaderOneRowTheRatioLineAndTheHeapLine() {
        StringWriter err = new StringWriter();
        int[] exit = new int[1];
        List<String> lines = List.of(run(err, exit, "bench", "--rounds", "1", "--warmup", "0", "--heap-files", "3", FIXTURE));
        assertEquals(0, exit[0], err.toString());
        assertEquals(4, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).matches("file\\s+pages\\s+extract ms\\s+getText ms\\s+ratio\\s+extract cpu\\s+getText cpu\\s+ratio"),
                lines.get(0));
        assertTrue(lines.get(1).matches("v2021_libreoffice\\.pdf\\s+2(\\s+\\d+\\.\\d\\d){6}"), lines.get(1));
        assertTrue(lines.get(2).matches("sum of medians \\(1 PDF\\)(\\s+\\d+\\.\\d\\d){6}"), lines.get(2));
        assertTrue(lines.get(3).matches("heap used after GC: before \\d+\\.\\d MB, after 3 files \\d+\\.\\d MB"), lines.get(3));
    }

    @Test
    void nonPdfFilesAreTimedWithoutBaselineAndSaySo() {
        StringWriter err = new StringWriter();
        int[] exit = new int[1];
        String[] lines = run(err, exit, "bench", "--rounds", "1", "--warmup", "0", "--heap-files", "0",
                CommandLineTest.SEED.toString());
        assertEquals(0, exit[0], err.toString());
        assertTrue(lines[1].matches("000_be5ac688f3236744\\.txt\\s+-\\s+\\d+\\.\\d\\d\\s+-\\s+-\\s+\\d+\\.\\d\\d\\s+-\\s+-"), lines[1]);
        assertTrue(lines[3].startsWith("1 non-PDF files, whole extract only (no getText baseline)"), lines[3]);
    }

    @Test
    void usageErrorsExitTwo() {
        int[] exit = new int[1];
        StringWriter err = new StringWriter();
        run(err, exit, "bench", "--rounds", "0", FIXTURE);
        assertEquals(2, exit[0]);
        assertTrue(err.toString().contains("--rounds"), err.toString());
        run(new StringWriter(), exit, "bench", "no/such/file.pdf");
        assertEquals(2, exit[0]);
        run(new StringWriter(), exit, "bench");
        assertEquals(2, exit[0]);
    }
}
