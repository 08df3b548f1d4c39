package gongkai.extract.flat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Chooses one split per run so that every constraint across runs holds (table 3's column rules H1 and
 * H3): a backtracking search over the runs, fewest readings first, pruned by {@link FlatTableChecks}.
 * Collects the solutions (at most a cap) rather than the first one, so that the caller can tell a unique
 * reading from an ambiguous one.
 */
final class FlatSolver {
    private final List<List<FlatSplit>> options;
    private final FlatBudget budget;
    private final int maxSolutions;
    private final int[] order;
    private final FlatTableChecks checks;
    private final int[] chosen;
    private final List<int[]> solutions = new ArrayList<>();

    private FlatSolver(List<FlatRun> runs, List<List<FlatSplit>> options, List<FlatConstraint> cross,
                       FlatBudget budget, int maxSolutions) {
        this.options = options;
        this.budget = budget;
        this.maxSolutions = maxSolutions;
        this.order = IntStream.range(0, runs.size()).boxed()
                .sorted(Comparator.comparingInt(r -> options.get(r).size())).mapToInt(Integer::intValue).toArray();
        this.checks = new FlatTableChecks(runs, options, cross, order);
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
            if (checks.hold(step, chosen)) {
                assign(step + 1);
            }
        }
    }
}
