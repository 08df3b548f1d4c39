package gongkai.read.pdf;

import gongkai.model.BoundingBox;
import gongkai.model.GridCell;
import gongkai.model.Location;
import java.util.ArrayList;
import java.util.List;

/**
 * Places the chunks of a borderless table's lines into columns. Columns are the merged x-ranges of the chunks of
 * lines with numbers (header chunks such as 法人或其他组织 would otherwise fuse the columns they head); other
 * chunks span the columns they overlap.
 */
final class BorderlessGrid {
    /** A chunk must overlap a column by this much (points) to reach into it. */
    static final double MIN_OVERLAP = 1.0;

    private BorderlessGrid() {
    }

    static TablePart table(int page, List<List<TextLine>> rows) {
        List<double[]> columns = columns(rows);
        List<GridCell> cells = new ArrayList<>();
        BoundingBox bbox = null;
        for (int r = 0; r < rows.size(); r++) {
            List<Piece> pieces = new ArrayList<>();
            for (TextLine chunk : rows.get(r)) {
                int[] span = span(columns, chunk.bbox());
                Piece last = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
                if (last != null && span[0] <= last.lastCol()) {
                    pieces.set(pieces.size() - 1, last.extend(span[1], chunk)); // a gap inside one cell
                } else {
                    pieces.add(new Piece(span[0], span[1], chunk.text().strip(), chunk.bbox()));
                }
            }
            for (Piece p : pieces) {
                cells.add(new GridCell(r, p.firstCol(), 1, p.lastCol() - p.firstCol() + 1, p.text(),
                        Location.onPage(page, p.box())));
                bbox = p.box().union(bbox);
            }
        }
        return new TablePart(page, bbox, rows.size(), cells, false);
    }

    /** The rows of {@code b} appended to {@code a}, each cell put in the column of {@code a} nearest to it. */
    static TablePart append(TablePart a, TablePart b) {
        List<double[]> columns = new ArrayList<>();
        for (int col = 0; col < a.colCount(); col++) {
            columns.add(new double[] {Double.MAX_VALUE, -Double.MAX_VALUE});
        }
        for (GridCell c : a.cells()) {
            double[] range = columns.get(c.col());
            range[0] = Math.min(range[0], c.location().bbox().x0());
            range[1] = Math.max(range[1], c.location().bbox().x1());
        }
        List<GridCell> cells = new ArrayList<>(a.cells());
        GridCell last = null;
        for (GridCell c : b.cells()) {
            int col = span(columns, c.location().bbox())[0];
            int row = a.rowCount() + c.row();
            if (last != null && last.row() == row && last.col() == col) {
                cells.remove(cells.size() - 1);
                c = new GridCell(row, col, 1, 1, last.text() + " " + c.text(),
                        Location.onPage(b.page(), last.location().bbox().union(c.location().bbox())));
            }
            last = new GridCell(row, col, 1, 1, c.text(), c.location());
            cells.add(last);
        }
        return new TablePart(a.page(), a.bbox(), a.rowCount() + b.rowCount(), cells, false);
    }

    private record Piece(int firstCol, int lastCol, String text, BoundingBox box) {
        Piece extend(int col, TextLine chunk) {
            return new Piece(firstCol, Math.max(lastCol, col), text + " " + chunk.text().strip(), box.union(chunk.bbox()));
        }
    }

    /** Column x-ranges, left to right: the union of overlapping chunk ranges of the lines with numbers. */
    private static List<double[]> columns(List<List<TextLine>> rows) {
        List<double[]> ranges = new ArrayList<>();
        for (List<TextLine> row : rows) {
            if (BorderlessTables.hasNumber(row)) {
                row.forEach(chunk -> ranges.add(new double[] {chunk.bbox().x0(), chunk.bbox().x1()}));
            }
        }
        ranges.sort((a, b) -> Double.compare(a[0], b[0]));
        List<double[]> columns = new ArrayList<>();
        for (double[] range : ranges) {
            double[] last = columns.isEmpty() ? null : columns.get(columns.size() - 1);
            if (last != null && range[0] <= last[1]) {
                last[1] = Math.max(last[1], range[1]);
            } else {
                columns.add(range.clone());
            }
        }
        return columns;
    }

    /** First and last column the box reaches into; the nearest column when it reaches into none. */
    private static int[] span(List<double[]> columns, BoundingBox box) {
        int first = -1, last = -1, nearest = 0;
        double best = Double.MAX_VALUE;
        for (int i = 0; i < columns.size(); i++) {
            double[] c = columns.get(i);
            if (Math.min(c[1], box.x1()) - Math.max(c[0], box.x0()) >= MIN_OVERLAP) {
                first = first < 0 ? i : first;
                last = i;
            }
            double distance = Math.abs((c[0] + c[1]) / 2 - (box.x0() + box.x1()) / 2);
            if (distance < best) {
                best = distance;
                nearest = i;
            }
        }
        return first < 0 ? new int[] {nearest, nearest} : new int[] {first, last};
    }
}
