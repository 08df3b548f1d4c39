package gongkai.read.pdf;

import gongkai.read.ReadException;
import gongkai.support.Gold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.model.Block;
import gongkai.model.Document;
import gongkai.model.GridCell;
import gongkai.model.Paragraph;
import gongkai.model.TableGrid;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The reader on the two real Word/WPS-exported reports of the development corpus, against their gold files. */
class PdfReaderCorpusTest {
    private static final Path CORPUS = Path.of("..", "shared", "corpus");
    private static final String HUAIAN = "jiangsu_huaian_szf_2024.pdf";
    private static final String HONGZE = "jiangsu_huaian_hongze_qzf_2023.pdf";
    private static final Map<String, Document> READ = new HashMap<>();

    /** The corpus file; the test is skipped (not failed) where the shared corpus is not checked out. */
    private static Path corpusFile(String name) {
        Path file = CORPUS.resolve(name);
        Assumptions.assumeTrue(Files.isRegularFile(file), "corpus not present: " + file.toAbsolutePath());
        return file;
    }

    private static Document read(String name) throws ReadException {
        Path file = corpusFile(name);
        if (!READ.containsKey(name)) {
            READ.put(name, new PdfReader().read(file));
        }
        return READ.get(name);
    }

    private static Gold gold(String name) throws Exception {
        return Gold.load(corpusFile(name + ".gold.json"));
    }

    @ParameterizedTest
    @ValueSource(strings = {HUAIAN, HONGZE})
    void table3YieldsEveryDataRowWithItsSevenGoldValues(String name) throws Exception {
        Gold gold = gold(name);
        var rows = GridRows.t3RowsByKey(read(name));
        rows.forEach((key, values) -> {
            for (int c = 0; c < 7; c++) {
                String id = "t3." + key + "." + ReportLabels.T3_COLUMNS.get(c);
                assertEquals(0, gold.value(id).compareTo(new BigDecimal(values.get(c))), id + " in " + values);
            }
        });
        int expectedRows = gold.has("t3.other.natural_person") ? 23 : 25;
        assertEquals(expectedRows, rows.size(), "T3 data rows " + rows.keySet());
    }

    @Test
    void huaianNewReceivedRowReadsAcrossAllSevenColumns() throws Exception {
        TableGrid t3 = GridRows.gridContaining(read(HUAIAN), "本年新收");
        GridRows.Row row = GridRows.dataRows(t3, 7).get(0);
        assertEquals("一、本年新收政府信息公开申请数量", row.label());
        assertEquals(List.of("3001", "53", "0", "0", "61", "4", "3119"), row.values());
    }

