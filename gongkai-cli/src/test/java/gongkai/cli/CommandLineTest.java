package gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CommandLineTest {
    static final Path SEED = Path.of("corpus", "000_be5ac688f3236744.txt");

    @TempDir
    Path tmp;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void checkExitsZeroOnTheUnchangedSeed() {
        Run run = run("check", SEED.toString());
        assertEquals(0, run.exit(), run.out());
        assertTrue(run.out().contains("1 files: 1 ok"), run.out());
    }

    @Test
    void checkExitsOneWhenATableThreeNumberIsChanged() throws Exception {
        String seed = Files.readString(SEED);
        String changed = seed.replace("（一） 予以公开\t0\t0\t0\t0\t0\t0\t0", "（一） 予以公开\t0\t0\t0\t0\t0\t0\t0")
                .replace("2.重复申请\t0\t0\t0\t0\t0\t0\t0", "2.重复申请\t3\t0\t0\t0\t0\t0\t0");
        assertNotEquals(seed, changed);
        Path file = Files.writeString(tmp.resolve("changed.txt"), changed);
        Run run = run("check", file.toString());
        assertEquals(1, run.exit(), run.out());
        assertTrue(run.out().contains("filing"), run.out());
        assertTrue(run.out().contains("t3.not_processed.duplicate.natural_person"), run.out());
    }

    @Test
    void extractGivesOneRecordPerFileAndGoesOnPastBadFiles() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(SEED, in.resolve("seed.txt"));
        Files.write(in.resolve("empty.txt"), new byte[0]);
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        Files.write(in.resolve("noise.bin"), noise);
        Path out = tmp.resolve("out");
        Run run = run("extract", in.toString(), "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        List<String> lines = Files.readAllLines(out.resolve("reports.jsonl"), StandardCharsets.UTF_8);
        assertEquals(3, lines.size());
        ObjectMapper json = new ObjectMapper();
        JsonNode empty = json.readTree(lines.get(0));
        JsonNode noiseReport = json.readTree(lines.get(1));
        JsonNode seed = json.readTree(lines.get(2));
        assertEquals("failed", empty.get("status").asText());
        assertEquals("EMPTY_FILE", empty.at("/errors/0/code").asText());
        assertEquals("failed", noiseReport.get("status").asText());
        assertEquals("UNSUPPORTED_TYPE", noiseReport.at("/errors/0/code").asText());
        assertEquals("ok", seed.get("status").asText());
        assertEquals(198, seed.get("cells").size());
        assertEquals("[{\"id\":\"t2\",\"layout\":\"v2019\",\"cells\":22,\"expectedCells\":22},"
                + "{\"id\":\"t3\",\"layout\":\"v2019\",\"cells\":161,\"expectedCells\":161},"
                + "{\"id\":\"t4\",\"layout\":\"v2019\",\"cells\":15,\"expectedCells\":15}]", seed.get("tables").toString());
        assertEquals(2, run.err().lines().count(), run.err());
        assertTrue(Files.readString(out.resolve("cells.csv")).startsWith(
                "\"report_id\",\"source_path\",\"format_version\",\"cell_id\",\"kind\",\"value\",\"raw\",\"page\""));
        assertEquals(4, Files.readAllLines(out.resolve("reports.csv")).size());
        assertTrue(Files.exists(out.resolve("findings.csv")));
    }

    @Test
    void aTextThatIsNotAReportFailsWithNotAReport() throws Exception {
        Path file = Files.writeString(tmp.resolve("note.txt"), "今天天气很好。\n明天见。\n");
        Run run = run("extract", file.toString(), "--out", tmp.resolve("o").toString());
        assertEquals(0, run.exit());
        assertTrue(run.err().contains("NOT_A_REPORT"), run.err());
    }

    @Test
    void extractAlsoWritesAnSqlitePanelThatAReRunUpdates() throws Exception {
        Path db = tmp.resolve("panel.db");
        for (int i = 0; i < 2; i++) {
            assertEquals(0, run("extract", SEED.toString(), "--out", tmp.resolve("o").toString(), "--sqlite", db.toString()).exit());
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             java.sql.Statement st = c.createStatement()) {
            java.sql.ResultSet rs = st.executeQuery("SELECT count(*), sum(value) FROM cells");
            rs.next();
            assertEquals(198, rs.getInt(1));
            assertEquals(8, rs.getInt(2));
            rs = st.executeQuery("SELECT agency, year, format_version FROM reports");
            rs.next();
            assertEquals("阿勒泰地区教育局", rs.getString(1));
            assertEquals(2020, rs.getInt(2));
            assertEquals("v2019", rs.getString(3));
        }
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("extract", SEED.toString()).exit());
        assertEquals(2, run("nonsense").exit());
    }

    @Test
    void helpAndVersionWork() {
        Run help = run("--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("extract"));
        Run version = run("--version");
        assertEquals(0, version.exit());
        assertTrue(version.out().startsWith("gongkai "));
    }
}
