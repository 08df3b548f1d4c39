package gongkai.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A table as a grid of cells with row and column spans. {@link #slots()} expands the spans: every
 * slot holds the cell that covers it (a spanning cell appears in several slots), or null. {@code basis} says
 * how its cells were placed: GRID for a ruled, HTML or Word grid, LAYOUT for columns told from text positions.
 */
public record TableGrid(List<GridCell> cells, int rowCount, int colCount, Location location, Basis basis)
        implements Block {
    public TableGrid {
        cells = List.copyOf(cells);
        location = location == null ? Location.UNKNOWN : location;
        basis = basis == null ? Basis.GRID : basis;
        for (GridCell c : cells) {
            if (c.row() + c.rowSpan() > rowCount || c.col() + c.colSpan() > colCount) {
                throw new IllegalArgumentException("cell outside a " + rowCount + "x" + colCount + " grid: " + c);
            }
        }
    }

    /** A grid whose cells are those of a ruled, HTML or Word table. */
    public TableGrid(List<GridCell> cells, int rowCount, int colCount, Location location) {
        this(cells, rowCount, colCount, location, Basis.GRID);
    }

    /** The grid with spans expanded, indexed [row][col]. */
    public GridCell[][] slots() {
        GridCell[][] slots = new GridCell[rowCount][colCount];
        for (GridCell c : cells) {
            for (int r = c.row(); r < c.row() + c.rowSpan(); r++) {
                for (int k = c.col(); k < c.col() + c.colSpan(); k++) {
                    slots[r][k] = c;
                }
            }
        }
        return slots;
    }

    /** The distinct cells of each row in column order, a spanning cell listed once per row it covers. */
    public List<List<GridCell>> rows() {
        GridCell[][] slots = slots();
        List<List<GridCell>> rows = new ArrayList<>(rowCount);
        for (GridCell[] slotRow : slots) {
            List<GridCell> row = new ArrayList<>();
            for (GridCell c : slotRow) {
                if (c != null && (row.isEmpty() || row.get(row.size() - 1) != c)) {
                    row.add(c);
                }
            }
            rows.add(Collections.unmodifiableList(row));
        }
        return rows;
    }
}