    @ParameterizedTest
    @ValueSource(strings = {HUAIAN, HONGZE})
    void table4HasOneRowOfFifteenGoldValues(String name) throws Exception {
        Gold gold = gold(name);
        List<GridRows.Row> rows = GridRows.dataRows(GridRows.gridContaining(read(name), "复议后起诉"), 15);
        assertEquals(1, rows.size());
        for (int c = 0; c < 15; c++) {
            String id = "t4." + ReportLabels.T4_CELLS.get(c);
            assertEquals(0, gold.value(id).compareTo(new BigDecimal(rows.get(0).values().get(c))), id);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {HUAIAN, HONGZE})
    void table2OverTwoPagesIsOneGridWithGoldValues(String name) throws Exception {
        Gold gold = gold(name);
        TableGrid t2 = GridRows.gridContaining(read(name), "第二十条");
        int found = 0;
        for (GridRows.Row row : GridRows.of(t2)) {
            List<String> ids = ReportLabels.T2_V2021.get(row.label());
            if (ids == null) {
                continue;
            }
            assertEquals(ids.size(), row.values().size(), row.toString());
            for (int c = 0; c < ids.size(); c++) {
                assertEquals(0, gold.value(ids.get(c)).compareTo(new BigDecimal(row.values().get(c))), ids.get(c));
            }
            found++;
        }
        assertEquals(6, found, "T2 rows");
        assertTrue(t2.cells().stream().anyMatch(c -> GridRows.squeeze(c.text()).equals("第二十条第（八）项")));
    }

    @Test
    void groupLabelCutByPageBreakIsOneCellOverItsThreeRows() throws Exception {
        TableGrid t3 = GridRows.gridContaining(read(HUAIAN), "本年新收");
        GridCell label = t3.cells().stream().filter(c -> GridRows.squeeze(c.text()).startsWith("（四）无"))
                .findFirst().orElseThrow();
        assertEquals("（四）无法提供", GridRows.squeeze(label.text()));
        assertEquals(3, label.rowSpan());
        assertEquals(4, label.location().page());
    }

    @ParameterizedTest
    @ValueSource(strings = {HUAIAN, HONGZE})
    void oneCharacterPerLineRowLabelSpansAllResultRows(String name) throws Exception {
        TableGrid t3 = GridRows.gridContaining(read(name), "本年新收");
        GridCell label = t3.cells().stream().filter(c -> GridRows.squeeze(c.text()).equals("三、本年度办理结果"))
                .findFirst().orElseThrow();
        assertEquals(name.equals(HUAIAN) ? 22 : 20, label.rowSpan()); // Hongze prints it in a vertical font
        assertEquals(1, label.colSpan());
        assertTrue(label.text().contains("\n"), "one character per line: " + label.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {HUAIAN, HONGZE})
    void documentHasThreeTablesAndTheSixHeadingsAsTheirOwnLines(String name) throws Exception {
        Document document = read(name);
        Gold gold = gold(name);
        List<String> lines = document.blocks().stream().filter(b -> b instanceof Paragraph)
                .map(b -> GridRows.squeeze(((Paragraph) b).text())).toList();
        for (String key : List.of("s1", "s2", "s3", "s4", "s5", "s6")) {
            assertTrue(lines.contains(gold.section(key)), "heading " + gold.section(key));
        }
        assertEquals(3, document.blocks().stream().filter(b -> b instanceof TableGrid).count());
    }

    @ParameterizedTest
    @ValueSource(strings = {HUAIAN, HONGZE})
    void blocksComeInReadingOrder(String name) throws Exception {
        List<Block> blocks = read(name).blocks();
        int s3 = indexOfLine(blocks, "三、收到和处理政府信息公开申请情况");
        int t3 = blocks.indexOf(GridRows.gridContaining(read(name), "本年新收"));
        int s4 = indexOfLine(blocks, "四、政府信息公开行政复议、行政诉讼情况");
        int t4 = blocks.indexOf(GridRows.gridContaining(read(name), "复议后起诉"));
        assertTrue(s3 < t3 && t3 < s4 && s4 < t4, s3 + " " + t3 + " " + s4 + " " + t4);
        for (int i = 1; i < blocks.size(); i++) {
            assertTrue(blocks.get(i - 1).location().page() <= blocks.get(i).location().page());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {HUAIAN, HONGZE})
    void pageNumbersAreNeitherParagraphsNorTableText(String name) throws Exception {
        for (Block block : read(name).blocks()) {
            if (block instanceof Paragraph p) {
                assertFalse(GridRows.squeeze(p.text()).matches("-?\\d{1,2}-?"), p.toString());
            } else if (block instanceof TableGrid grid) {
                grid.cells().forEach(c -> assertFalse(c.text().contains("-4-") || c.text().contains("- 4 -")));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {HUAIAN, HONGZE})
    void everyCellAndParagraphKnowsItsPageAndBox(String name) throws Exception {
        Document document = read(name);
        assertTrue(document.problems().isEmpty() && document.findings().isEmpty());
        for (Block block : document.blocks()) {
            assertNotNull(block.location().page());
            assertNotNull(block.location().bbox());
            if (block instanceof TableGrid grid) {
                grid.cells().forEach(c -> assertNotNull(c.location().bbox(), c.toString()));
            }
        }
    }

    private static int indexOfLine(List<Block> blocks, String text) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Paragraph p && GridRows.squeeze(p.text()).equals(text)) {
                return i;
            }
        }
        throw new AssertionError("no line " + text);
    }
}
