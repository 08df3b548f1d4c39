package gongkai.extract.flat;

import java.math.BigDecimal;
import java.util.List;

/**
 * How plausible a reading of a run is, used only to choose the value shown for a cell that stays
 * ambiguous (the cell is flagged either way). Compared in this order: fewer broken soft column
 * preferences (in table 2, this year's issued or repealed documents do not outnumber those in force,
 * this year's published ones do not outnumber those published in total, and a year's change in items
 * does not exceed last year's count in size); more cells that are exactly 0 (most cells of these tables
 * are 0, and a lone 0 is the shortest reading of a zero digit); a shorter longest cell; then fewer digits
 * overall in long cells (sum of squared lengths). Remaining ties go to the first reading enumerated.
 */
record FlatPlausibility(int brokenPreferences, int zeros, int longest, int squares)
        implements Comparable<FlatPlausibility> {
    /** Column pairs (smaller, larger) whose sizes a reading should respect; soft: reports do break them. */
    private static final List<List<String>> NOT_GREATER_THAN = List.of(
            List.of("new_published", "total_published"),
            List.of("issued", "in_force"),
            List.of("repealed", "in_force"),
            List.of("change", "prev_year_items"));

    static final FlatPlausibility NONE = new FlatPlausibility(0, 0, 0, 0);

    static FlatPlausibility of(FlatRun run, FlatSplit split) {
        int zeros = 0;
        int longest = 0;
        int squares = 0;
        for (int i = 0; i < run.size(); i++) {
            BigDecimal v = split.values().get(i);
            int length = split.raws().get(i).length();
            zeros += v != null && v.signum() == 0 ? 1 : 0;
            longest = Math.max(longest, length);
            squares += length * length;
        }
        return new FlatPlausibility(brokenPreferences(run, split), zeros, longest, squares);
    }

    private static int brokenPreferences(FlatRun run, FlatSplit split) {
        int broken = 0;
        for (List<String> pair : NOT_GREATER_THAN) {
            int small = indexOfColumn(run, pair.get(0));
            int large = indexOfColumn(run, pair.get(1));
            BigDecimal smaller = small < 0 ? null : split.values().get(small);
            BigDecimal larger = large < 0 ? null : split.values().get(large);
            if (smaller != null && larger != null && smaller.abs().compareTo(larger.abs()) > 0) {
                broken++;
            }
        }
        return broken;
    }

    private static int indexOfColumn(FlatRun run, String key) {
        for (int i = 0; i < run.size(); i++) {
            if (run.columns().get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    FlatPlausibility plus(FlatPlausibility o) {
        return new FlatPlausibility(brokenPreferences + o.brokenPreferences, zeros + o.zeros,
                Math.max(longest, o.longest), squares + o.squares);
    }

    @Override
    public int compareTo(FlatPlausibility o) {
        int c = Integer.compare(brokenPreferences, o.brokenPreferences);
        c = c != 0 ? c : Integer.compare(o.zeros, zeros);
        c = c != 0 ? c : Integer.compare(longest, o.longest);
        return c != 0 ? c : Integer.compare(squares, o.squares);
    }
}
