package gongkai.read.pdf;

import gongkai.model.GridCell;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Joins a table that runs over a page break into one: the part at the top of a page continues the table that
 * ended the previous page when both are ruled and their left and right edges agree (or both are borderless).
 * For ruled tables, header rows the continuation repeats and blank strips at the break are dropped, and cells
 * cut by the break (a group label spanning rows, or a whole row) are merged again.
 */
final class TableStitcher {
    /** Left and right table edges on consecutive pages may differ by this much and still be one table. */
    static final double EDGE_TOLERANCE = 6.0;
    /** Column lines of the two parts within this distance are one column line. */
    static final double COLUMN_TOLERANCE = 3.0;

    private TableStitcher() {
    }

    /** All pages' items in reading order, continued tables joined. */
    static List<PageItem> stitch(List<List<PageItem>> pages) {
        List<PageItem> out = new ArrayList<>();
        boolean previousEndedWithTable = false;
        for (List<PageItem> page : pages) {
            for (int i = 0; i < page.size(); i++) {
                PageItem item = page.get(i);
                PageItem last = out.isEmpty() ? null : out.get(out.size() - 1);
                if (i == 0 && previousEndedWithTable && last instanceof TablePart a
                        && item instanceof TablePart b && continues(a, b)) {
                    out.set(out.size() - 1, a.ruled() ? join(a, b) : BorderlessGrid.append(a, b));
                } else {
                    out.add(item);
                }
            }
            previousEndedWithTable = !page.isEmpty() && page.get(page.size() - 1) instanceof TablePart;
        }
        return out;
    }

    /** Whether {@code b}, first on its page, continues {@code a}, last on the page before. */
    static boolean continues(TablePart a, TablePart b) {
        if (!a.ruled() || !b.ruled()) {
            return !a.ruled() && !b.ruled();
        }
        return Math.abs(a.bbox().x0() - b.bbox().x0()) <= EDGE_TOLERANCE
                && Math.abs(a.bbox().x1() - b.bbox().x1()) <= EDGE_TOLERANCE;
    }

    /** The table {@code a} followed by its continuation {@code b}, on the column lines of both. */
    static TablePart join(TablePart a, TablePart b) {
        double[] xs = columnLines(a, b);
        List<GridCell> top = reindex(a.cells(), xs);
        int topRows = a.rowCount();
        while (topRows > 1 && isEmptyRow(top, topRows - 1)) {
            top = withoutLastRow(top, --topRows); // a blank strip at the page bottom where the cut row starts
        }
        List<GridCell> next = reindex(b.cells(), xs);
        int drop = repeatedHeaderRows(top, next, b.rowCount());
        while (drop < b.rowCount() - 1 && isEmptyRow(next, drop)) {
            drop++;
        }
        next = shift(next, drop, topRows);
        List<GridCell> cells = new ArrayList<>(top);
        cells.addAll(next);
        BreakMerger.merge(cells, topRows);
        cells.sort(Comparator.comparingInt(GridCell::row).thenComparingInt(GridCell::col));
        return new TablePart(a.page(), a.bbox(), topRows + b.rowCount() - drop, cells, true);
    }

    /** A row whose own cells (those starting in it) are all blank; cells spanning into it do not count. */
    private static boolean isEmptyRow(List<GridCell> cells, int row) {
        List<GridCell> own = cells.stream().filter(c -> c.row() == row).toList();
        return !own.isEmpty() && own.stream().allMatch(c -> c.text().isBlank());
    }

    /** The cells without the last row {@code row}; cells spanning into it end one row earlier. */
    private static List<GridCell> withoutLastRow(List<GridCell> cells, int row) {
        List<GridCell> out = new ArrayList<>();
        for (GridCell c : cells) {
            if (c.row() < row) {
                int span = Math.min(c.rowSpan(), row - c.row());
                out.add(new GridCell(c.row(), c.col(), span, c.colSpan(), c.text(), c.location()));
            }
        }
        return out;
    }

    private static double[] columnLines(TablePart a, TablePart b) {
        List<Double> edges = new ArrayList<>();
        for (TablePart part : List.of(a, b)) {
            for (GridCell c : part.cells()) {
                edges.add(c.location().bbox().x0());
                edges.add(c.location().bbox().x1());
            }
        }
        return GridBuilder.cluster(edges, COLUMN_TOLERANCE);
    }

    private static List<GridCell> reindex(List<GridCell> cells, double[] xs) {
        List<GridCell> out = new ArrayList<>();
        for (GridCell c : cells) {
            int col = nearest(xs, c.location().bbox().x0());
            int end = Math.max(col + 1, nearest(xs, c.location().bbox().x1()));
            out.add(new GridCell(c.row(), col, c.rowSpan(), end - col, c.text(), c.location()));
        }
        return out;
    }

    private static int nearest(double[] xs, double x) {
        int best = 0;
        for (int i = 1; i < xs.length; i++) {
            if (Math.abs(xs[i] - x) < Math.abs(xs[best] - x)) {
                best = i;
            }
        }
        return best;
    }

    /** How many leading rows of the continuation repeat the table's own leading rows. */
    private static int repeatedHeaderRows(List<GridCell> table, List<GridCell> continuation, int rows) {
        int k = 0;
        while (k < rows - 1) {
            String mine = signature(table, k);
            if (mine.isEmpty() || !mine.equals(signature(continuation, k))) {
                break;
            }
            k++;
        }
        return k;
    }

    /** The row's cell texts with their columns; empty when the row holds no text. */
    private static String signature(List<GridCell> cells, int row) {
        StringBuilder sig = new StringBuilder();
        boolean hasText = false;
        for (GridCell c : cells.stream().filter(c -> c.row() == row)
                .sorted(Comparator.comparingInt(GridCell::col)).toList()) {
            String text = CellTexts.squeeze(c.text());
            hasText |= !text.isEmpty();
            sig.append(c.col()).append(':').append(text).append('|');
        }
        return hasText ? sig.toString() : "";
    }

    /** Drops the first {@code drop} rows (clipping cells that reach below them) and moves the rest down. */
    private static List<GridCell> shift(List<GridCell> cells, int drop, int offset) {
        List<GridCell> out = new ArrayList<>();
        for (GridCell c : cells) {
            int row = Math.max(c.row(), drop);
            int span = c.row() + c.rowSpan() - row;
            if (span > 0) {
                out.add(new GridCell(row - drop + offset, c.col(), span, c.colSpan(), c.text(), c.location()));
            }
        }
        return out;
    }
}
