package gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --resume with the audit site and workbook over PDFs: the reports kept from the killed run are read back from
 * reports.jsonl, so the site's pages (with their page pictures and cell boxes), the workbook and the panel equal
 * those of an uninterrupted run.
 */
class ResumeAuditTest {
    private static final List<String> PDFS = List.of("audit/v2021_planted_error.pdf", "pdf/v2021_libreoffice.pdf",
            "pdf/v2019_borderless.pdf", "pdf/v2021_split_chromium.pdf", "pdf/v2021_stacked_digits.pdf",
            "pdf/v2019_chromium.pdf");

    @TempDir
    Path tmp;

    @Test
    void aRunKilledAfterItsFirstReportsResumesToTheSameSiteWorkbookAndPanel() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (String pdf : PDFS) {
            Files.copy(Path.of("test-fixtures").resolve(pdf), in.resolve(Path.of(pdf).getFileName()));
        }
        Files.copy(CommandLineTest.SEED, in.resolve("seed.txt"));
        Path whole = tmp.resolve("whole");
        assertEquals(0, ChildJvm.run(List.of(), Map.of(), tmp.resolve("log0"), args(in, whole, "--jobs", "1")));
        Path out = tmp.resolve("killed");
        Process p = ChildJvm.builder(List.of(), Map.of(), tmp.resolve("log1"), args(in, out, "--jobs", "1")).start();
        boolean killed = killAfterJournalLines(p, out.resolve(Journal.NAME), 3);
        assumeTrue(killed, "the run ended before two reports were journaled: nothing to resume");
        assertFalse(Files.exists(out.resolve("audit.xlsx")), "no workbook under its name after a kill");
        assertEquals(0, ChildJvm.run(List.of(), Map.of(), tmp.resolve("log2"), args(in, out, "--resume", "--jobs", "2")));
        String what = "after a kill and --resume";
        RunFiles.assertSameFiles(whole, out, List.of("reports.jsonl", "panel.csv", "harmonized.csv", "codebook.csv"), what);
        RunFiles.assertSameTree(whole.resolve("report"), out.resolve("report"), what);
        RunFiles.assertSameWorkbook(whole.resolve("audit.xlsx"), out.resolve("audit.xlsx"), what);
    }

    private static String[] args(Path in, Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("extract", in.toString(), "--out", out.toString(), "-q",
                "--html", "--xlsx", out.resolve("audit.xlsx").toString()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    /** Kills the run once its journal has {@code lines} lines; false when it ended first. */
    static boolean killAfterJournalLines(Process p, Path journal, int lines) throws Exception {
        while (p.isAlive()) {
            if (Files.exists(journal) && lineCount(journal) >= lines) {
                p.destroyForcibly().waitFor();
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    private static long lineCount(Path file) throws java.io.IOException {
        byte[] bytes = Files.readAllBytes(file);
        long lines = 0;
        for (byte b : bytes) {
            lines += b == '\n' ? 1 : 0;
        }
        return lines;
    }
}
