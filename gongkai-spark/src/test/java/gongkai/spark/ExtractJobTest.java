package gongkai.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opencsv.CSVReader;
import gongkai.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job on a real local Spark ({@code local[2]}) over the seed, the fixtures and (when present) the shared
 * corpus gives exactly the reports, cells and findings of the CLI's {@code extract} over the same folder.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExtractJobTest {
    private static final Map<String, Path> SOURCES = Map.of("bundled", Path.of("corpus"),
            "fixtures", Path.of("test-fixtures"), "shared", Path.of("..", "shared", "corpus"));

    @TempDir
    static Path work;
    private SparkSession spark;
    private Path inputs;
    private Path cliOut;
    private Path sparkOut;

    @BeforeAll
    void runBoth() throws IOException {
        inputs = flatCopyOfInputs(work.resolve("in"));
        cliOut = work.resolve("cli");
        sparkOut = work.resolve("spark");
        StringWriter err = new StringWriter();
        int exit = Main.commandLine().setErr(new PrintWriter(err))
                .execute("extract", inputs.toString(), "--out", cliOut.toString());
        assertEquals(0, exit, err.toString());
        spark = SparkSession.builder().master("local[2]").appName("gongkai-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.sql.warehouse.dir", work.resolve("warehouse").toString())
                .getOrCreate();
        spark.sparkContext().setLogLevel("ERROR"); // the readers' libraries warn about every odd font
        ExtractJob.run(spark, ExtractJob.Arguments.parse("--input", inputs.toString(), "--output", sparkOut.toString()));
    }

    @AfterAll
    void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void everyFileIsOneReportRowWithTheCliStatusAndCounts() throws IOException {
        Map<String, String> cli = keyed(csv(cliOut.resolve("reports.csv")), 1,
                r -> String.join("|", r[0], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11],
                        r[12].isEmpty() ? "" : local(r[12])));
        Map<String, String> job = new TreeMap<>();
        for (Row r : spark.read().parquet(sparkOut.resolve("reports").toString()).collectAsList()) {
            String duplicateOf = r.getAs("duplicate_of");
            job.put(local(r.getAs("source_path")), String.join("|", r.getAs("report_id"), r.getAs("status"),
                    r.getAs("format"), r.getAs("format_version"), r.getAs("agency"), text(r.getAs("year")),
                    text(r.getAs("cells")), text(r.getAs("findings_error")), text(r.getAs("findings_warning")),
                    r.<String>getAs("message").replace("file:/", "/"), r.getAs("error_codes"),
                    duplicateOf.isEmpty() ? "" : local(duplicateOf)));
        }
        assertTrue(cli.size() > 50, "inputs: " + cli.size());
        assertTrue(cli.values().stream().anyMatch(r -> !r.endsWith("|")), "a duplicate is among them");
        assertSame(cli.entrySet().stream().map(Object::toString).toList(),
                job.entrySet().stream().map(Object::toString).toList());
    }

    @Test
    void cellsEqualTheCliCellByCell() throws IOException {
        List<String> cli = new ArrayList<>();
        for (String[] r : csv(cliOut.resolve("cells.csv"))) {
            cli.add(String.join("|", r[0], local(r[1]), r[2], r[3], r[4], number(r[5]), r[6], r[7]));
        }
        List<String> job = new ArrayList<>();
        for (Row r : spark.read().parquet(sparkOut.resolve("cells").toString()).collectAsList()) {
            job.add(String.join("|", r.getAs("report_id"), local(r.getAs("source_path")), r.getAs("format_version"),
                    r.getAs("cell_id"), r.getAs("kind"), number(r.getAs("value")), r.getAs("raw"), text(r.getAs("page"))));
        }
        assertTrue(cli.size() > 5_000, "cells: " + cli.size());
        assertSame(cli, job);
    }

    @Test
    void findingsEqualTheCliIncludingTheCrossYearStage() throws IOException {
        List<String> cli = new ArrayList<>();
        for (String[] r : csv(cliOut.resolve("findings.csv"))) {
            cli.add(String.join("|", r[0], local(r[1]), r[2], r[3], r[4], r[5], number(r[6]), number(r[7]), r[8]));
            // (messages of cross-year findings name the other year's file: Hadoop names it file:/…)
        }
        List<String> job = new ArrayList<>();
        for (Row r : spark.read().parquet(sparkOut.resolve("findings").toString()).collectAsList()) {
            job.add(String.join("|", r.getAs("report_id"), local(r.getAs("source_path")), r.getAs("rule"),
                    r.getAs("severity"), r.getAs("category"), r.getAs("cells"), number(r.getAs("expected")),
                    number(r.getAs("actual")), r.<String>getAs("message").replace("file:/", "/")));
        }
        assertTrue(cli.stream().anyMatch(f -> f.contains("|x1.carried_over|")), "a cross-year finding is among them");
        assertSame(cli, job);
    }

    /** Every input file copied into one folder under a name that says where it came from. */
    private static Path flatCopyOfInputs(Path target) throws IOException {
        Files.createDirectories(target);
        for (Map.Entry<String, Path> entry : new TreeMap<>(SOURCES).entrySet()) {
            Path source = entry.getValue();
            if (!Files.isDirectory(source)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(source)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    String name = source.relativize(file).toString().replace('/', '_');
                    if (!name.endsWith(".json") && !name.endsWith(".md") && !name.endsWith(".tsv")) {
                        Files.copy(file, target.resolve(entry.getKey() + "_" + name));
                    }
                }
            }
        }
        return target;
    }

    private static List<String[]> csv(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file); CSVReader reader = new CSVReader(in)) {
            List<String[]> rows = reader.readAll();
            for (String[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    row[i] = unneutralised(row[i]);
                }
            }
            return rows.subList(1, rows.size());
        } catch (com.opencsv.exceptions.CsvException e) {
            throw new IOException(e);
        }
    }

    /** A CSV field as the library gave it: the CSVs neutralise formula-like text for spreadsheets, Parquet does not. */
    private static String unneutralised(String field) {
        return field.length() > 1 && field.charAt(0) == '\'' && "=+-@\t\r".indexOf(field.charAt(1)) >= 0
                ? field.substring(1) : field;
    }

    private static Map<String, String> keyed(List<String[]> rows, int keyColumn,
                                             java.util.function.Function<String[], String> value) {
        Map<String, String> map = new TreeMap<>();
        rows.forEach(r -> map.put(local(r[keyColumn]), value.apply(r)));
        return map;
    }

    /** A path as the CLI and Hadoop both name it: absolute, without Hadoop's {@code file:} scheme. */
    private static String local(String path) {
        String plain = path.startsWith("file:") ? path.substring("file:".length()) : path;
        return Path.of(plain).toAbsolutePath().normalize().toString();
    }

    private static String number(Object value) {
        if (value == null || value.toString().isEmpty()) {
            return "";
        }
        return new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** The same rows (as multisets), or a failure naming the first rows only one side has. */
    private static void assertSame(List<String> cli, List<String> job) {
        Map<String, Integer> balance = new TreeMap<>();
        cli.forEach(row -> balance.merge(row, 1, Integer::sum));
        job.forEach(row -> balance.merge(row, -1, Integer::sum));
        List<String> onlyCli = balance.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey)
                .limit(5).toList();
        List<String> onlyJob = balance.entrySet().stream().filter(e -> e.getValue() < 0).map(Map.Entry::getKey)
                .limit(5).toList();
        assertEquals(List.of(), onlyCli, "rows only the CLI wrote");
        assertEquals(List.of(), onlyJob, "rows only the Spark job wrote");
    }
}
