package gongkai.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.model.Document;
import gongkai.model.TableGrid;
import gongkai.support.Gold;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * test-fixtures/pdf/v2021_wide_table.pdf (tools/make-pdf-fixtures.sh): LibreOffice prints tables 3 and 4 wider
 * than the A4 page. Its right edge runs through table 3's 法律服务机构 column (digits of it still on the page) and
 * table 4's twelfth column; what lies past it is not in the file.
 */
class PageEdgeTest {
    static final String WIDE = "v2021_wide_table";
    private static final Path FIXTURES = Path.of("test-fixtures", "pdf");
    private static final List<String> ON_THE_PAGE = List.of("natural_person", "commercial_enterprise",
            "research_institution", "social_welfare_org");

    private static Document wide() throws Exception {
        return new PdfReader().read(FIXTURES.resolve(WIDE + ".pdf"));
    }

    @Test
    void tableThreeKeepsTheFourWholeColumnsAndDropsTheOneTheEdgeCuts() throws Exception {
        Gold expected = Gold.load(FIXTURES.resolve(WIDE + ".expected.json"));
        TableGrid t3 = GridRows.gridContaining(wide(), "本年新收");

        assertTrue(t3.cutAtPageEdge());
        List<GridRows.Row> rows = GridRows.dataRows(t3, 4);
        assertEquals(25, rows.size());
        for (GridRows.Row row : rows) {
            String key = ReportLabels.t3RowKey(row.label());
            for (int c = 0; c < 4; c++) {
                String id = "t3." + key + "." + ON_THE_PAGE.get(c);
                assertEquals(expected.raw(id), row.values().get(c), id);
            }
        }
        assertEquals(List.of("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "自然人", "商业企业",
                "科研机构", "社会公益组织"), t3.rows().get(2).stream().map(c -> GridRows.squeeze(c.text())).toList());
    }

    @Test
    void tableFourIsReadUpToTheEdge() throws Exception {
        Gold expected = Gold.load(FIXTURES.resolve(WIDE + ".expected.json"));
        TableGrid t4 = GridRows.gridContaining(wide(), "未经复议直接起诉");

        assertTrue(t4.cutAtPageEdge());
        assertEquals(11, t4.colCount());
        List<String> values = GridRows.dataRows(t4, 11).get(0).values();
        for (int c = 0; c < 11; c++) {
            assertEquals(expected.raw("t4." + ReportLabels.T4_CELLS.get(c)), values.get(c), ReportLabels.T4_CELLS.get(c));
        }
    }

    @Test
    void nothingOfTheCutColumnsIsReadAsText() throws Exception {
        Document document = wide();
        List<String> cut = GridRows.texts(document).stream().filter(t -> t.contains("法律服务") || t.equals("机") || t.equals("机构")).toList();
        assertEquals(List.of(), cut);
        assertEquals(3, document.blocks().stream().filter(b -> b instanceof TableGrid).count());
        assertFalse(GridRows.gridContaining(document, "第二十条").cutAtPageEdge());
    }

    @Test
    void noOtherFixtureTableIsCut() throws Exception {
        for (String name : PdfFixtureTest.fixtures().toList()) {
            Document document = new PdfReader().read(FIXTURES.resolve(name + ".pdf"));
            assertTrue(document.blocks().stream().noneMatch(b -> b instanceof TableGrid g && g.cutAtPageEdge()), name);
        }
    }

    @Test
    void aGridLosesItsLastColumnSpansNarrowed() {
        RuledGrid grid = new RuledGrid(new double[] {0, 10, 20, 30}, new double[] {0, 5, 10},
                List.of(new Span(0, 0, 1, 3), new Span(1, 0, 1, 1), new Span(1, 1, 1, 1), new Span(1, 2, 1, 1)));
        RuledGrid kept = PageEdge.withoutLastColumn(grid);

        assertEquals(2, kept.cols());
        assertEquals(List.of(new Span(0, 0, 1, 2), new Span(1, 0, 1, 1), new Span(1, 1, 1, 1)), kept.spans());
        assertTrue(PageEdge.cuts(grid, 30.5));
        assertTrue(PageEdge.cuts(grid, 29));
        assertFalse(PageEdge.cuts(grid, 40));
    }
}
