package gongkai.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Chooses one split per run so that every constraint across runs holds (table 3's column rules H1 and
 * H3): a backtracking search over the runs, fewest readings first, each constraint checked as soon as
 * the last of its runs is chosen. Collects the solutions (at most a cap) rather than the first one, so
 * that the caller can tell a unique reading from an ambiguous one.
 */
final class FlatSolver {
    private final List<List<FlatSplit>> options;
    private final FlatBudget budget;
    private final int maxSolutions;
    private final int[] order;
    private final List<List<int[][]>> checksAt;
    private final int[] chosen;
    private final List<int[]> solutions = new ArrayList<>();

    private FlatSolver(List<FlatRun> runs, List<List<FlatSplit>> options, List<FlatConstraint> cross,
                       FlatBudget budget, int maxSolutions) {
        this.options = options;
        this.budget = budget;
        this.maxSolutions = maxSolutions;
        this.order = IntStream.range(0, runs.size()).boxed()
                .sorted(Comparator.comparingInt(r -> options.get(r).size())).mapToInt(Integer::intValue).toArray();
        this.checksAt = indexChecks(runs, cross, order);
        this.chosen = new int[runs.size()];
    }

    /**
     * The assignments (index of the chosen split per run) that satisfy every constraint of {@code cross},
     * whose cells must all lie in {@code runs}; at most {@code maxSolutions} of them.
     *
     * @throws FlatBudget.Exceeded when the budget runs out
     */
    static List<int[]> solve(List<FlatRun> runs, List<List<FlatSplit>> options, List<FlatConstraint> cross,
                             FlatBudget budget, int maxSolutions) {
        FlatSolver solver = new FlatSolver(runs, options, cross, budget, maxSolutions);
        solver.assign(0);
        return List.copyOf(solver.solutions);
    }

    private void assign(int step) {
        if (solutions.size() >= maxSolutions) {
            return;
        }
        if (step == order.length) {
            solutions.add(chosen.clone());
            return;
        }
        int run = order[step];
        for (int choice = 0; choice < options.get(run).size(); choice++) {
            budget.spend("solving the table");
            chosen[run] = choice;
            if (checksHold(step)) {
                assign(step + 1);
            }
        }
    }

    private boolean checksHold(int step) {
        for (int[][] check : checksAt.get(step)) {
            BigDecimal sum = sum(check[0]);
            BigDecimal equals = sum(check[1]);
            if (sum != null && equals != null && sum.compareTo(equals) != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The sum of cells encoded as pairs (run, index in run), flattened: {run0, i0, run1, i1, …}; null when
     * one is not applicable, which leaves the rule unchecked.
     */
    private BigDecimal sum(int[] cells) {
        BigDecimal total = BigDecimal.ZERO;
        for (int k = 0; k < cells.length; k += 2) {
            BigDecimal value = options.get(cells[k]).get(chosen[cells[k]]).values().get(cells[k + 1]);
            if (value == null) {
                return null;
            }
            total = total.add(value);
        }
        return total;
    }

    private static List<List<int[][]>> indexChecks(List<FlatRun> runs, List<FlatConstraint> cross, int[] order) {
        Map<String, int[]> where = new HashMap<>();
        for (int r = 0; r < runs.size(); r++) {
            for (int i = 0; i < runs.get(r).size(); i++) {
                where.put(runs.get(r).cellIds().get(i), new int[] {r, i});
            }
        }
        int[] stepOf = new int[runs.size()];
        for (int s = 0; s < order.length; s++) {
            stepOf[order[s]] = s;
        }
        List<List<int[][]>> at = new ArrayList<>();
        IntStream.range(0, runs.size()).forEach(s -> at.add(new ArrayList<>()));
        for (FlatConstraint c : cross) {
            int[] sum = c.sum().stream().flatMapToInt(id -> IntStream.of(where.get(id))).toArray();
            int[] equals = c.equals().stream().flatMapToInt(id -> IntStream.of(where.get(id))).toArray();
            int last = c.cells().stream().mapToInt(id -> stepOf[where.get(id)[0]]).max().orElse(0);
            at.get(last).add(new int[][] {sum, equals});
        }
        return at;
    }
}
