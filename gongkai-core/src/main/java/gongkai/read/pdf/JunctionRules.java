package gongkai.read.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Horizontal rules of a ruled table that a 1-bit fax thresholded away, told from where its verticals end: a vertical
 * that ends inside the table's frame, with no horizontal rule found there, ended on a printed rule (a T-junction,
 * as under a heading cell spanning several columns). That rule runs from the end to the nearest verticals crossing
 * its height on either side, past the neighbours that end at the same height.
 */
final class JunctionRules {
    /** Ends and rules closer than this, in points, meet (as for the frame's own closing rules). */
    private static final double NEAR = 2 * RulingGroups.TOUCH_TOLERANCE;

    private JunctionRules() {
    }

    /** The rules inferred at the inner ends of one frame's verticals, each once. */
    static List<Ruling> inferred(List<Ruling> frame) {
        List<Ruling> verticals = frame.stream().filter(r -> !r.horizontal()).toList();
        double top = verticals.stream().mapToDouble(Ruling::from).min().orElse(0);
        double bottom = verticals.stream().mapToDouble(Ruling::to).max().orElse(0);
        List<Ruling> added = new ArrayList<>();
        for (Ruling v : verticals) {
            for (double end : new double[] {v.from(), v.to()}) {
                if (end > top + NEAR && end < bottom - NEAR && !ruledAt(frame, v.pos(), end)
                        && !continued(verticals, v, end)) {
                    Ruling rule = spanning(verticals, v.pos(), end);
                    if (rule != null && added.stream().noneMatch(r -> same(r, rule))) {
                        added.add(rule);
                    }
                }
            }
        }
        return added;
    }

    /** Whether a horizontal rule was found at the end (x, y). */
    private static boolean ruledAt(List<Ruling> frame, double x, double y) {
        return frame.stream().anyMatch(r -> r.horizontal() && Math.abs(r.pos() - y) <= NEAR
                && r.from() <= x + NEAR && r.to() >= x - NEAR);
    }

    /** Whether the vertical goes on past its end at the same x (a rule broken by the scan, not ended). */
    private static boolean continued(List<Ruling> verticals, Ruling v, double end) {
        return verticals.stream().anyMatch(u -> u != v && Math.abs(u.pos() - v.pos()) <= NEAR
                && (end == v.from() ? u.from() < end - NEAR : u.to() > end + NEAR)
                && u.from() <= end + NEAR * 4 && u.to() >= end - NEAR * 4);
    }

    /** The rule at height y from the nearest verticals crossing it left and right of x, if both exist. */
    private static Ruling spanning(List<Ruling> verticals, double x, double y) {
        double left = Double.NEGATIVE_INFINITY, right = Double.POSITIVE_INFINITY;
        for (Ruling u : verticals) {
            if (u.from() < y - NEAR && u.to() > y + NEAR) {
                if (u.pos() < x - NEAR) {
                    left = Math.max(left, u.pos());
                } else if (u.pos() > x + NEAR) {
                    right = Math.min(right, u.pos());
                }
            }
        }
        return Double.isInfinite(left) || Double.isInfinite(right) ? null : new Ruling(true, y, left, right);
    }

    private static boolean same(Ruling a, Ruling b) {
        return Math.abs(a.pos() - b.pos()) <= NEAR && Math.abs(a.from() - b.from()) <= NEAR
                && Math.abs(a.to() - b.to()) <= NEAR;
    }
}
