package gongkai.read.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.model.Block;
import gongkai.model.GridCell;
import gongkai.model.Paragraph;
import gongkai.model.TableGrid;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Markdown as converters write it, recognised by content: pipe tables, HTML tables, ATX headings. */
class MarkdownBlocksTest {
    private static String[] lines(String text) {
        return text.split("\n", -1);
    }

    private static String cells(TableGrid grid) {
        StringBuilder out = new StringBuilder();
        for (GridCell c : grid.cells()) {
            out.append(c.row()).append(',').append(c.col()).append(' ').append(c.rowSpan()).append('x')
                    .append(c.colSpan()).append(' ').append(c.text()).append('\n');
        }
        return out.toString();
    }

    @Test
    void recognisesMarkdownByContentNotByName() {
        assertTrue(MarkdownBlocks.looksLikeMarkdown(lines("二、主动公开\n| 规章 | 0 |\n|---|---|\n")));
        assertTrue(MarkdownBlocks.looksLikeMarkdown(lines("正文\n<table><tr><td>规章</td></tr></table>\n")));
        assertTrue(MarkdownBlocks.looksLikeMarkdown(lines("# 一、总体情况\n正文\n## 二、主动公开政府信息情况\n")));
        assertFalse(MarkdownBlocks.looksLikeMarkdown(lines("一、总体情况\n规章\t0\t0\t0\n# 注\n")));
        assertFalse(MarkdownBlocks.looksLikeMarkdown(lines("收费 3 | 4 件\n---\n")));
    }

    @Test
    void readsAPipeRowIntoItsCells() {
        assertEquals(List.of("规章", "0", "0", "0"), MarkdownBlocks.pipeCells("| 规章 | 0 | 0 | 0 |"));
        assertEquals(List.of("行政规范性文件", "8", "", "66"), MarkdownBlocks.pipeCells("|**行政规范性文件**|8|\u00A0|66|"));
        assertEquals(List.of("a|b", "1"), MarkdownBlocks.pipeCells("| a\\|b | 1 |"));
    }

    @Test
    void headingsLoseTheirMarksAndSeparatorRowsAreNoRows() {
        List<Block> blocks = MarkdownBlocks.read(lines(
                "## 二、主动公开政府信息情况\n\n| 信息内容 | 本年制发件数 |\n|:---:|---|\n| 规章 | 1 |\n"));
        assertEquals("二、主动公开政府信息情况", ((Paragraph) blocks.get(0)).text());
        TableGrid grid = (TableGrid) blocks.get(1);
        assertEquals(2, grid.rowCount());
        assertEquals("0,0 1x1 信息内容\n0,1 1x1 本年制发件数\n1,0 1x1 规章\n1,1 1x1 1\n", cells(grid));
        assertEquals(5, grid.cells().get(2).location().line());
    }

    @Test
    void restoresTheSpansAPipeTableLost() {
        String table = "| 行政复议 | | 行政诉讼 | |\n|---|---|---|---|\n| 结果维持 | 总计 | 未经复议直接起诉 | |\n"
                + "| | | 结果维持 | 总计 |\n| 5 | 5 | | 2 |\n";
        TableGrid grid = (TableGrid) MarkdownBlocks.read(lines(table)).get(0);
        assertEquals("0,0 1x2 行政复议\n0,2 1x2 行政诉讼\n1,0 2x1 结果维持\n1,1 2x1 总计\n1,2 1x2 未经复议直接起诉\n"
                + "2,2 1x1 结果维持\n2,3 1x1 总计\n3,0 1x1 5\n3,1 1x1 5\n3,2 1x1 \n3,3 1x1 2\n", cells(grid));
    }

    @Test
    void aBlankValueStaysAnEmptyCellAndALabelRunsRightOrDown() {
        String table = "| 三、本年度办理结果 | （一）予以公开 | | 90 | |\n|---|---|---|---|---|\n"
                + "| | （六）其他处理 | | | |\n| | （七）总计 | | 1 | 2 |\n";
        TableGrid grid = (TableGrid) MarkdownBlocks.read(lines(table)).get(0);
        assertEquals("0,0 3x1 三、本年度办理结果\n0,1 1x2 （一）予以公开\n0,3 1x1 90\n0,4 1x1 \n"
                + "1,1 1x2 （六）其他处理\n1,3 1x1 \n1,4 1x1 \n2,1 1x2 （七）总计\n2,3 1x1 1\n2,4 1x1 2\n", cells(grid));
    }

    @Test
    void readsAnHtmlTableInsideMarkdownWithItsSpans() {
        List<Block> blocks = MarkdownBlocks.read(lines("# 四、政府信息公开行政复议、行政诉讼情况\n"
                + "<table><tr><td colspan=\"2\">行政复议</td></tr><tr><td>结果维持</td><td>总计</td></tr>"
                + "<tr><td>3</td><td>3</td></tr></table>\n五、存在的主要问题及改进情况"));
        assertEquals(3, blocks.size());
        TableGrid grid = (TableGrid) blocks.get(1);
        assertEquals("0,0 1x2 行政复议\n1,0 1x1 结果维持\n1,1 1x1 总计\n2,0 1x1 3\n2,1 1x1 3\n", cells(grid));
        assertEquals("五、存在的主要问题及改进情况", ((Paragraph) blocks.get(2)).text());
    }
}
