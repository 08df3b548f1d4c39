package gongkai.write.html;

import gongkai.write.Mark;
import gongkai.format.BlockSpec;
import gongkai.format.LineSpec;
import gongkai.format.TableSpec;
import gongkai.model.Cell;
import gongkai.model.CellKind;
import gongkai.model.Finding;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jsoup.nodes.Element;

/**
 * Draws one statistical table as the statute prints it, from its layout in the format data: table 2 in
 * blocks, table 3 as rows under 申请人情况, table 4 as one row of values under two header rows. Every value
 * cell carries {@code data-cell}; a cell named by a finding also class {@code violation}, its mark and
 * {@code data-rules}.
 */
final class TableView {
    private final Map<String, Cell> cells;
    private final Map<String, List<Finding>> findingsByCell;
    private final Words words;

    TableView(Map<String, Cell> cells, Map<String, List<Finding>> findingsByCell, Words words) {
        this.cells = cells;
        this.findingsByCell = findingsByCell;
        this.words = words;
    }

    Element draw(TableSpec layout) {
        Element table = new Element("table").addClass("statute").addClass(layout.id())
                .attr("data-table", layout.id()).attr("data-layout", layout.layout());
        switch (layout.style()) {
            case "blocks" -> drawBlocks(table, layout);
            case "single_row" -> drawSingleRow(table, layout.blocks().get(0), layout.id());
            default -> drawRows(table, layout.blocks().get(0), layout.id());
        }
        return table;
    }

    private void drawBlocks(Element table, TableSpec layout) {
        int width = 1 + layout.blocks().stream().mapToInt(b -> b.columns().size()).max().orElse(1);
        for (BlockSpec block : layout.blocks()) {
            table.appendElement("tr").appendElement("th").addClass("block").attr("colspan", String.valueOf(width))
                    .text(first(block.labels(), block.key()));
            Element header = table.appendElement("tr");
            header.appendElement("th").text(words.get("content"));
            for (int i = 0; i < block.columns().size(); i++) {
                Element th = header.appendElement("th").text(label(block.columns().get(i)));
                padLast(th, i, block.columns().size(), width - 1);
            }
            for (LineSpec row : block.rows()) {
                Element tr = table.appendElement("tr");
                tr.appendElement("th").addClass("label").text(label(row));
                for (int i = 0; i < block.columns().size(); i++) {
                    padLast(value(tr, block.cellId(layout.id(), row, block.columns().get(i))), i,
                            block.columns().size(), width - 1);
                }
            }
        }
    }

    private static void padLast(Element cell, int index, int count, int width) {
        if (index == count - 1 && count < width) {
            cell.attr("colspan", String.valueOf(width - count + 1));
        }
    }

    private void drawRows(Element table, BlockSpec block, String tableId) {
        Element top = table.appendElement("tr");
        top.appendElement("th").attr("colspan", "2").attr("rowspan", "2");
        top.appendElement("th").attr("colspan", String.valueOf(block.columns().size())).text(words.get("applicants"));
        Element header = table.appendElement("tr");
        block.columns().forEach(c -> header.appendElement("th").text(label(c)));
        List<LineSpec> rows = block.rows();
        for (int r = 0; r < rows.size(); r++) {
            LineSpec row = rows.get(r);
            Element tr = table.appendElement("tr");
            if (row.group() == null) {
                tr.appendElement("th").addClass("label").attr("colspan", "2").text(label(row));
            } else {
                if (r == 0 || !Objects.equals(rows.get(r - 1).group(), row.group())) {
                    tr.appendElement("th").addClass("group").attr("rowspan", String.valueOf(groupLength(rows, r)))
                            .text(row.group());
                }
                tr.appendElement("th").addClass("label").text(label(row));
            }
            block.columns().forEach(c -> value(tr, block.cellId(tableId, row, c)));
        }
    }

    private static int groupLength(List<LineSpec> rows, int start) {
        int end = start;
        while (end < rows.size() && Objects.equals(rows.get(end).group(), rows.get(start).group())) {
            end++;
        }
        return end - start;
    }

    private void drawSingleRow(Element table, BlockSpec block, String tableId) {
        Element groups = table.appendElement("tr");
        Element header = table.appendElement("tr");
        Element values = table.appendElement("tr");
        for (LineSpec row : block.rows()) {
            groups.appendElement("th").attr("colspan", String.valueOf(block.columns().size())).text(label(row));
            for (LineSpec column : block.columns()) {
                header.appendElement("th").text(label(column));
                value(values, block.cellId(tableId, row, column));
            }
        }
    }

    private Element value(Element tr, String id) {
        Element td = tr.appendElement("td").attr("data-cell", id);
        Cell cell = cells.get(id);
        if (cell == null) {
            td.addClass("missing").attr("title", words.get("missing"));
        } else {
            td.text(cell.kind() == CellKind.EMPTY ? "" : cell.raw()).addClass("k-" + cell.kind().id())
                    .attr("data-raw", cell.raw()).attr("data-basis", cell.basis().id());
            if (cell.location().page() != null) {
                td.attr("data-page", String.valueOf(cell.location().page()));
            }
        }
        List<Finding> findings = findingsByCell.getOrDefault(id, List.of());
        if (!findings.isEmpty()) {
            td.addClass("violation").addClass(Mark.worst(findings).css())
                    .attr("data-rules", String.join(" ", findings.stream().map(Finding::rule).distinct().toList()));
        }
        return td;
    }

    private static String label(LineSpec line) {
        return first(line.labels(), line.key());
    }

    private static String first(List<String> labels, String fallback) {
        return labels.isEmpty() ? String.valueOf(fallback) : labels.get(0);
    }
}
