package gongkai.read.html;

import gongkai.read.ReadLimits;
import gongkai.model.Location;
import gongkai.model.TableGrid;
import gongkai.read.Texts;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Converts an HTML {@code <table>} into a grid, expanding rowspan and colspan exactly as a browser lays them out. */
final class HtmlTables {
    private HtmlTables() {
    }

    /**
     * Whether a table only arranges the page: it holds a table of more than one cell, or it has a single
     * column. A one-cell table inside a data cell (an editor's text box) does not make its table layout.
     */
    static boolean isLayout(Element table) {
        for (Element nested : table.getElementsByTag("table")) {
            if (nested != table && !isSingleCell(nested)) {
                return true;
            }
        }
        return rows(table).stream().allMatch(tr -> cells(tr).size() <= 1);
    }

    private static boolean isSingleCell(Element table) {
        List<Element> rows = rows(table);
        return rows.size() <= 1 && rows.stream().allMatch(tr -> cells(tr).size() <= 1);
    }

    /** The grid of a table without nested tables; cell texts keep {@code <br>} and inner blocks as line breaks. */
    static TableGrid grid(Element table, ReadLimits limits) {
        SpanLayout grid = new SpanLayout(limits);
        for (Element tr : rows(table)) {
            grid.nextRow();
            for (Element td : cells(tr)) {
                grid.add(span(td, "rowspan"), span(td, "colspan"), text(td), HtmlLines.of(td));
            }
        }
        return grid.build(HtmlLines.of(table));
    }

    /** The rows of this table, not of tables nested in it; jsoup has already put stray rows into a tbody. */
    static List<Element> rows(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            switch (child.normalName()) {
                case "tr" -> rows.add(child);
                case "thead", "tbody", "tfoot" -> rows.addAll(child.children().stream().filter(e -> e.nameIs("tr")).toList());
                default -> { }
            }
        }
        return rows;
    }

    private static List<Element> cells(Element tr) {
        return tr.children().stream().filter(e -> e.nameIs("td") || e.nameIs("th")).toList();
    }

    /** A span attribute as browsers read it: leading digits; missing, zero or junk means 1, except rowspan=0 (to the end). */
    static int span(Element td, String attr) {
        String v = td.attr(attr).strip();
        int end = 0;
        while (end < v.length() && end < 6 && Character.isDigit(v.charAt(end))) {
            end++;
        }
        if (end == 0) {
            return 1;
        }
        int n = Integer.parseInt(v.substring(0, end));
        if (n == 0) {
            return attr.equals("rowspan") ? SpanLayout.MAX_SPAN : 1;
        }
        return n;
    }

    /** The printed text of a cell: line breaks where {@code <br>} or a block element stands. */
    static String text(Element cell) {
        StringBuilder sb = new StringBuilder();
        append(cell, sb);
        return Texts.clean(sb);
    }

    private static void append(Element e, StringBuilder sb) {
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                sb.append(Texts.collapse(t.getWholeText()));
            } else if (n instanceof Element el && !HtmlBlocks.isSkipped(el)) {
                if (el.nameIs("br")) {
                    sb.append('\n');
                } else if (HtmlBlocks.isBlock(el)) {
                    sb.append('\n');
                    append(el, sb);
                    sb.append('\n');
                } else {
                    append(el, sb);
                }
            }
        }
    }
}
