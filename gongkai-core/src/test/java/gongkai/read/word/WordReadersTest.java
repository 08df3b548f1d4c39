package gongkai.read.word;

import gongkai.read.Fixtures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.model.Document;
import gongkai.model.GridCell;
import gongkai.model.SourceFormat;
import gongkai.model.TableGrid;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The DOCX and DOC copies of each report (made from its HTML with LibreOffice) read like the HTML. */
class WordReadersTest {
    static List<String> reports() {
        return Fixtures.REPORTS;
    }

    @ParameterizedTest
    @MethodSource("reports")
    void docxGivesTheSameTable3GridAsHtml(String name) throws Exception {
        TableGrid html = Fixtures.table(Fixtures.read(name, "html"), "申请人情况");
        TableGrid docx = Fixtures.table(Fixtures.read(name, "docx"), "申请人情况");
        assertEquals(layout(html), layout(docx));
    }

    @ParameterizedTest
    @MethodSource("reports")
    void docGivesTheSameTable3GridAsHtml(String name) throws Exception {
        TableGrid html = Fixtures.table(Fixtures.read(name, "html"), "申请人情况");
        TableGrid doc = Fixtures.table(Fixtures.read(name, "doc"), "申请人情况");
        assertEquals(layout(html), layout(doc));
    }

    @ParameterizedTest
    @MethodSource("reports")
    void docAndDocxGiveTheSameValuesAsHtml(String name) throws Exception {
        Map<String, String> html = normalised(GridCells.of(Fixtures.read(name, "html")));
        assertEquals(html, normalised(GridCells.of(Fixtures.read(name, "docx"))), "docx");
        assertEquals(html, normalised(GridCells.of(Fixtures.read(name, "doc"))), "doc");
    }

    @ParameterizedTest
    @MethodSource("reports")
    void keepsParagraphsInOrderAroundTheTables(String name) throws Exception {
        for (String format : List.of("docx", "doc")) {
            Document doc = Fixtures.read(name, format);
            assertEquals(SourceFormat.valueOf(format.toUpperCase()), doc.format());
            List<String> html = Fixtures.paragraphs(Fixtures.read(name, "html"));
            assertEquals(html, Fixtures.paragraphs(doc), format);
            int t3 = doc.blocks().indexOf(Fixtures.table(doc, "申请人情况"));
            assertTrue(doc.blocks().get(t3 - 1).toString().contains("三、收到和处理政府信息公开申请情况"), format);
            assertEquals(List.of(), doc.problems(), format);
        }
    }

    /** Each cell's slot, spans and whitespace-normalised text, in grid order. */
    private static List<String> layout(TableGrid grid) {
        return grid.cells().stream().map(WordReadersTest::describe).toList();
    }

    private static String describe(GridCell c) {
        return c.row() + "," + c.col() + " " + c.rowSpan() + "x" + c.colSpan() + " " + GridCells.norm(c.text());
    }

    private static Map<String, String> normalised(Map<String, String> cells) {
        return cells.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> GridCells.norm(e.getValue())));
    }
}
