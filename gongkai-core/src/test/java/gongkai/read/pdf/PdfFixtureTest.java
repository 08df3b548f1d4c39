package gongkai.read.pdf;

import gongkai.read.ReadException;
import gongkai.support.Gold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.model.Document;
import gongkai.model.Paragraph;
import gongkai.model.TableGrid;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated fixtures in test-fixtures/pdf (see its README), read at grid level against NAME.expected.json:
 * every printed value of tables 2, 3 and 4 must come out as the raw text of its cell.
 */
class PdfFixtureTest {
    private static final Path FIXTURES = Path.of("test-fixtures", "pdf");

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".pdf"))
                    .map(n -> n.substring(0, n.length() - 4)).filter(n -> !n.equals(PageEdgeTest.WIDE))
                    .sorted().toList().stream(); // the wide table's cut columns: PageEdgeTest
        }
    }

    private static final Map<String, Document> READ = new HashMap<>();

    private static Document read(String name) throws ReadException {
        if (!READ.containsKey(name)) {
            READ.put(name, new PdfReader().read(FIXTURES.resolve(name + ".pdf")));
        }
        return READ.get(name);
    }

    private static Gold expected(String name) throws IOException {
        return Gold.load(FIXTURES.resolve(name + ".expected.json"));
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void table3RowsCarryTheirSevenExpectedValues(String name) throws Exception {
        Gold expected = expected(name);
        var rows = GridRows.t3RowsByKey(read(name));
        rows.forEach((key, values) -> {
            for (int c = 0; c < 7; c++) {
                String id = "t3." + key + "." + ReportLabels.T3_COLUMNS.get(c);
                assertEquals(expected.raw(id), values.get(c), id);
            }
        });
        assertEquals(expected.formatVersion().equals("v2021") ? 25 : 23, rows.size(), "T3 rows " + rows.keySet());
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void table4IsOneRowOfFifteenExpectedValues(String name) throws Exception {
        Gold expected = expected(name);
        List<GridRows.Row> rows = GridRows.dataRows(GridRows.gridContaining(read(name), "复议后起诉"), 15);
        assertEquals(1, rows.size());
        for (int c = 0; c < 15; c++) {
            String id = "t4." + ReportLabels.T4_CELLS.get(c);
            assertEquals(expected.raw(id), rows.get(0).values().get(c), id);
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void table2RowsCarryTheirExpectedValues(String name) throws Exception {
        Gold expected = expected(name);
        Map<String, List<String>> labels = expected.formatVersion().equals("v2021")
                ? ReportLabels.T2_V2021 : ReportLabels.T2_V2019;
        Set<String> found = new HashSet<>();
        for (GridRows.Row row : GridRows.of(GridRows.gridContaining(read(name), "第二十条"))) {
            List<String> ids = labels.get(row.label());
            if (ids != null) {
                assertEquals(ids.size(), row.values().size(), row.toString());
                for (int c = 0; c < ids.size(); c++) {
                    assertEquals(expected.raw(ids.get(c)), row.values().get(c), ids.get(c));
                }
                found.add(row.label());
            }
        }
        assertEquals(labels.keySet(), found);
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void headingsAreLinesOfTheirOwnAroundThreeTables(String name) throws Exception {
        Document document = read(name);
        Gold expected = expected(name);
        List<String> lines = document.blocks().stream().filter(b -> b instanceof Paragraph)
                .map(b -> GridRows.squeeze(((Paragraph) b).text())).toList();
        for (String key : List.of("s1", "s2", "s3", "s4", "s5", "s6")) {
            assertTrue(lines.contains(expected.section(key)), "heading " + expected.section(key) + " in " + lines);
        }
        assertEquals(3, document.blocks().stream().filter(b -> b instanceof TableGrid).count());
        assertTrue(document.problems().isEmpty() && document.findings().isEmpty());
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void table3OverTwoPagesKeepsOneHeaderAndOneResultLabel(String name) throws Exception {
        TableGrid t3 = GridRows.gridContaining(read(name), "本年新收");
        assertEquals(1, t3.cells().stream().filter(c -> GridRows.squeeze(c.text()).equals("申请人情况")).count());
        if (!name.contains("borderless")) {
            int results = expected(name).formatVersion().equals("v2021") ? 22 : 20;
            if (name.equals("v2021_split_chromium")) {
                results--; // Chromium draws the label's page-2 fragment a row short; the grid keeps what is drawn
            }
            if (name.equals("v2021_stacked_digits")) {
                results -= 4; // Chromium ends the label's box at the page break; （六）'s rows and （七） stand without
            }
            assertEquals(results, t3.cells().stream()
                    .filter(c -> GridRows.squeeze(c.text()).startsWith("三、本年度办理结果"))
                    .mapToInt(c -> c.rowSpan()).sum(), "rows under 三、本年度办理结果");
        }
    }

    @Test
    void kangxiRadicalsWithoutActualTextReachTheGridUnchanged() throws Exception {
        TableGrid t3 = GridRows.gridContaining(read("v2021_radicals"), "本年新收");
        GridRows.Row first = GridRows.dataRows(t3, 7).get(0);
        assertEquals("\u2f00、本年新收政府信息公开申请数量", first.label());
        assertTrue(read("v2021_radicals").blocks().stream().anyMatch(b -> b instanceof Paragraph p
                && p.text().contains("\u2ee5期坚持\u2f00事\u2f00审")));
    }
}
