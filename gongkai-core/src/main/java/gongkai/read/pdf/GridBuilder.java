package gongkai.read.pdf;

import gongkai.read.ReadLimits;
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

    static RuledGrid build(List<Ruling> frame, ReadLimits limits) {
        double[] xs = lines(frame, false);
        double[] ys = lines(frame, true);
        int rows = ys.length - 1, cols = xs.length - 1;
        limits.checkGrid((long) rows * cols);
        int[] parent = new int[Math.max(0, rows * cols)];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        List<List<Ruling>> atX = byLine(frame, false, xs);
        List<List<Ruling>> atY = byLine(frame, true, ys);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (c + 1 < cols && !covered(atX.get(c + 1), ys[r], ys[r + 1])) {
                    parent[RulingGroups.find(parent, r * cols + c)] = RulingGroups.find(parent, r * cols + c + 1);
                }
                if (r + 1 < rows && !covered(atY.get(r + 1), xs[c], xs[c + 1])) {
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

    /**
     * Per grid line, the rules of that orientation lying at it (within the tolerance), found once by binary
     * search instead of scanning every rule for every slot boundary.
     */
    private static List<List<Ruling>> byLine(List<Ruling> frame, boolean horizontal, double[] lines) {
        List<List<Ruling>> at = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            at.add(new ArrayList<>());
        }
        double reach = CLUSTER_TOLERANCE + MIN_SLOT_SIZE / 2;
        for (Ruling r : frame) {
            if (r.horizontal() != horizontal) {
                continue;
            }
            int i = java.util.Arrays.binarySearch(lines, r.pos() - reach);
            for (int k = i >= 0 ? i : -i - 1; k < lines.length && lines[k] <= r.pos() + reach; k++) {
                at.get(k).add(r);
            }
        }
        return at;
    }

    /** Whether the rules at one grid line cover the stretch [lo, hi] well enough to separate two slots. */
    private static boolean covered(List<Ruling> atLine, double lo, double hi) {
        double covered = 0;
        for (Ruling r : atLine) {
            covered += r.overlap(lo, hi);
        }
        return covered >= BOUNDARY_COVERAGE * (hi - lo);
    }
}
