package gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What the batch reads: zip members, globs, links, FIFOs, the output folder, one record per path. */
class BatchInputsTest {
    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private List<JsonNode> reports(Path out) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve("reports.jsonl"), StandardCharsets.UTF_8)) {
            nodes.add(new ObjectMapper().readTree(line));
        }
        return nodes;
    }

    private List<String> paths(Path out) throws Exception {
        return reports(out).stream().map(n -> n.at("/source/path").asText()).toList();
    }

    @Test
    void aZipHoldingThreeReportsGivesThreeRecords() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path zip = in.resolve("reports.zip");
        byte[] seed = Files.readAllBytes(CommandLineTest.SEED);
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String name : List.of("a/2020.txt", "b.txt", "c.txt")) {
                z.putNextEntry(new ZipEntry(name));
                z.write(new String(seed, StandardCharsets.UTF_8).replace("阿勒泰地区教育局", "机构" + name)
                        .getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
            z.putNextEntry(new ZipEntry("../escape.txt"));
            z.write(seed);
            z.closeEntry();
        }
        Path out = tmp.resolve("out");
        assertEquals(0, run("extract", in.toString(), "--out", out.toString()).exit());
        List<JsonNode> reports = reports(out);
        assertEquals(List.of(zip + "!/../escape.txt", zip + "!/a/2020.txt", zip + "!/b.txt", zip + "!/c.txt"), paths(out));
        assertEquals("UNREADABLE", reports.get(0).at("/errors/0/code").asText());
        for (int i = 1; i < 4; i++) {
            assertEquals("ok", reports.get(i).get("status").asText());
            assertEquals(198, reports.get(i).get("cells").size());
        }
    }

    @Test
    void globsSelectFilesAndTheOutputFolderIsNeverReadBack() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(CommandLineTest.SEED, in.resolve("a.txt"));
        Files.writeString(in.resolve("b.txt"), "note");
        Files.writeString(in.resolve("c.md"), "note");
        Path out = in.resolve("out");
        assertEquals(0, run("extract", in.toString(), "--out", out.toString(), "--include", "*.txt", "--exclude", "b*").exit());
        assertEquals(List.of(in.resolve("a.txt").toString()), paths(out));
        assertEquals(0, run("extract", in.toString(), "--out", out.toString()).exit());
        assertEquals(List.of(in.resolve("a.txt").toString(), in.resolve("b.txt").toString(), in.resolve("c.md").toString()),
                paths(out), "the second run does not read the first one's outputs");
    }

    @Test
    void oneFileGivenTwoWaysIsOneRecord() throws Exception {
        Path out = tmp.resolve("out");
        assertEquals(0, run("extract", CommandLineTest.SEED.toString(), "./" + CommandLineTest.SEED, "--out", out.toString()).exit());
        assertEquals(List.of(CommandLineTest.SEED.toString()), paths(out));
    }

    @Test
    void linksLoopsAndFifosGetARecordOrALineAndNeverBlock() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(CommandLineTest.SEED, in.resolve("a.txt"));
        Files.createSymbolicLink(in.resolve("dangling.txt"), tmp.resolve("nothing"));
        Files.createSymbolicLink(in.resolve("loop"), in);
        Path other = Files.createDirectories(tmp.resolve("other"));
        Files.copy(CommandLineTest.SEED, other.resolve("b.txt"));
        Files.createSymbolicLink(in.resolve("linked"), other);
        boolean fifo = new ProcessBuilder("mkfifo", in.resolve("pipe").toString()).start().waitFor() == 0;
        Path out = tmp.resolve("out");
        Run run = run("extract", in.toString(), "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        List<String> expected = new ArrayList<>(List.of(in.resolve("a.txt").toString(), in.resolve("dangling.txt").toString(),
                in.resolve("linked/b.txt").toString()));
        if (fifo) {
            expected.add(in.resolve("pipe").toString());
        }
        assertEquals(expected, paths(out));
        assertTrue(run.err().contains("loop"), run.err());
        assertTrue(run.err().contains("dangling.txt: UNREADABLE"), run.err());
        if (fifo) {
            assertTrue(run.err().contains("pipe: UNREADABLE"), run.err());
            Run direct = run("extract", in.resolve("pipe").toString(), "--out", tmp.resolve("o2").toString());
            assertEquals(0, direct.exit(), "a FIFO given as an argument is a record, never opened");
        }
    }

    @Test
    void sameContentFilesKeepOneRecordEachWithDuplicateOfAndTheCsvsCanHaveABom() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(CommandLineTest.SEED, in.resolve("a.txt"));
        Files.copy(CommandLineTest.SEED, in.resolve("b.txt"));
        Path out = tmp.resolve("out");
        Path db = tmp.resolve("panel.db");
        assertEquals(0, run("extract", in.toString(), "--out", out.toString(), "--bom", "--sqlite", db.toString()).exit());
        List<JsonNode> reports = reports(out);
        assertFalse(reports.get(0).has("duplicateOf"));
        assertEquals(in.resolve("a.txt").toString(), reports.get(1).get("duplicateOf").asText());
        byte[] cells = Files.readAllBytes(out.resolve("cells.csv"));
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(cells[0], cells[1], cells[2]));
        List<String> rows = Files.readAllLines(out.resolve("reports.csv"), StandardCharsets.UTF_8);
        assertTrue(rows.get(0).endsWith("\"message\",\"error_codes\",\"duplicate_of\""), rows.get(0));
        assertTrue(rows.get(2).endsWith(",\"" + in.resolve("a.txt") + "\""), rows.get(2));
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             java.sql.Statement st = c.createStatement()) {
            java.sql.ResultSet rs = st.executeQuery("SELECT count(*), count(duplicate_of) FROM reports");
            rs.next();
            assertEquals(2, rs.getInt(1));
            assertEquals(1, rs.getInt(2));
            rs = st.executeQuery("SELECT typeof(value), count(*) FROM cells WHERE kind = 'number' GROUP BY 1");
            rs.next();
            assertEquals("integer", rs.getString(1), "counts are integers in SQLite");
            assertFalse(rs.next());
        }
    }

    @Test
    void reportsCsvKeepsEveryErrorCodeOfAReport() throws Exception {
        Path file = Path.of("../shared/corpus/dumps/jiangsu_huaian_szf_2024__pdftotext.txt");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(file), "needs ../shared/corpus");
        Path out = tmp.resolve("out");
        assertEquals(0, run("extract", file.toString(), "--out", out.toString()).exit());
        String row = Files.readAllLines(out.resolve("reports.csv"), StandardCharsets.UTF_8).get(1);
        assertTrue(row.contains("\"ROW_NOT_FOUND "), row);
    }

}
