package gongkai.extract.flat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides the split of every run of a table: each run's splits are enumerated under the rules that lie
 * within it (table 3's row total H2, table 4's H4), then the runs are solved together under the rules
 * across runs (H1, H3). When no assignment satisfies every rule, the table is read as printed: each run
 * keeps the splits its own rules allow, and a column rule never picks among them (that would hide a
 * filing error).
 */
final class FlatResolver {
    private FlatResolver() {
    }

    /**
     * Runs that could be split, with their readings; runs that could not; runs whose every reading breaks
     * their own rules while the text allows several (none may be given as printed); and how the table was solved.
     */
    record Resolution(List<FlatRunReading> readings, List<FlatRun> unsplit, List<FlatRun> overBudget,
                      boolean allRulesHold, boolean solveOverBudget, List<FlatRunReading> unresolved,
                      FlatShape shape) {
    }

    static Resolution resolve(List<FlatRun> runs, List<FlatConstraint> constraints, FlatLimits limits, FlatShape shape) {
        return resolve(runs, constraints, limits, shape, Map.of());
    }

    /** As above, the runs of {@code placed} read as placed by their columns (layout text): that split only. */
    static Resolution resolve(List<FlatRun> runs, List<FlatConstraint> constraints, FlatLimits limits, FlatShape shape,
                              Map<FlatRun, FlatSplit> placed) {
        List<FlatRunReading> candidates = new ArrayList<>();
        List<FlatRun> unsplit = new ArrayList<>();
        List<FlatRun> overBudget = new ArrayList<>();
        List<FlatRunReading> unresolved = new ArrayList<>();
        for (FlatRun run : runs) {
            FlatSplit split = placed.get(run);
            if (split != null) {
                boolean holds = FlatPlacements.holds(run, split, localTo(run, constraints));
                candidates.add(new FlatRunReading(run, List.of(split), List.of(), false, holds));
                continue;
            }
            try {
                FlatCandidates.Candidates c = FlatCandidates.of(run, localTo(run, constraints), limits, shape);
                switch (c.kind()) {
                    case READ -> candidates.add(c.reading());
                    case UNSPLIT -> unsplit.add(run);
                    case UNRESOLVED -> unresolved.add(c.reading());
                }
            } catch (FlatBudget.Exceeded e) {
                overBudget.add(run);
            }
        }
        Resolution r = solve(candidates, constraints, unsplit, overBudget, limits);
        return new Resolution(r.readings(), unsplit, overBudget, r.allRulesHold(), r.solveOverBudget(), unresolved, shape);
    }

    private static Resolution solve(List<FlatRunReading> candidates, List<FlatConstraint> constraints,
                                    List<FlatRun> unsplit, List<FlatRun> overBudget, FlatLimits limits) {
        List<FlatConstraint> cross = across(candidates.stream().map(FlatRunReading::run).toList(), constraints);
        if (!candidates.stream().allMatch(FlatRunReading::localRulesHold)) {
            return new Resolution(bestFirst(candidates), unsplit, overBudget, false, false, List.of(), null);
        }
        List<FlatRunReading> linked = candidates.stream().filter(c -> touches(c.run(), cross)).toList();
        List<FlatRunReading> solved;
        try {
            List<int[]> solutions = FlatSolver.solve(linked.stream().map(FlatRunReading::run).toList(),
                    linked.stream().map(FlatRunReading::readings).toList(), cross,
                    new FlatBudget(limits.solveSteps()), limits.maxSolutions());
            if (solutions.isEmpty()) {
                return new Resolution(bestFirst(candidates), unsplit, overBudget, false, false, List.of(), null);
            }
            solved = fromSolutions(linked, solutions, cross);
        } catch (FlatBudget.Exceeded e) {
            return new Resolution(bestFirst(candidates), unsplit, overBudget, false, true, List.of(), null);
        }
        List<FlatRunReading> free = bestFirst(candidates.stream().filter(c -> !linked.contains(c)).toList());
        List<FlatRunReading> all = new ArrayList<>();
        for (FlatRunReading c : candidates) {
            List<FlatRunReading> from = linked.contains(c) ? solved : free;
            from.stream().filter(r -> r.run() == c.run()).findFirst().ifPresent(all::add);
        }
        return new Resolution(all, unsplit, overBudget, true, false, List.of(), null);
    }

    private static boolean touches(FlatRun run, List<FlatConstraint> cross) {
        Set<String> cells = new HashSet<>(run.cellIds());
        return cross.stream().anyMatch(k -> k.cells().stream().anyMatch(cells::contains));
    }

    /** Each run's distinct splits among the solutions, the split of the most plausible solution first. */
    private static List<FlatRunReading> fromSolutions(List<FlatRunReading> candidates, List<int[]> solutions,
                                                      List<FlatConstraint> cross) {
        int[] best = solutions.stream().min(Comparator.comparing(s -> plausibility(candidates, s))).orElseThrow();
        List<FlatRunReading> out = new ArrayList<>();
        for (int r = 0; r < candidates.size(); r++) {
            FlatRunReading c = candidates.get(r);
            Set<Integer> kept = new LinkedHashSet<>();
            kept.add(best[r]);
            for (int[] s : solutions) {
                kept.add(s[r]);
            }
            List<String> rules = new ArrayList<>(c.rules());
            if (kept.size() < c.readings().size()) {
                Set<String> cells = new HashSet<>(c.run().cellIds());
                cross.stream().filter(k -> k.cells().stream().anyMatch(cells::contains))
                        .map(FlatConstraint::ruleId).filter(id -> !rules.contains(id)).distinct().forEach(rules::add);
            }
            out.add(new FlatRunReading(c.run(), kept.stream().map(c.readings()::get).toList(), rules, c.inferred(), true));
        }
        return out;
    }

    private static FlatPlausibility plausibility(List<FlatRunReading> candidates, int[] solution) {
        FlatPlausibility total = FlatPlausibility.NONE;
        for (int r = 0; r < candidates.size(); r++) {
            FlatRunReading c = candidates.get(r);
            total = total.plus(FlatPlausibility.of(c.run(), c.readings().get(solution[r])));
        }
        return total;
    }

    /** Every run's own readings, the most plausible first: the table read run by run, as printed. */
    private static List<FlatRunReading> bestFirst(List<FlatRunReading> candidates) {
        return candidates.stream().map(c -> new FlatRunReading(c.run(),
                c.readings().stream().sorted(Comparator.comparing(s -> FlatPlausibility.of(c.run(), s))).toList(),
                c.rules(), c.inferred(), c.localRulesHold())).toList();
    }

    private static List<FlatConstraint> localTo(FlatRun run, List<FlatConstraint> constraints) {
        Set<String> cells = new HashSet<>(run.cellIds());
        return constraints.stream().filter(c -> cells.containsAll(c.cells())).toList();
    }

    /** Constraints whose cells are all read but lie in more than one run. */
    private static List<FlatConstraint> across(List<FlatRun> runs, List<FlatConstraint> constraints) {
        Map<String, FlatRun> runOf = new HashMap<>();
        runs.forEach(r -> r.cellIds().forEach(id -> runOf.put(id, r)));
        return constraints.stream()
                .filter(c -> runOf.keySet().containsAll(c.cells()))
                .filter(c -> c.cells().stream().map(runOf::get).distinct().count() > 1)
                .toList();
    }
}
