package gongkai.extract.flat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.format.LineSpec;
import gongkai.model.Location;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The search across runs: all solutions up to the cap, and a hard stop at the step budget. */
class FlatSolverTest {
    private static final LineSpec COUNT = new LineSpec("n", List.of(), null, List.of(), false, false, false);

    @Test
    void findsEveryAssignmentThatSatisfiesTheConstraints() {
        // a + b = 5 with a ∈ {1, 2, 3} and b ∈ {2, 3, 4}: (1, 4), (2, 3), (3, 2)
        List<FlatRun> runs = List.of(run("a"), run("b"));
        List<List<FlatSplit>> options = List.of(values(1, 2, 3), values(2, 3, 4));
        FlatConstraint sum = new FlatConstraint("sum", List.of("a", "b"), List.of("five"));

        List<int[]> solutions = FlatSolver.solve(List.of(runs.get(0), runs.get(1), run("five")),
                List.of(options.get(0), options.get(1), values(5)), List.of(sum), new FlatBudget(1_000), 64);

        assertEquals(3, solutions.size());
    }

    @Test
    void prunesABranchWhoseSideCanNoLongerReachTheOther() {
        // r0 is at most 4 while the other eleven add up to at least 11: known once r0 and one more are chosen.
        List<FlatRun> runs = IntStream.range(0, 12).mapToObj(i -> run("r" + i)).toList();
        List<List<FlatSplit>> options = runs.stream().map(r -> values(1, 2, 3, 4)).toList();
        FlatConstraint never = new FlatConstraint("never", List.of("r0"),
                runs.subList(1, 12).stream().map(r -> r.cellIds().get(0)).toList());
        FlatBudget budget = new FlatBudget(10_000);

        assertEquals(0, FlatSolver.solve(runs, options, List.of(never), budget, 64).size());
        assertTrue(budget.used() < 100, "steps used: " + budget.used());
    }

    @Test
    void stopsAtTheStepBudget() {
        // six even values against five even and one odd: never equal, undecided until the last run is chosen.
        List<FlatRun> runs = IntStream.range(0, 12).mapToObj(i -> run("r" + i)).toList();
        List<List<FlatSplit>> options = IntStream.range(0, 12).mapToObj(i -> i < 11 ? values(2, 4) : values(1, 3)).toList();
        FlatConstraint never = new FlatConstraint("never", ids(runs.subList(0, 6)), ids(runs.subList(6, 12)));

        assertThrows(FlatBudget.Exceeded.class,
                () -> FlatSolver.solve(runs, options, List.of(never), new FlatBudget(1_000), 64));
    }

    private static List<String> ids(List<FlatRun> runs) {
        return runs.stream().map(r -> r.cellIds().get(0)).toList();
    }

    private static FlatRun run(String id) {
        return FlatRun.of(id, List.of(id), List.of(COUNT), "0", Location.UNKNOWN);
    }

    private static List<FlatSplit> values(int... values) {
        return IntStream.of(values).mapToObj(v -> new FlatSplit(List.of(String.valueOf(v)), List.of(BigDecimal.valueOf(v))))
                .toList();
    }
}
