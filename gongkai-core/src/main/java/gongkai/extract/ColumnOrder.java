package gongkai.extract;

import gongkai.format.BlockSpec;
import gongkai.format.LineSpec;
import gongkai.format.TableSpec;
import gongkai.model.Category;
import gongkai.model.Finding;
import gongkai.model.GridCell;
import gongkai.model.Severity;
import gongkai.model.TableGrid;
import gongkai.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The order of a block's value columns as its header prints them. A header row (a row without values)
 * that names every column of a block fixes their order for the rows below it; otherwise the layout's
 * order holds. Also tells whether a money column's header states 元 rather than 万元.
 */
final class ColumnOrder {
    private final TableSpec table;
    private final List<HeaderRow> headers = new ArrayList<>();
    private final Map<LineSpec, Boolean> yuanHeaders = new HashMap<>();

    private record HeaderRow(int index, BlockSpec block, List<LineSpec> order) {
    }

    ColumnOrder(TableSpec table, TableGrid grid, List<Finding> findings) {
        this.table = table;
        GridCell[][] slots = grid.slots();
        for (int r = 0; r < slots.length; r++) {
            List<String> texts = distinctTexts(slots[r]);
            for (BlockSpec block : table.blocks()) {
                List<LineSpec> order = matchedColumns(block, texts);
                if (order.size() == block.columns().size()) {
                    headers.add(new HeaderRow(r, block, order));
                    if (!order.equals(block.columns())) {
                        findings.add(Finding.of("format.column_order", Severity.WARNING, Category.FORMAT,
                                "表" + table.id() + "列顺序与法定格式不同，按表头读取"));
                    }
                }
            }
        }
    }

    private static List<String> distinctTexts(GridCell[] row) {
        List<String> texts = new ArrayList<>();
        GridCell previous = null;
        for (GridCell c : row) {
            if (c != null && c != previous) {
                texts.add(c.text());
            }
            previous = c;
        }
        return texts;
    }

    private List<LineSpec> matchedColumns(BlockSpec block, List<String> texts) {
        List<LineSpec> order = new ArrayList<>();
        for (String text : texts) {
            LabelMatch m = RowLabels.exact(text, block.columns());
            if (m != null && !order.contains(block.columns().get(m.index()))) {
                LineSpec column = block.columns().get(m.index());
                order.add(column);
                if (column.money()) {
                    String key = Normalizer.labelKey(text);
                    yuanHeaders.put(column, key.contains("元") && !key.contains("万元"));
                }
            }
        }
        return order;
    }

    /** The column order for a data row of {@code block} at grid row {@code rowIndex}. */
    List<LineSpec> orderFor(BlockSpec block, int rowIndex) {
        List<LineSpec> order = block.columns();
        for (HeaderRow h : headers) {
            if (h.block() == block && h.index() < rowIndex) {
                order = h.order();
            }
        }
        return order;
    }

    boolean yuanByDefault(LineSpec column) {
        return yuanHeaders.getOrDefault(column, false);
    }
}
