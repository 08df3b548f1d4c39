package gongkai.read.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns one table frame (touching rules) into a {@link RuledGrid}: rule positions clustered into column and row
 * lines, then slots merged wherever the rule between them is missing, which yields row and column spans.
 */
final class GridBuilder {
    /** Rules whose positions differ by at most this are one grid line. */
    static final double CLUSTER_TOLERANCE = 2.0;
    /** Grid lines closer than this (double borders) collapse into one, so no sliver rows or columns appear. */
    static final double MIN_SLOT_SIZE = 3.0;
    /** A boundary between two slots exists if rules cover at least this share of it. */
    static final double BOUNDARY_COVERAGE = 0.5;

    private GridBuilder() {
    }

    static RuledGrid build(List<Ruling> frame) {
        double[] xs = lines(frame, false);
        double[] ys = lines(frame, true);
        int rows = ys.length - 1, cols = xs.length - 1;
        int[] parent = new int[Math.max(0, rows * cols)];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (c + 1 < cols && !covered(frame, false, xs[c + 1], ys[r], ys[r + 1])) {
                    parent[RulingGroups.find(parent, r * cols + c)] = RulingGroups.find(parent, r * cols + c + 1);
                }
                if (r + 1 < rows && !covered(frame, true, ys[r + 1], xs[c], xs[c + 1])) {
                    parent[RulingGroups.find(parent, r * cols + c)] = RulingGroups.find(parent, (r + 1) * cols + c);
                }
            }
        }
        return new RuledGrid(xs, ys, SpanMerger.spans(parent, rows, cols));
    }

    /** Grid line positions across the frame, including its outer edges (a table may lack its closing rule). */
    private static double[] lines(List<Ruling> frame, boolean horizontal) {
        List<Double> positions = new ArrayList<>();
        for (Ruling r : frame) {
            if (r.horizontal() == horizontal) {
                positions.add(r.pos());
            } else {
                positions.add(r.from());
                positions.add(r.to());
            }
        }
        return cluster(positions, CLUSTER_TOLERANCE);
    }

    /**
     * Positions grouped by tolerance (single linkage), each group replaced by its mean; groups closer than
     * {@link #MIN_SLOT_SIZE} to the previous one are dropped.
     */
    static double[] cluster(List<Double> positions, double tolerance) {
        List<Double> sorted = new ArrayList<>(positions);
        sorted.sort(Double::compare);
        List<Double> lines = new ArrayList<>();
        List<Double> cluster = new ArrayList<>();
        for (double p : sorted) {
            if (!cluster.isEmpty() && p - cluster.get(cluster.size() - 1) > tolerance) {
                addLine(lines, cluster);
                cluster.clear();
            }
            cluster.add(p);
        }
        addLine(lines, cluster);
        return lines.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static void addLine(List<Double> lines, List<Double> cluster) {
        if (cluster.isEmpty()) {
            return;
        }
        double mean = cluster.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        if (lines.isEmpty() || mean - lines.get(lines.size() - 1) >= MIN_SLOT_SIZE) {
            lines.add(mean);
        }
    }

    /** Whether rules at {@code pos} cover the stretch [lo, hi] well enough to separate two slots. */
    private static boolean covered(List<Ruling> frame, boolean horizontal, double pos, double lo, double hi) {
        double covered = 0;
        for (Ruling r : frame) {
            if (r.horizontal() == horizontal && Math.abs(r.pos() - pos) <= CLUSTER_TOLERANCE + MIN_SLOT_SIZE / 2) {
                covered += r.overlap(lo, hi);
            }
        }
        return covered >= BOUNDARY_COVERAGE * (hi - lo);
    }
}
