package gongkai.extract.flat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Placements of a separated run's values when it holds fewer values than cells (pypdf drops blank cells:
 * {@code 258 12} for a row of seven): each value stays whole and in printed order, the cells between get
 * blank. A placement is kept when every rule within the run holds with blanks read as 0 (a blank printed for
 * none); with no rule in the run, every placement is kept.
 */
final class FlatPlacements {
    private FlatPlacements() {
    }

    /** The placements the rules allow; null when a value cannot be a cell or there are too many to try. */
    static List<FlatSplit> of(FlatRun run, List<FlatConstraint> local, FlatLimits limits) {
        List<String> values = FlatCandidates.values(run);
        int cells = run.size();
        if (values.isEmpty() || values.size() >= cells || values.stream().anyMatch(v -> !FlatCandidates.isOneNumber(v))) {
            return null;
        }
        Map<String, Integer> index = indexOf(run);
        List<FlatSplit> kept = new ArrayList<>();
        long[] tried = {0};
        boolean complete = place(run, values, local, index, new int[values.size()], 0, 0, kept, tried, limits);
        return complete ? kept : null;
    }

    /** Chooses the cell of value {@code v} at or after {@code from}; false when the budget ran out. */
    private static boolean place(FlatRun run, List<String> values, List<FlatConstraint> local, Map<String, Integer> index,
                                 int[] at, int v, int from, List<FlatSplit> kept, long[] tried, FlatLimits limits) {
        if (v == values.size()) {
            if (++tried[0] > limits.maxRunSplits()) {
                return false;
            }
            FlatSplit split = split(run, values, at);
            if (split != null && holds(split, local, index)) {
                kept.add(split);
            }
            return true;
        }
        for (int cell = from; cell <= run.size() - (values.size() - v); cell++) {
            at[v] = cell;
            if (!place(run, values, local, index, at, v + 1, cell + 1, kept, tried, limits)) {
                return false;
            }
        }
        return true;
    }

    private static FlatSplit split(FlatRun run, List<String> values, int[] at) {
        String[] raws = new String[run.size()];
        BigDecimal[] numbers = new BigDecimal[run.size()];
        Arrays.fill(raws, "");
        for (int v = 0; v < values.size(); v++) {
            int cell = at[v];
            boolean last = cell == run.size() - 1;
            BigDecimal value = FlatSplitter.value(FlatChars.ascii(values.get(v)), run.columns().get(cell), last
                    || v == values.size() - 1);
            if (value == null) {
                return null;
            }
            raws[cell] = values.get(v);
            numbers[cell] = value;
        }
        return new FlatSplit(Arrays.asList(raws), Arrays.asList(numbers));
    }

    /** Whether every rule within the run holds on the split, blanks read as 0. */
    static boolean holds(FlatRun run, FlatSplit split, List<FlatConstraint> local) {
        return holds(split, local, indexOf(run));
    }

    private static Map<String, Integer> indexOf(FlatRun run) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < run.size(); i++) {
            index.put(run.cellIds().get(i), i);
        }
        return index;
    }

    private static boolean holds(FlatSplit split, List<FlatConstraint> local, Map<String, Integer> index) {
        for (FlatConstraint c : local) {
            if (sum(c.sum(), split, index).compareTo(sum(c.equals(), split, index)) != 0) {
                return false;
            }
        }
        return true;
    }

    private static BigDecimal sum(List<String> ids, FlatSplit split, Map<String, Integer> index) {
        BigDecimal total = BigDecimal.ZERO;
        for (String id : ids) {
            BigDecimal v = split.values().get(index.get(id));
            total = v == null ? total : total.add(v);
        }
        return total;
    }
}
