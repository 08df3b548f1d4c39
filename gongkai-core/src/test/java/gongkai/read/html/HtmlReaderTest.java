package gongkai.read.html;

import gongkai.model.ErrorCode;
import gongkai.read.Fixtures;
import gongkai.read.ReadException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.model.Document;
import gongkai.model.GridCell;
import gongkai.model.Paragraph;
import gongkai.model.SourceFormat;
import gongkai.model.TableGrid;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReaderTest {
    private static final String CORNER = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

    @Test
    void expandsTable3SpansExactlyInV2019() throws Exception {
        TableGrid t3 = Fixtures.table(Fixtures.read("qingshan_edu_2020", "html"), "申请人情况");
        assertEquals(26, t3.rowCount());
        assertEquals(10, t3.colCount());
        assertEquals(new GridCell(0, 0, 3, 3, CORNER, t3.cells().get(0).location()), t3.cells().get(0));
        GridCell results = Fixtures.cellWithText(t3, "三、本年度办理结果");
        assertEquals(List.of(5, 0, 20, 1), List.of(results.row(), results.col(), results.rowSpan(), results.colSpan()));
        GridCell denied = Fixtures.cellWithText(t3, "（三）不予公开");
        assertEquals(List.of(7, 1, 8, 1), List.of(denied.row(), denied.col(), denied.rowSpan(), denied.colSpan()));
        assertEquals("申请人情况", t3.slots()[0][9].text());
        assertEquals("四、结转下年度继续办理", t3.slots()[25][0].text());
    }

    @Test
    void expandsTable3SpansExactlyInV2021() throws Exception {
        TableGrid t3 = Fixtures.table(Fixtures.read("baishui_gov_2023", "html"), "申请人情况");
        assertEquals(28, t3.rowCount());
        assertEquals(10, t3.colCount());
        assertEquals(22, Fixtures.cellWithText(t3, "三、本年度办理结果").rowSpan());
        GridCell other = Fixtures.cellWithText(t3, "（六）其他处理");
        assertEquals(List.of(3, 1), List.of(other.rowSpan(), other.colSpan()));
        assertEquals("3.其他", t3.slots()[25][2].text());
    }

    @Test
    void expandsTable4HeaderSpans() throws Exception {
        TableGrid t4 = Fixtures.table(Fixtures.read("baishui_gov_2023", "html"), "未经复议直接起诉");
        assertEquals(List.of(4, 15), List.of(t4.rowCount(), t4.colCount()));
        assertEquals(10, Fixtures.cellWithText(t4, "行政诉讼").colSpan());
        assertEquals(15, t4.rows().get(3).size());
    }

    @Test
    void keepsMisalignedColspansOfTable2AsTheSourceHasThem() throws Exception {
        TableGrid t2 = Fixtures.table(Fixtures.read("qingshan_edu_2020", "html"), "第二十条");
        assertEquals(5, t2.colCount());
        List<GridCell> header = t2.rows().get(1);
        List<GridCell> data = t2.rows().get(2);
        assertEquals(List.of(1, 1, 2, 1), header.stream().map(GridCell::colSpan).toList());
        assertEquals(List.of(1, 2, 1, 1), data.stream().map(GridCell::colSpan).toList());
        assertEquals("规章", data.get(0).text());
    }

    @Test
    void keepsBrInHeaderCellsAsNewline() throws Exception {
        TableGrid t2 = Fixtures.table(Fixtures.read("qingshan_edu_2020", "html"), "第二十条");
        assertEquals("本年新\n制作数量", t2.rows().get(1).get(1).text());
    }

    @Test
    void readsNbspCellsAsEmptyText() throws Exception {
        TableGrid t3 = Fixtures.table(Fixtures.read("qingshan_edu_2019", "html"), "申请人情况");
        GridCell[][] slots = t3.slots();
        assertEquals("（一）予以公开", slots[5][1].text());
        assertEquals("", slots[5][9].text(), "blank 总计 of a detail row");
        assertEquals("", slots[7][3].text(), "a zero printed as &nbsp; (国家秘密, 自然人)");
        assertFalse(slots[3][9].text().isBlank(), "row 一 keeps its total");
    }

    @Test
    void decodesGbkPageWithoutCharsetDeclaration() throws Exception {
        Path page = Fixtures.html("baishui_gov_2022");
        assertFalse(Files.readString(page, StandardCharsets.ISO_8859_1).toLowerCase().contains("charset"));
        Document doc = new HtmlReader().read(page);
        assertEquals("白水县人民政府2022年政府信息公开工作年度报告", Fixtures.paragraphs(doc).get(0));
        assertNotNull(Fixtures.cellWithText(Fixtures.table(doc, "申请人情况"), "社会公益组织"));
    }

    @Test
    void decodesGbkCharactersOnPagesDeclaredGb2312() throws Exception {
        Document doc = new HtmlReader().read(Fixtures.html("qingshan_edu_2019"));
        assertTrue(Fixtures.paragraphs(doc).stream().anyMatch(p -> p.contains("堃山路")), "堃 is in GBK, not in GB2312");
    }

    @Test
    void dropsSiteChromeAndKeepsTheReportFromItsTitleOn() throws Exception {
        Document doc = new HtmlReader().read(Fixtures.html("qingshan_edu_2020"));
        List<String> paragraphs = Fixtures.paragraphs(doc);
        assertEquals("青山县教育局2020年政府信息公开工作年度报告", paragraphs.get(0));
        assertEquals("2021年1月18日", paragraphs.get(paragraphs.size() - 1));
        for (String chrome : List.of("当前位置", "首页", "字号", "分享到", "打印本页", "关闭窗口", "版权所有", "ICP备",
                "浏览次数", "公开年报", "欢迎访问", "_hmt")) {
            assertTrue(paragraphs.stream().noneMatch(p -> p.contains(chrome)), chrome);
        }
        assertEquals(3, Fixtures.tables(doc).size(), "the navigation layout tables are not data tables");
        assertEquals(List.of(), doc.problems());
    }

    @Test
    void keepsSourceLinesOnParagraphsAndCells() throws Exception {
        Document doc = new HtmlReader().read(Fixtures.html("baishui_gov_2023"));
        assertEquals(9, ((Paragraph) doc.blocks().get(0)).location().line());
        TableGrid t3 = Fixtures.table(doc, "申请人情况");
        assertTrue(t3.location().line() > 9);
        assertNotNull(t3.cells().get(0).location().line());
    }

    @Test
    void reportsTablesGivenAsImages() throws Exception {
        Document doc = new HtmlReader().read(Fixtures.hard("tables_as_images.html"));
        assertEquals(SourceFormat.HTML, doc.format());
        assertTrue(Fixtures.tables(doc).isEmpty());
        assertEquals(List.of(ErrorCode.TABLE_IS_IMAGE, ErrorCode.TABLE_IS_IMAGE, ErrorCode.TABLE_IS_IMAGE),
                doc.problems().stream().map(p -> ErrorCode.valueOf(p.code())).toList());
        assertTrue(doc.problems().get(1).message().contains("t3.png"), doc.problems().get(1).message());
    }

    @Test
    void dropsTheCatalogueRecordAboveTheReport(@TempDir Path dir) throws Exception {
        Path page = Files.writeString(dir.resolve("p.html"), "<h1>某县2020年政府信息公开工作年度报告</h1>"
                + "<table><tr><td>索引号：</td><td>11520322/2021-00012</td>"
                + "<td>发布机构：</td><td>某县人民政府办公室</td></tr><tr><td>发文日期：</td><td>2021-01-20</td>"
                + "<td>主题分类：</td><td>年度报告</td></tr></table><p>一、总体情况</p><table><tr><td>a</td><td>b</td></tr></table>");
        Document doc = new HtmlReader().read(page);
        assertEquals(1, Fixtures.tables(doc).size());
        assertEquals("a", Fixtures.tables(doc).get(0).cells().get(0).text());
    }

    @Test
    void doesNotTakeIconsForTableImages(@TempDir Path dir) throws Exception {
        Path page = Files.writeString(dir.resolve("p.html"), "<p>一、总体情况</p><p>二、主动公开政府信息情况</p>"
                + "<p><img src=\"/icons/pdf.gif\" width=\"16\" height=\"16\">附件：统计表.pdf</p><table></table>"
                + "<p>三、收到和处理政府信息公开申请情况</p>");
        Document doc = new HtmlReader().read(page);
        assertEquals(List.of(), doc.problems());
        assertTrue(Fixtures.tables(doc).isEmpty(), "an empty <table> gives no grid");
    }

    @Test
    void treatsNestedAndSingleColumnTablesAsLayout(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("p.html");
        Files.writeString(page, "<html><body><table><tr><td><p>某局2021年政府信息公开工作年度报告</p>"
                + "<table><tr><td>一、总体情况</td></tr></table>"
                + "<table border=1><tr><td rowspan=2>a</td><td>b</td></tr><tr><td>c</td></tr></table>"
                + "</td></tr></table></body></html>");
        Document doc = new HtmlReader().read(page);
        assertEquals(List.of("某局2021年政府信息公开工作年度报告", "一、总体情况"), Fixtures.paragraphs(doc));
        TableGrid grid = Fixtures.tables(doc).get(0);
        assertEquals(List.of(2, 2), List.of(grid.rowCount(), grid.colCount()));
        assertEquals("c", grid.slots()[1][1].text());
    }

    @Test
    void keepsATableCaptionAsTheParagraphBeforeItsGrid(@TempDir Path dir) throws Exception {
        Path page = Files.writeString(dir.resolve("p.html"), "<p>一、总体情况</p>"
                + "<table><caption>表二 主动公开政府信息情况</caption><tr><td>a</td><td>b</td></tr></table>");
        Document doc = new HtmlReader().read(page);
        assertEquals("表二 主动公开政府信息情况", ((Paragraph) doc.blocks().get(1)).text());
        assertTrue(doc.blocks().get(2) instanceof TableGrid);
    }

    @Test
    void rejectsEmptyFile(@TempDir Path dir) throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.html"));
        assertEquals(ErrorCode.EMPTY_FILE, assertThrows(ReadException.class, () -> new HtmlReader().read(empty)).code());
    }
}
