package gongkai.extract.flat;

import gongkai.format.LineSpec;
import gongkai.model.Location;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The flat solver for rows found elsewhere (a pre-2019 annex): each row's printed values split into its
 * cells under sum constraints, rows linked by a constraint solved together as a group. A group whose
 * rules cannot all hold is solved again with the {@code fallback} constraints only (figures from another
 * source, such as the narrative), and otherwise read as printed: each row's own splits, several of them
 * when the digits allow several (the caller flags those).
 */
public final class GluedRows {
    private GluedRows() {
    }

    /** A printed row: label, its cells' ids and columns, the values as printed (spaces are boundaries). */
    public record Row(String label, List<String> cellIds, List<LineSpec> columns, String printed) {
        public Row {
            cellIds = List.copyOf(cellIds);
            columns = List.copyOf(columns);
        }
    }

    /** A sum constraint on cell ids: the cells of {@code sum} add up to those of {@code equals}. */
    public record Sum(String rule, List<String> sum, List<String> equals) {
        public Sum {
            sum = List.copyOf(sum);
            equals = List.copyOf(equals);
        }
    }

    /**
     * How a row was split: the raws and values of the split taken, each cell's alternatives (one when
     * decided), whether the text alone allows other splits ({@code inferred}) and the rules that decided.
     * {@code spaced}: the printed pieces are exactly the cells.
     */
    public record Reading(List<String> raws, List<BigDecimal> values, List<Set<String>> alternatives,
                          boolean inferred, List<String> rules, boolean spaced) {
    }

    /** One reading per row, in the rows' order; empty for a row whose digits cannot fill its cells. */
    public static List<Optional<Reading>> solve(List<Row> rows, List<Sum> rules, List<Sum> fallback) {
        Map<Row, FlatRun> runs = new IdentityHashMap<>();
        rows.forEach(r -> runs.put(r, FlatRun.of(r.label(), r.cellIds(), r.columns(), r.printed(), Location.UNKNOWN)));
        List<FlatConstraint> primary = constraints(rules);
        List<FlatConstraint> secondary = constraints(fallback);
        List<FlatConstraint> all = new ArrayList<>(primary);
        all.addAll(secondary);
        Map<FlatRun, FlatRunReading> solved = new IdentityHashMap<>();
        for (List<FlatRun> group : groups(rows.stream().map(runs::get).toList(), all)) {
            List<FlatConstraint> own = within(group, all);
            FlatResolver.Resolution r = FlatResolver.resolve(group, own, FlatLimits.STANDARD, FlatShape.GLUED);
            if (!r.allRulesHold() && !own.isEmpty()) {
                List<FlatConstraint> second = within(group, secondary);
                FlatResolver.Resolution bySecond = second.isEmpty() ? null : FlatResolver.resolve(group, second, FlatLimits.STANDARD, FlatShape.GLUED);
                r = bySecond != null && bySecond.allRulesHold() ? bySecond : FlatResolver.resolve(group, List.of(), FlatLimits.STANDARD, FlatShape.GLUED);
            }
            r.readings().forEach(reading -> solved.put(reading.run(), reading));
        }
        return rows.stream().map(row -> Optional.ofNullable(solved.get(runs.get(row))).map(GluedRows::reading)).toList();
    }

    private static Reading reading(FlatRunReading r) {
        FlatSplit taken = r.readings().get(0);
        List<Set<String>> alternatives = new ArrayList<>();
        for (int i = 0; i < r.run().size(); i++) {
            Set<String> cell = new LinkedHashSet<>();
            for (FlatSplit s : r.readings()) {
                cell.add(s.raws().get(i));
            }
            alternatives.add(cell);
        }
        return new Reading(taken.raws(), taken.values(), alternatives, r.inferred(), r.rules(),
                r.run().pieces().size() == r.run().size());
    }

    private static List<FlatConstraint> constraints(List<Sum> sums) {
        return sums.stream().map(s -> new FlatConstraint(s.rule(), s.sum(), s.equals())).toList();
    }

    private static List<FlatConstraint> within(List<FlatRun> group, List<FlatConstraint> constraints) {
        Set<String> ids = new HashSet<>();
        group.forEach(r -> ids.addAll(r.cellIds()));
        return constraints.stream().filter(c -> ids.containsAll(c.cells())).toList();
    }

    /** Runs linked by a constraint (directly or through others) form one group. */
    private static List<List<FlatRun>> groups(List<FlatRun> runs, List<FlatConstraint> constraints) {
        Map<FlatRun, Integer> groupOf = new IdentityHashMap<>();
        for (int i = 0; i < runs.size(); i++) {
            groupOf.put(runs.get(i), i);
        }
        boolean merged = true;
        while (merged) {
            merged = false;
            for (FlatConstraint c : constraints) {
                List<FlatRun> touched = runs.stream().filter(r -> r.cellIds().stream().anyMatch(c.cells()::contains)).toList();
                int min = touched.stream().mapToInt(groupOf::get).min().orElse(-1);
                for (FlatRun r : touched) {
                    if (groupOf.get(r) != min) {
                        groupOf.put(r, min);
                        merged = true;
                    }
                }
            }
        }
        Map<Integer, List<FlatRun>> groups = new LinkedHashMap<>();
        for (FlatRun run : runs) {
            groups.computeIfAbsent(groupOf.get(run), k -> new ArrayList<>()).add(run);
        }
        return new ArrayList<>(groups.values());
    }
}
