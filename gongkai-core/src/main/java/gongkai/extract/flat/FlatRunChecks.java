package gongkai.extract.flat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The constraints that lie within one run, checked while the splitter places cells from the right: a
 * constraint is decided once its leftmost cell is placed, and before that a sum of non-negative cells
 * that already exceeds its fully placed other side ends the branch (the cut that keeps a glued
 * 25-digit table-3 row cheap: its total is placed first and bounds every applicant column).
 */
final class FlatRunChecks {
    /**
     * One constraint as cell indexes of the run; {@code boundable} when partial sums may end a branch (no
     * signed column, no slash in the run).
     */
    private record Check(int[] sum, int[] equals, int minSum, int minEquals, boolean boundable) {
    }

    private final List<List<Check>> byCell = new ArrayList<>();
    /** Per cell, whether a longer reading is always a larger value (whole numbers; not so for 2.5 after 5). */
    private final boolean[] integral;
    /**
     * Whether bounds may end a branch before a rule is complete: not when the run prints a slash, since a
     * cell still to place may turn out not applicable, which leaves the rule unchecked.
     */
    private final boolean bounded;

    FlatRunChecks(FlatRun run, List<FlatConstraint> local) {
        Map<String, Integer> index = new HashMap<>();
        integral = new boolean[run.size()];
        bounded = run.printed().chars().noneMatch(c -> FlatChars.isNotApplicable((char) c));
        for (int i = 0; i < run.size(); i++) {
            integral[i] = !run.columns().get(i).decimal() && !run.columns().get(i).money();
            index.put(run.cellIds().get(i), i);
            byCell.add(new ArrayList<>());
        }
        for (FlatConstraint c : local) {
            int[] sum = c.sum().stream().mapToInt(index::get).toArray();
            int[] equals = c.equals().stream().mapToInt(index::get).toArray();
            boolean boundable = bounded && c.cells().stream().noneMatch(id -> run.columns().get(index.get(id)).signed());
            Check check = new Check(sum, equals, Arrays.stream(sum).min().orElseThrow(),
                    Arrays.stream(equals).min().orElseThrow(), boundable);
            c.cells().stream().map(index::get).distinct().forEach(i -> byCell.get(i).add(check));
        }
    }

    /** What placing a cell did: nothing broken, a rule broken, or a rule broken that a longer cell breaks too. */
    enum Verdict { HOLDS, BROKEN, TOO_LARGE }

    /**
     * Whether the cells placed so far (indexes {@code cell} and up) break a constraint or must break it.
     * TOO_LARGE when the side holding a whole-number {@code cell} already exceeds the fully placed other
     * side: a longer (so larger) reading of the cell cannot help. A rule with a not-applicable cell is not
     * checked.
     */
    Verdict check(int cell, BigDecimal[] values, int charsLeft) {
        for (Check check : byCell.get(cell)) {
            BigDecimal sum = placed(check.sum(), cell, values);
            BigDecimal equals = placed(check.equals(), cell, values);
            if (sum == null || equals == null) {
                continue;
            }
            if (check.boundable() && (tooSmall(sum, check.sum(), equals, check.minEquals(), cell, charsLeft)
                    || tooSmall(equals, check.equals(), sum, check.minSum(), cell, charsLeft))) {
                return Verdict.BROKEN;
            }
            boolean complete = Math.min(check.minSum(), check.minEquals()) == cell;
            boolean sumTooLarge = check.boundable() && check.minEquals() >= cell && sum.compareTo(equals) > 0;
            boolean equalsTooLarge = check.boundable() && check.minSum() >= cell && equals.compareTo(sum) > 0;
            boolean growing = integral[cell];
            if (growing && (sumTooLarge && contains(check.sum(), cell) && !contains(check.equals(), cell)
                    || equalsTooLarge && contains(check.equals(), cell) && !contains(check.sum(), cell))) {
                return Verdict.TOO_LARGE;
            }
            if (sumTooLarge || equalsTooLarge || complete && sum.compareTo(equals) != 0) {
                return Verdict.BROKEN;
            }
        }
        return Verdict.HOLDS;
    }

    /**
     * True when a side with cells still to place cannot reach the fully placed other side: each cell yet
     * to place has at most {@code charsLeft - cell + 1} characters (the other unplaced cells need one each),
     * and never more than {@link FlatSplitter#MAX_CELL_CHARS}.
     */
    private static boolean tooSmall(BigDecimal placed, int[] side, BigDecimal other, int otherMin, int cell,
                                    int charsLeft) {
        long unplaced = Arrays.stream(side).filter(i -> i < cell).count();
        if (unplaced == 0 || otherMin < cell) {
            return false;
        }
        BigDecimal largestCell = BigDecimal.TEN.pow(
                Math.max(0, Math.min(charsLeft - cell + 1, FlatSplitter.MAX_CELL_CHARS)));
        return placed.add(largestCell.multiply(BigDecimal.valueOf(unplaced))).compareTo(other) < 0;
    }

    private static boolean contains(int[] cells, int cell) {
        for (int i : cells) {
            if (i == cell) {
                return true;
            }
        }
        return false;
    }

    /** The sum of the placed cells among {@code cells}; null when one is not applicable (the rule cannot be checked). */
    private static BigDecimal placed(int[] cells, int from, BigDecimal[] values) {
        BigDecimal total = BigDecimal.ZERO;
        for (int i : cells) {
            if (i >= from) {
                if (values[i] == null) {
                    return null;
                }
                total = total.add(values[i]);
            }
        }
        return total;
    }
}
