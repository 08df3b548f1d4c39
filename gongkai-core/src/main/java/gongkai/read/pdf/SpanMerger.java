package gongkai.read.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns groups of merged slots into rectangular spans. A group that is not a rectangle (rules drawn
 * inconsistently) is grown to its bounding rectangle, swallowing the slots inside it.
 */
final class SpanMerger {
    private SpanMerger() {
    }

    /** Spans in row-major order of their top-left slot; {@code parent} is a union-find over r * cols + c. */
    static List<Span> spans(int[] parent, int rows, int cols) {
        int[][] owner = new int[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                owner[r][c] = RulingGroups.find(parent, r * cols + c);
            }
        }
        Map<Integer, int[]> boxes = new HashMap<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                include(boxes.computeIfAbsent(owner[r][c], g -> new int[] {rows, cols, -1, -1}), new int[] {r, c, r, c});
            }
        }
        boolean[][] taken = new boolean[rows][cols];
        List<Span> spans = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (!taken[r][c]) {
                    Span span = grow(owner, boxes, r, c);
                    mark(taken, span);
                    spans.add(span);
                }
            }
        }
        return spans;
    }

    /** The bounding rectangle of the slot's group, grown until no group crosses its edge. */
    private static Span grow(int[][] owner, Map<Integer, int[]> boxes, int row, int col) {
        int[] box = {row, col, row, col};
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int r = box[0]; r <= box[2]; r++) {
                for (int c = box[1]; c <= box[3]; c++) {
                    changed |= include(box, boxes.get(owner[r][c]));
                }
            }
        }
        return new Span(box[0], box[1], box[2] - box[0] + 1, box[3] - box[1] + 1);
    }

    /** Grows {r0, c0, r1, c1} to hold {@code other}; whether it grew. */
    private static boolean include(int[] box, int[] other) {
        int[] before = box.clone();
        box[0] = Math.min(box[0], other[0]);
        box[1] = Math.min(box[1], other[1]);
        box[2] = Math.max(box[2], other[2]);
        box[3] = Math.max(box[3], other[3]);
        return !Arrays.equals(before, box);
    }

    private static void mark(boolean[][] taken, Span span) {
        for (int r = span.row(); r <= span.lastRow(); r++) {
            for (int c = span.col(); c <= span.lastCol(); c++) {
                taken[r][c] = true;
            }
        }
    }
}
