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

    /**
     * The table with its sliver rows folded away. Folding one row changes no other row's verdict (a span
     * over a higher row still covers it, one shorter), so all are found first and folded in one pass.
     */
    static TablePart collapse(TablePart table) {
        boolean[] sliver = slivers(table.cells(), table.rowCount());
        int[] foldedBefore = new int[table.rowCount() + 1]; // sliver rows above each row
        for (int r = 0; r < table.rowCount(); r++) {
            foldedBefore[r + 1] = foldedBefore[r] + (sliver[r] ? 1 : 0);
        }
        int folded = foldedBefore[table.rowCount()];
        if (folded == 0) {
            return table;
        }
        List<GridCell> out = new ArrayList<>();
        for (GridCell c : table.cells()) {
            if (!sliver[c.row()]) {
                int end = c.row() + c.rowSpan();
                out.add(new GridCell(c.row() - foldedBefore[c.row()], c.col(),
                        c.rowSpan() - (foldedBefore[end] - foldedBefore[c.row()]), c.colSpan(), c.text(), c.location()));
            }
        }
        return new TablePart(table.page(), table.bbox(), table.rowCount() - folded, out, table.ruled());
    }

    /** Per row: not the first, spanned into by a cell from above, and no text in its own cells. */
    private static boolean[] slivers(List<GridCell> cells, int rows) {
        int[] spanStarts = new int[rows + 1]; // difference array of rows covered below a cell's first row
        boolean[] hasText = new boolean[rows];
        for (GridCell c : cells) {
            if (c.rowSpan() > 1) {
                spanStarts[c.row() + 1]++;
                spanStarts[Math.min(rows, c.row() + c.rowSpan())]--;
            }
            hasText[c.row()] |= !c.text().isBlank();
        }
        boolean[] sliver = new boolean[rows];
        int spanning = 0;
        for (int r = 0; r < rows; r++) {
            spanning += spanStarts[r];
            sliver[r] = r >= 1 && spanning > 0 && !hasText[r];
        }
        return sliver;
    }
}
