package gongkai.read.html;

import gongkai.read.ReadLimits;
import gongkai.model.GridCell;
import gongkai.model.Location;
import gongkai.model.TableGrid;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out table cells the way an HTML table model does: each new cell takes the next free slot of its
 * row, and a cell's spans reserve the slots below and to the right of it. Shared by the HTML and Word
 * readers so that all sources expand spans by the same rule.
 */
final class SpanLayout {
    /** Browsers cap spans (HTML: colspan ≤ 1000, rowspan ≤ 65534); a smaller cap keeps hostile input cheap. */
    static final int MAX_SPAN = 1000;

    private final ReadLimits limits;
    private final List<boolean[]> occupied = new ArrayList<>();
    private final List<GridCell> cells = new ArrayList<>();
    private int row = -1;
    private int col;
    private int colCount;
    /** Slots the cells' spans cover so far: what placing them costs. */
    private long covered;

    SpanLayout(ReadLimits limits) {
        this.limits = limits;
    }

    /** Starts the next row; slots already reserved by rowspans from above are skipped when placing cells. */
    void nextRow() {
        row++;
        col = 0;
        ensureRow(row);
    }

    /** Skips {@code n} free slots of the current row (Word's gridBefore: columns the row does not draw). */
    void skip(int n) {
        for (int i = 0; i < n; i++) {
            advanceToFree();
            col++;
        }
    }

    /** Places a cell in the next free slot of the current row and returns its column. */
    int add(int rowSpan, int colSpan, String text, Location location) {
        if (row < 0) {
            nextRow();
        }
        advanceToFree();
        int rs = clamp(rowSpan);
        int cs = clamp(colSpan);
        covered += (long) rs * cs;
        limits.checkGrid(covered);
        limits.checkGrid((long) (row + 1) * (col + cs));
        for (int r = row; r < row + rs; r++) {
            ensureRow(r);
            for (int k = col; k < col + cs; k++) {
                slotsOf(r, k + 1)[k] = true;
            }
        }
        cells.add(new GridCell(row, col, rs, cs, text, location));
        int placed = col;
        col += cs;
        colCount = Math.max(colCount, col);
        return placed;
    }

    /** Whether the builder has placed no cell yet. */
    boolean isEmpty() {
        return cells.isEmpty();
    }

    /**
     * The grid. Rowspans reaching past the last row are cut there, as a browser does, so that the
     * grid's row count is the number of rows the source draws.
     */
    TableGrid build(Location location) {
        int rowCount = row + 1;
        List<GridCell> fitted = new ArrayList<>(cells.size());
        for (GridCell c : cells) {
            int rs = Math.min(c.rowSpan(), rowCount - c.row());
            fitted.add(rs == c.rowSpan() ? c : new GridCell(c.row(), c.col(), rs, c.colSpan(), c.text(), c.location()));
        }
        return new TableGrid(fitted, rowCount, colCount, location);
    }

    private void advanceToFree() {
        boolean[] slots = occupied.get(row);
        while (col < slots.length && slots[col]) {
            col++;
        }
    }

    private boolean[] slotsOf(int r, int width) {
        boolean[] slots = occupied.get(r);
        if (slots.length < width) {
            slots = java.util.Arrays.copyOf(slots, Math.max(width, slots.length * 2));
            occupied.set(r, slots);
        }
        return slots;
    }

    private void ensureRow(int r) {
        while (occupied.size() <= r) {
            occupied.add(new boolean[8]);
        }
    }

    private static int clamp(int span) {
        return Math.max(1, Math.min(span, MAX_SPAN));
    }
}
