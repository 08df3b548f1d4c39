package gongkai.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.cli.Pipeline;
import gongkai.model.Basis;
import gongkai.model.Category;
import gongkai.model.Cell;
import gongkai.model.Report;
import gongkai.model.Severity;
import gongkai.support.Gold;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The project's PDF fixtures as pypdf, pdfminer, plain pdftotext and {@code pdftotext -layout} give their text
 * (test-fixtures/dumps, made by tools/make-text-dumps.py), and copies cut inside table 3: every cell the PDF holds
 * is exact, flagged (a note or an extraction finding) or left out — never wrong without a flag; no filing
 * finding; a copy cut inside table 3 has no table 4. Layout text: every cell read is exact and placed by its
 * column (basis layout), but for the rows the positions could not place, which are named and read certain by
 * the rules. The counts measured are committed in measured.tsv; exact and layout counts may only grow
 * (regenerate with {@code -Dgongkai.writeDumpScores=true}).
 */
class TextDumpFixturesTest {
    private static final Path DUMPS = Path.of("test-fixtures", "dumps");
    private static final Path MEASURED = DUMPS.resolve("measured.tsv");
    private static final Pipeline PIPELINE = new Pipeline("en");
    /** Layout text may leave one row to the rules: table 3's total row, printed bold a few characters off its columns. */
    private static final int ONE_T3_ROW = 7;

    /** Per dump: cells exact, flagged, left out, wrong without a flag, and placed by column position. */
    record Score(int exact, int flagged, int leftOut, int wrong, int layout) {
        String row(String dump) {
            return dump + "\t" + exact + "\t" + flagged + "\t" + leftOut + "\t" + wrong + "\t" + layout;
        }
    }

    @Test
    void everyCellOfEveryDumpIsExactFlaggedOrLeftOut() throws IOException {
        Map<String, int[]> recorded = recorded();
        List<String> rows = new ArrayList<>(List.of("dump\texact\tflagged\tleft_out\twrong\tlayout"));
        for (String line : Files.readAllLines(DUMPS.resolve("cases.tsv"), StandardCharsets.UTF_8)) {
            String[] parts = line.split("\t");
            Report report = PIPELINE.process(DUMPS.resolve(parts[0]));
            Score score = score(report, Gold.load(DUMPS.resolve(parts[1])));
            rows.add(score.row(parts[0]));
            assertEquals(0, score.wrong(), parts[0] + ": cells wrong without a flag");
            assertTrue(report.findings().stream().noneMatch(f -> f.category() == Category.FILING
                    && f.severity() == Severity.ERROR), parts[0] + ": " + report.findings());
            int[] before = recorded.getOrDefault(parts[0], new int[2]);
            assertTrue(score.exact() >= before[0], parts[0] + " exact fell to " + score);
            assertTrue(score.layout() >= before[1], parts[0] + " cells placed by position fell to " + score);
            if (parts[0].contains("pdftotext_layout")) {
                assertPlacedByColumns(parts[0], report, score);
            }
            if (parts[0].contains("truncated")) {
                assertTrue(report.cells().stream().noneMatch(c -> c.id().startsWith("t4.")), parts[0]);
                assertTrue(report.errors().stream().anyMatch(e -> e.code().equals("TABLE_NOT_FOUND")
                        && e.message().contains("t4")), parts[0] + ": " + report.errors());
            }
        }
        if (Boolean.getBoolean("gongkai.writeDumpScores")) {
            Files.write(MEASURED, rows, StandardCharsets.UTF_8);
        }
        assertEquals(50, rows.size());
    }

    /** Layout text: no cell flagged or wrong; a cell not of basis layout is certain and in a row named unplaced. */
    private static void assertPlacedByColumns(String dump, Report report, Score score) {
        assertEquals(0, score.flagged() + score.wrong(), dump + ": " + score);
        Set<String> unplaced = new HashSet<>();
        report.findings().stream().filter(f -> f.rule().equals("flat.layout_unplaced")).forEach(f -> unplaced.addAll(f.cells()));
        for (Cell cell : report.cells()) {
            assertTrue(cell.basis() == Basis.LAYOUT || cell.isCertain() && unplaced.contains(cell.id()),
                    dump + ": " + cell);
        }
        assertTrue(score.layout() >= score.exact() - ONE_T3_ROW, dump + ": " + score);
    }

    private static Score score(Report report, Gold gold) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        report.cells().forEach(c -> cells.putIfAbsent(c.id(), c));
        Set<String> flagged = new HashSet<>();
        cells.values().stream().filter(c -> c.note() != null).forEach(c -> flagged.add(c.id()));
        report.findings().stream().filter(f -> f.category() == Category.EXTRACTION).forEach(f -> flagged.addAll(f.cells()));
        int exact = 0;
        int flags = 0;
        int leftOut = 0;
        int wrong = 0;
        int layout = (int) cells.values().stream().filter(c -> c.basis() == Basis.LAYOUT).count();
        for (var e : gold.cells().entrySet()) {
            Cell cell = cells.get(e.getKey());
            boolean same = cell != null && cell.kind().id().equals(e.getValue().kind())
                    && (cell.value() == null ? e.getValue().value() == null
                    : e.getValue().value() != null && cell.value().compareTo(e.getValue().value()) == 0);
            if (same) {
                exact++;
            } else if (cell == null) {
                leftOut++;
            } else if (flagged.contains(e.getKey())) {
                flags++;
            } else {
                wrong++;
            }
        }
        return new Score(exact, flags, leftOut, wrong, layout);
    }

    /** Per dump as committed: cells exact and cells placed by position. */
    private static Map<String, int[]> recorded() throws IOException {
        Map<String, int[]> counts = new LinkedHashMap<>();
        if (Files.exists(MEASURED)) {
            for (String line : Files.readAllLines(MEASURED, StandardCharsets.UTF_8)) {
                String[] parts = line.split("\t");
                if (!parts[0].equals("dump")) {
                    counts.put(parts[0], new int[] {Integer.parseInt(parts[1]),
                            parts.length > 5 ? Integer.parseInt(parts[5]) : 0});
                }
            }
        }
        return counts;
    }
}
