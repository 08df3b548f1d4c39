package gongkai.read.pdf;

import gongkai.model.GridCell;
import java.util.ArrayList;
import java.util.List;

/**
 * Removes sliver rows: grid rows that only exist because one column draws a rule where the others do not (a
 * rowspan cell that Chromium cuts short after a page break). Such a row has no text of its own and lies inside
 * cells spanning from the row above; it is folded into that row.
 */
final class SliverRows {
    private SliverRows() {
    }

    static TablePart collapse(TablePart table) {
        List<GridCell> cells = table.cells();
        int rows = table.rowCount();
        for (int r = rows - 1; r >= 1; r--) {
            if (isSliver(cells, r)) {
                cells = fold(cells, r);
                rows--;
            }
        }
        return rows == table.rowCount() ? table
                : new TablePart(table.page(), table.bbox(), rows, cells, table.ruled());
    }

    private static boolean isSliver(List<GridCell> cells, int row) {
        boolean spannedInto = cells.stream().anyMatch(c -> c.row() < row && c.row() + c.rowSpan() > row);
        boolean blankOwn = cells.stream().filter(c -> c.row() == row).allMatch(c -> c.text().isBlank());
        return spannedInto && blankOwn;
    }

    /** The cells with row {@code row} folded away: its own cells dropped, spans over it one shorter. */
    private static List<GridCell> fold(List<GridCell> cells, int row) {
        List<GridCell> out = new ArrayList<>();
        for (GridCell c : cells) {
            if (c.row() == row) {
                continue;
            }
            int start = c.row() > row ? c.row() - 1 : c.row();
            int span = c.row() < row && c.row() + c.rowSpan() > row ? c.rowSpan() - 1 : c.rowSpan();
            out.add(new GridCell(start, c.col(), span, c.colSpan(), c.text(), c.location()));
        }
        return out;
    }
}
