package gongkai.read.word;

import gongkai.read.ReadLimits;
import gongkai.model.GridCell;
import gongkai.model.Location;
import gongkai.model.TableGrid;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns Word's table model into a grid. Word stores every row in full: a vertically merged cell
 * reappears in each row it covers, marked "continue"; here those marks become one cell's rowSpan.
 */
final class WordGrid {
    /** How a Word cell takes part in a vertical merge. */
    enum Merge { NONE, RESTART, CONTINUE }

    /** One cell as Word stores it: its first grid column, its horizontal span and its merge mark. */
    record Cell(int col, int colSpan, Merge merge, String text) {
    }

    private WordGrid() {
    }

    /** The grid of a table given row by row; a "continue" cell with nothing above to extend stands alone. */
    static TableGrid build(List<List<Cell>> rows, Location location, ReadLimits limits) {
        long covered = 0;
        List<int[]> open = new ArrayList<>(); // per grid column: {index in cells, row} of the merge it continues
        List<GridCell> cells = new ArrayList<>();
        int colCount = 0;
        for (int r = 0; r < rows.size(); r++) {
            for (Cell c : rows.get(r)) {
                limits.checkSpan(c.colSpan());
                covered += c.colSpan();
                limits.checkGrid(covered);
                colCount = Math.max(colCount, c.col() + c.colSpan());
                limits.checkGrid((long) rows.size() * colCount);
                while (open.size() < colCount) {
                    open.add(null);
                }
                int[] above = open.get(c.col());
                if (c.merge() == Merge.CONTINUE && above != null && cells.get(above[0]).colSpan() == c.colSpan()
                        && above[1] == r - 1) {
                    GridCell a = cells.get(above[0]);
                    cells.set(above[0], new GridCell(a.row(), a.col(), a.rowSpan() + 1, a.colSpan(), a.text(), a.location()));
                    above[1] = r;
                    continue;
                }
                cells.add(new GridCell(r, c.col(), 1, c.colSpan(), c.text(), location));
                int[] mark = c.merge() == Merge.NONE ? null : new int[] {cells.size() - 1, r};
                for (int k = c.col(); k < c.col() + c.colSpan(); k++) {
                    open.set(k, mark);
                }
            }
        }
        return new TableGrid(cells, rows.size(), colCount, location);
    }
}
