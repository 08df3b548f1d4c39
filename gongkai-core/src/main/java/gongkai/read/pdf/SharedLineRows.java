package gongkai.read.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rule between a table's headings and its values where a fax lost it: in a band of a table whose rules were
 * partly lost, a text line with a partner at the same height in every column (one row of values) next to lines that
 * are not (headings of different heights) is a row of its own, cut off where every column is blank.
 */
final class SharedLineRows {
    private SharedLineRows() {
    }

    /** The rules inferred around such lines in each band of one frame. */
    static List<Ruling> rows(List<Ruling> frame, InkMask mask, double perPoint) {
        double[] xs = TextRows.edges(frame, false);
        double[] ys = TextRows.edges(frame, true);
        List<Ruling> added = new ArrayList<>();
        for (int r = 0; r + 1 < ys.length && xs.length >= 2; r++) {
            List<List<TextRows.Line>> columns = new ArrayList<>();
            for (int c = 0; c + 1 < xs.length; c++) {
                columns.add(TextRows.lines(mask, perPoint, xs[c], xs[c + 1], ys[r], ys[r + 1]));
            }
            if (columns.stream().anyMatch(List::isEmpty)) {
                continue;
            }
            for (double y : cuts(columns)) {
                added.add(new Ruling(true, y / perPoint, xs[0], xs[xs.length - 1]));
            }
        }
        return added;
    }

    /** Pixel rows to cut a band at: around each line shared by every column, if some line is not shared. */
    private static List<Double> cuts(List<List<TextRows.Line>> columns) {
        List<int[]> shared = new ArrayList<>(); // per shared line, its index in each column
        for (int k = 0; k < columns.get(0).size(); k++) {
            int[] at = partners(columns, columns.get(0).get(k));
            if (at != null) {
                shared.add(at);
            }
        }
        int lines = columns.stream().mapToInt(List::size).sum();
        List<Double> cuts = new ArrayList<>();
        if (shared.isEmpty() || shared.size() * columns.size() == lines) {
            return cuts;
        }
        for (int[] at : shared) {
            gap(columns, at, -1).ifPresent(cuts::add);
            gap(columns, at, +1).ifPresent(cuts::add);
        }
        return cuts.stream().distinct().toList();
    }

    /** The index of the line's partner in each column, or null if a column has none. */
    private static int[] partners(List<List<TextRows.Line>> columns, TextRows.Line line) {
        int[] at = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            at[c] = -1;
            List<TextRows.Line> column = columns.get(c);
            for (int j = 0; j < column.size() && at[c] < 0; j++) {
                if (TextRows.partnered(line, column.get(j))) {
                    at[c] = j;
                }
            }
            if (at[c] < 0) {
                return null;
            }
        }
        return at;
    }

    /**
     * The middle of the blank stretch between the shared line and the lines next to it on one side (-1 above, +1
     * below) in every column, if some column has such a line and the stretch is blank.
     */
    private static Optional<Double> gap(List<List<TextRows.Line>> columns, int[] at, int side) {
        int near = side < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE; // edge of the neighbours nearest the line
        int edge = side < 0 ? Integer.MAX_VALUE : Integer.MIN_VALUE; // the shared line's own edge on that side
        boolean neighbour = false;
        for (int c = 0; c < columns.size(); c++) {
            List<TextRows.Line> column = columns.get(c);
            TextRows.Line line = column.get(at[c]);
            edge = side < 0 ? Math.min(edge, line.top()) : Math.max(edge, line.bottom());
            int j = at[c] + side;
            if (j >= 0 && j < column.size()) {
                neighbour = true;
                near = side < 0 ? Math.max(near, column.get(j).bottom()) : Math.min(near, column.get(j).top());
            }
        }
        boolean blank = side < 0 ? near < edge - 1 : edge < near - 1;
        return neighbour && blank ? Optional.of((near + edge) / 2.0) : Optional.empty();
    }
}
