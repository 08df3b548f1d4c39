package gongkai.read.pdf;

import gongkai.model.BoundingBox;
import java.util.Arrays;
import java.util.List;

/**
 * A ruled table's geometry: the x of its column lines and the y of its row lines (top-left origin, sorted),
 * and its cells as spans over the slots between them.
 */
record RuledGrid(double[] xs, double[] ys, List<Span> spans, int[] spanOfSlot) {
    RuledGrid(double[] xs, double[] ys, List<Span> spans) {
        this(xs, ys, spans, slotIndex(spans, ys.length - 1, xs.length - 1));
    }

    RuledGrid {
        xs = xs.clone();
        ys = ys.clone();
        spans = List.copyOf(spans);
    }

    /** Per slot (row * cols + col), the index of the span covering it, so that placing a glyph is one lookup. */
    private static int[] slotIndex(List<Span> spans, int rows, int cols) {
        int[] index = new int[Math.max(0, rows * cols)];
        Arrays.fill(index, -1);
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            for (int r = s.row(); r <= s.lastRow(); r++) {
                for (int c = s.col(); c <= s.lastCol(); c++) {
                    index[r * cols + c] = index[r * cols + c] < 0 ? i : index[r * cols + c];
                }
            }
        }
        return index;
    }

    int rows() {
        return ys.length - 1;
    }

    int cols() {
        return xs.length - 1;
    }

    BoundingBox bbox() {
        return new BoundingBox(xs[0], ys[0], xs[xs.length - 1], ys[ys.length - 1]);
    }

    BoundingBox bbox(Span span) {
        return new BoundingBox(xs[span.col()], ys[span.row()], xs[span.col() + span.colSpan()],
                ys[span.row() + span.rowSpan()]);
    }

    /** Whether the point lies inside the table, allowing {@code slack} points around it. */
    boolean contains(double x, double y, double slack) {
        return x >= xs[0] - slack && x <= xs[xs.length - 1] + slack
                && y >= ys[0] - slack && y <= ys[ys.length - 1] + slack;
    }

    /** The index of the span holding the point (clamped into the table). */
    int spanAt(double x, double y) {
        int row = slot(ys, y);
        int col = slot(xs, x);
        int span = spanOfSlot[row * cols() + col];
        if (span >= 0) {
            return span;
        }
        throw new IllegalStateException("grid has no span over slot r" + row + " c" + col);
    }

    private static int slot(double[] lines, double v) {
        int i = Arrays.binarySearch(lines, v);
        int slot = i >= 0 ? i : -i - 2;
        return Math.max(0, Math.min(lines.length - 2, slot));
    }
}
