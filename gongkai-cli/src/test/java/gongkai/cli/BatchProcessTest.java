package gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch as a process: a small heap, a kill at any moment, a C locale. */
class BatchProcessTest {
    private static final List<String> OUTPUTS = List.of("reports.jsonl", "cells.csv", "findings.csv", "reports.csv");
    private static final List<String> PANEL = List.of("panel.csv", "harmonized.csv", "codebook.csv");
    private static final List<String> FINAL_AFTER_KILL = List.of("reports.jsonl", "cells.csv", "findings.csv",
            "reports.csv", "audit.xlsx", "report", "panel.csv", "harmonized.csv", "codebook.csv");

    @TempDir
    Path tmp;

    /**
     * A small heap, also for a resumed run that hands the reports it keeps to the site and the workbook again: the
     * run is killed once a thousand reports are journaled and resumed, both in 128 MB.
     */
    @Test
    void threeThousandReportsInA128MegabyteHeapEachGetTheirRecordAlsoWhenResumedWithSiteAndWorkbook() throws Exception {
        Path in = Generated.reports(tmp.resolve("in"), 3000);
        Path out = tmp.resolve("out");
        String[] args = {"extract", in.toString(), "--out", out.toString(), "--jobs", "2", "-q", "--resume", "--html",
            "--xlsx", out.resolve("audit.xlsx").toString()};
        Process first = ChildJvm.builder(List.of("-Xmx128m"), Map.of(), tmp.resolve("log1"), args).start();
        boolean killed = ResumeAuditTest.killAfterJournalLines(first, out.resolve(Journal.NAME), 1001);
        int exit = ChildJvm.run(List.of("-Xmx128m"), Map.of(), tmp.resolve("log"), args);
        assertEquals(0, exit, Files.readString(tmp.resolve("log")));
        assertEquals(3000, Files.readAllLines(out.resolve("reports.jsonl")).size());
        assertTrue(Files.readString(out.resolve("run.json")).contains("\"ok\" : 3000"));
        assertEquals(3001, Files.readAllLines(out.resolve("panel.csv")).size());
        try (java.util.stream.Stream<Path> pages = Files.list(out.resolve("report"))) {
            assertEquals(3000, pages.filter(p -> p.getFileName().toString().startsWith("r-")).count(),
                    "a page per report" + (killed ? " after a kill at 1000" : ""));
        }
        assertTrue(RunFiles.cells(out.resolve("audit.xlsx")).contains("sheet reports 3000"));
    }

    @Test
    void aRunKilledAtRandomMomentsAndResumedEqualsAnUninterruptedRun() throws Exception {
        Path in = Generated.reports(tmp.resolve("in"), 30);
        crossYearPair(in);
        Path whole = tmp.resolve("whole");
        assertEquals(0, ChildJvm.run(List.of(), Map.of(), tmp.resolve("log0"), "extract", in.toString(), "--out",
                whole.toString(), "-q", "--sqlite", tmp.resolve("whole.db").toString(), "--html", "--xlsx",
                whole.resolve("audit.xlsx").toString()));
        Random random = new Random(11);
        for (int attempt = 0; attempt < 3; attempt++) {
            Path out = tmp.resolve("killed" + attempt);
            Path db = tmp.resolve("killed" + attempt + ".db");
            String[] args = {"extract", in.toString(), "--out", out.toString(), "-q", "--resume", "--sqlite", db.toString(),
                "--html", "--xlsx", out.resolve("audit.xlsx").toString()};
            for (int kill = 0; kill < 1; kill++) {
                Process p = ChildJvm.builder(List.of(), Map.of(), tmp.resolve("log" + attempt + kill), args).start();
                if (!p.waitFor(1000 + random.nextInt(3000), TimeUnit.MILLISECONDS)) {
                    p.destroyForcibly().waitFor();
                    for (String name : FINAL_AFTER_KILL) {
                        assertFalse(Files.exists(out.resolve(name)) && !Files.exists(out.resolve("run.json")),
                                "a final name without run.json after a kill: " + name);
                    }
                    assertFalse(Files.exists(db) && !Files.exists(out.resolve("run.json")), "a database under its final name after a kill");
                }
            }
            assertEquals(0, ChildJvm.run(List.of(), Map.of(), tmp.resolve("log" + attempt), args));
            String what = "after a kill and --resume (attempt " + attempt + ")";
            RunFiles.assertSameFiles(whole, out, OUTPUTS, what);
            RunFiles.assertSameFiles(whole, out, PANEL, what);
            RunFiles.assertSameTree(whole.resolve("report"), out.resolve("report"), what);
            RunFiles.assertSameWorkbook(whole.resolve("audit.xlsx"), out.resolve("audit.xlsx"), what);
            assertEquals(SqliteRows.dump(tmp.resolve("whole.db")), SqliteRows.dump(db), "SQLite after a kill and --resume");
            assertFalse(Files.exists(SqliteOutput.partOf(db)));
            assertTrue(Files.exists(out.resolve("run.json")));
            assertFalse(Files.exists(out.resolve(Journal.NAME)));
        }
        assertTrue(Files.readString(whole.resolve("findings.csv")).contains("x1.carried_over"),
                "the cross-year finding spliced into an earlier report");
    }

    /** 2023 before 2022 in path order, one request moved between years: an X1 warning on the earlier-written file. */
    private static void crossYearPair(Path in) throws Exception {
        Path y2022 = Path.of("test-fixtures", "text", "sample_bureau_2022_v2021.txt");
        Path y2023 = Path.of("test-fixtures", "text", "sample_bureau_2023_v2021.txt");
        String text = Files.readString(y2023)
                .replace("一、本年新收政府信息公开申请数量\t61\t41\t6\t2\t5\t5\t120", "一、本年新收政府信息公开申请数量\t60\t41\t6\t2\t5\t5\t119")
                .replace("二、上年结转政府信息公开申请数量\t0\t0\t0\t1\t1\t1\t3", "二、上年结转政府信息公开申请数量\t1\t0\t0\t1\t1\t1\t4");
        Files.writeString(in.resolve("a_2023.txt"), text);
        Files.copy(y2022, in.resolve("z_2022.txt"));
    }

    @Test
    void underTheCLocaleAChineseFileNameIsReadAndWrittenRight() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(CommandLineTest.SEED, in.resolve("阿勒泰地区教育局2020年报告.txt"));
        Path out = tmp.resolve("out");
        int exit = ChildJvm.run(List.of(), Map.of("LC_ALL", "C", "LANG", "C"), tmp.resolve("log"), "extract",
                in.toString(), "--out", out.toString(), "-q");
        assertEquals(0, exit, Files.readString(tmp.resolve("log")));
        String reports = Files.readString(out.resolve("reports.csv"), StandardCharsets.UTF_8);
        assertTrue(reports.contains("阿勒泰地区教育局2020年报告.txt\",\"ok\""), reports);
        assertTrue(Files.readString(tmp.resolve("log"), StandardCharsets.UTF_8).contains("1 files: 1 ok"));
    }
}
