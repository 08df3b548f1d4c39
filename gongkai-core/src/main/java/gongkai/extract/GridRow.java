package gongkai.extract;

import gongkai.model.CellKind;
import gongkai.model.GridCell;
import gongkai.text.CellValues;
import java.util.ArrayList;
import java.util.List;

/**
 * A table row split into its label (the text cells up to the last one) and its value cells (everything
 * after the last text cell: numbers, empties and na marks), and whether any value cell is not blank
 * (worked out once: the mapper asks often).
 */
record GridRow(int index, String label, List<GridCell> labelCells, List<GridCell> values, boolean hasValues) {
    /** A digit misread as text gives at most this many characters. */
    private static final int MAX_MISREAD_DIGIT = 2;

    GridRow(int index, String label, List<GridCell> labelCells, List<GridCell> values) {
        this(index, label, labelCells, values,
                values.stream().anyMatch(c -> CellValues.parse(c.text()).kind() != CellKind.EMPTY));
    }

    static GridRow of(int index, List<GridCell> cells) {
        int lastLabel = -1;
        boolean anyValue = false;
        for (int i = 0; i < cells.size(); i++) {
            CellKind kind = CellValues.parse(cells.get(i).text()).kind();
            if (kind == CellKind.TEXT) {
                lastLabel = i;
                anyValue = false;
            } else {
                anyValue |= kind != CellKind.EMPTY;
            }
        }
        List<GridCell> labelCells = cells.subList(0, lastLabel + 1);
        StringBuilder label = new StringBuilder();
        for (GridCell c : labelCells) {
            label.append(c.text()).append(' ');
        }
        return new GridRow(index, label.toString().strip(), List.copyOf(labelCells),
                List.copyOf(cells.subList(lastLabel + 1, cells.size())), anyValue);
    }

    /** The row's own label: its last label cell (a group label in a cell before it is the group's). */
    String ownLabel() {
        return labelCells.isEmpty() ? label : labelCells.get(labelCells.size() - 1).text();
    }

    /**
     * Exactly {@code n} value cells: surplus empty cells are dropped from the end, then from the start
     * (text copies lose or add tab stops at both ends); null when the row cannot give {@code n}.
     */
    List<GridCell> valuesFitting(int n) {
        List<GridCell> fit = new ArrayList<>(values);
        while (fit.size() > n && isEmpty(fit.get(fit.size() - 1))) {
            fit.remove(fit.size() - 1);
        }
        while (fit.size() > n && isEmpty(fit.get(0))) {
            fit.remove(0);
        }
        return fit.size() == n ? fit : null;
    }

    /**
     * A row read by OCR whose last values were taken for label text (a 0 recognised as 吕 ends the label there):
     * its last {@code n} cells, when the cells moved from the label are short like a misread digit, a label stays
     * before them and most of them are numbers; null otherwise.
     */
    List<GridCell> lastCellsAsValues(int n) {
        int moved = n - values.size();
        if (moved <= 0 || labelCells.size() <= moved) {
            return null;
        }
        List<GridCell> displaced = labelCells.subList(labelCells.size() - moved, labelCells.size());
        if (displaced.stream().anyMatch(c -> c.text().strip().length() > MAX_MISREAD_DIGIT)) {
            return null;
        }
        List<GridCell> last = new ArrayList<>(displaced);
        last.addAll(values);
        long numbers = last.stream().filter(c -> CellValues.parse(c.text()).kind() == CellKind.NUMBER).count();
        return 2 * numbers > n ? last : null;
    }

    private static boolean isEmpty(GridCell cell) {
        return CellValues.parse(cell.text()).kind() == CellKind.EMPTY;
    }
}
