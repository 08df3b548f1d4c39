package gongkai.read.pdf;

import gongkai.model.GridCell;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Re-joins cells that a page break cut in two. The first row after the break either continues the last row
 * before it (no numbers, no enumeration marker anywhere: the whole row was split), or is a row of its own whose
 * group labels on the left may continue the group label cells above the break (`（四）无` … `法提供`). A group
 * label piece is joined when it is empty or does not start with an enumeration marker; the rightmost label of
 * the row (the row's own label) is never joined.
 */
final class BreakMerger {
    private BreakMerger() {
    }

    /** Merges in place across the boundary between rows {@code boundary - 1} and {@code boundary}. */
    static void merge(List<GridCell> cells, int boundary) {
        List<GridCell> below = cells.stream().filter(c -> c.row() == boundary)
                .sorted(Comparator.comparingInt(GridCell::col)).toList();
        if (below.isEmpty()) {
            return;
        }
        for (GridCell b : piecesToJoin(cells, below, boundary)) {
            GridCell a = partner(cells, b, boundary).orElseThrow();
            cells.remove(a);
            cells.remove(b);
            cells.add(new GridCell(a.row(), a.col(), a.rowSpan() + b.rowSpan(), a.colSpan(),
                    joinText(a.text(), b.text()), a.location()));
        }
    }

    private static List<GridCell> piecesToJoin(List<GridCell> cells, List<GridCell> below, int boundary) {
        boolean wholeRow = below.stream().allMatch(b -> partner(cells, b, boundary).isPresent()
                && !CellTexts.isNumeric(b.text()) && !CellTexts.startsWithMarker(b.text()));
        if (wholeRow) {
            return below;
        }
        int firstValue = below.stream().filter(b -> CellTexts.isNumeric(b.text()))
                .mapToInt(GridCell::col).min().orElse(Integer.MAX_VALUE);
        List<GridCell> labels = below.stream().filter(b -> b.col() < firstValue).toList();
        List<GridCell> join = new ArrayList<>();
        for (int i = 0; i < labels.size() - 1; i++) {
            GridCell b = labels.get(i);
            Optional<GridCell> a = partner(cells, b, boundary);
            boolean continues = b.text().isBlank() || !CellTexts.startsWithMarker(b.text());
            if (a.isPresent() && continues && !CellTexts.isNumeric(a.get().text())) {
                join.add(b);
            }
        }
        return join;
    }

    /** The cell above the break with the same columns as {@code b}. */
    private static Optional<GridCell> partner(List<GridCell> cells, GridCell b, int boundary) {
        return cells.stream().filter(a -> a.row() + a.rowSpan() == boundary
                && a.col() == b.col() && a.colSpan() == b.colSpan()).findFirst();
    }

    private static String joinText(String above, String below) {
        if (above.isBlank()) {
            return below;
        }
        return below.isBlank() ? above : above + "\n" + below;
    }
}
