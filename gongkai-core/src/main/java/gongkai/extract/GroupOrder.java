package gongkai.extract;

import gongkai.format.BlockSpec;
import gongkai.format.LineSpec;
import gongkai.model.GridCell;
import gongkai.model.TableGrid;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The groups of a single-row table (table 4: 行政复议, 未经复议直接起诉, 复议后起诉) that a grid's header names,
 * in the order their labels stand from left to right. Some reports print 复议后起诉 before 未经复议直接起诉,
 * and some print table 4 as two tables (复议; 诉讼): the values follow the header, not the template.
 */
final class GroupOrder {
    private GroupOrder() {
    }

    /** The block's groups whose label a cell of the grid carries exactly, by the column that label starts at. */
    static List<LineSpec> printed(BlockSpec block, TableGrid grid) {
        Map<LineSpec, Integer> firstColumn = new LinkedHashMap<>();
        for (GridCell cell : grid.cells()) {
            LabelMatch m = RowLabels.exact(cell.text(), block.rows());
            if (m != null) {
                firstColumn.merge(block.rows().get(m.index()), cell.col(), Math::min);
            }
        }
        if (firstColumn.values().stream().distinct().count() < firstColumn.size()) {
            return List.of(); // two groups over one column: a label column, not a header
        }
        List<LineSpec> order = new ArrayList<>(firstColumn.keySet());
        order.sort(Comparator.comparingInt(firstColumn::get));
        return order;
    }
}
