package gongkai.extract.flat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The constraints across runs, checked while the solver chooses runs one step at a time: a constraint
 * is decided once all its runs are chosen, and before that a side that must exceed the complete other
 * side even with every remaining cell at its smallest reading, or cannot reach it even with every
 * remaining cell at its largest, ends the branch (rules over a run printing a slash are only decided).
 */
final class FlatTableChecks {
    /** A constraint as (run, index) pairs per side, flattened; {@code boundable} as described above. */
    private record Check(int[] sum, int[] equals, boolean boundable) {
    }

    /** One side of a constraint at a step: what its chosen cells add up to, what the others add at least / most. */
    private record Side(BigDecimal placed, BigDecimal leastStill, BigDecimal mostStill, boolean complete) {
    }

    private final List<List<FlatSplit>> options;
    private final int[] stepOf;
    private final BigDecimal[][] smallest;
    private final BigDecimal[][] largest;
    private final List<List<Check>> touching = new ArrayList<>();

    FlatTableChecks(List<FlatRun> runs, List<List<FlatSplit>> options, List<FlatConstraint> cross, int[] order) {
        this.options = options;
        this.stepOf = new int[runs.size()];
        this.smallest = new BigDecimal[runs.size()][];
        this.largest = new BigDecimal[runs.size()][];
        Map<String, int[]> where = new HashMap<>();
        for (int s = 0; s < order.length; s++) {
            stepOf[order[s]] = s;
            touching.add(new ArrayList<>());
        }
        for (int r = 0; r < runs.size(); r++) {
            smallest[r] = extremeReadings(options.get(r), runs.get(r).size(), -1);
            largest[r] = extremeReadings(options.get(r), runs.get(r).size(), 1);
            for (int i = 0; i < runs.get(r).size(); i++) {
                where.put(runs.get(r).cellIds().get(i), new int[] {r, i});
            }
        }
        for (FlatConstraint c : cross) {
            boolean boundable = c.cells().stream().map(where::get).allMatch(p -> boundable(runs.get(p[0]))
                    && options.get(p[0]).stream().allMatch(o -> o.values().stream().allMatch(v -> v != null)));
            Check check = new Check(pairs(c.sum(), where), pairs(c.equals(), where), boundable);
            c.cells().stream().map(id -> stepOf[where.get(id)[0]]).distinct().forEach(s -> touching.get(s).add(check));
        }
    }

    /** False when the runs chosen up to {@code step} break a constraint or must break it. */
    boolean hold(int step, int[] chosen) {
        for (Check check : touching.get(step)) {
            Side sum = side(check.sum(), step, chosen);
            Side equals = side(check.equals(), step, chosen);
            if (sum == null || equals == null) {
                continue;
            }
            if (sum.complete() && equals.complete()) {
                if (sum.placed().compareTo(equals.placed()) != 0) {
                    return false;
                }
            } else if (check.boundable() && (outOfReach(sum, equals) || outOfReach(equals, sum))) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code other} is complete and {@code side} must end up above it or below it. */
    private static boolean outOfReach(Side side, Side other) {
        return other.complete() && (side.placed().add(side.leastStill()).compareTo(other.placed()) > 0
                || side.placed().add(side.mostStill()).compareTo(other.placed()) < 0);
    }

    /** The side at {@code step}; null when a chosen cell is not applicable (the rule is not checked). */
    private Side side(int[] pairs, int step, int[] chosen) {
        BigDecimal placed = BigDecimal.ZERO;
        BigDecimal leastStill = BigDecimal.ZERO;
        BigDecimal mostStill = BigDecimal.ZERO;
        boolean complete = true;
        for (int k = 0; k < pairs.length; k += 2) {
            int run = pairs[k];
            if (stepOf[run] <= step) {
                BigDecimal value = options.get(run).get(chosen[run]).values().get(pairs[k + 1]);
                if (value == null) {
                    return null;
                }
                placed = placed.add(value);
            } else {
                complete = false;
                BigDecimal least = smallest[run][pairs[k + 1]];
                BigDecimal most = largest[run][pairs[k + 1]];
                leastStill = least == null ? leastStill : leastStill.add(least);
                mostStill = most == null ? mostStill : mostStill.add(most);
            }
        }
        return new Side(placed, leastStill, mostStill, complete);
    }

    /**
     * Bounds hold for any sign; not where a cell still to choose may be not applicable or blank (a placement of
     * values whose blanks were lost): the rule would go unchecked.
     */
    private static boolean boundable(FlatRun run) {
        return run.printed().chars().noneMatch(c -> FlatChars.isNotApplicable((char) c));
    }

    /** Per cell, the smallest ({@code sign} -1) or largest ({@code sign} 1) value among a run's readings. */
    private static BigDecimal[] extremeReadings(List<FlatSplit> readings, int size, int sign) {
        BigDecimal[] extreme = new BigDecimal[size];
        for (FlatSplit split : readings) {
            for (int i = 0; i < size; i++) {
                BigDecimal v = split.values().get(i);
                if (v != null && (extreme[i] == null || v.compareTo(extreme[i]) * sign > 0)) {
                    extreme[i] = v;
                }
            }
        }
        return extreme;
    }

    private static int[] pairs(List<String> ids, Map<String, int[]> where) {
        int[] pairs = new int[ids.size() * 2];
        for (int k = 0; k < ids.size(); k++) {
            int[] p = where.get(ids.get(k));
            pairs[2 * k] = p[0];
            pairs[2 * k + 1] = p[1];
        }
        return pairs;
    }
}
