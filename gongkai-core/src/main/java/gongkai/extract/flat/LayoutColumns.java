package gongkai.extract.flat;

import gongkai.extract.flat.LayoutRow.Extent;
import gongkai.extract.flat.LayoutRow.Measure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Places a table's values by their columns in {@code pdftotext -layout} text. The rows of one block on one
 * page that print a value in every cell give each column's extent (the union of their values' extents); the
 * measure (characters or display columns) is the one in which those extents stand apart (when some complete
 * rows stand off the others, the columns come from the rows that agree, and the others are placed only if
 * they fit). A row with blanks
 * then puts each value into the one column whose extent it overlaps; its other cells are blank (empty, not
 * 0). A run that positions cannot place — no complete row to learn the columns from, a value between two
 * columns or over two, two values in one column, the two measures disagreeing, values over several lines —
 * is left to the order and rules of the flattened-text reader, with the reason.
 */
final class LayoutColumns {
    /** Runs placed by position with their split, and the runs left to the flattened-text reader, with why. */
    record Placement(Map<FlatRun, FlatSplit> placed, Map<FlatRun, String> unplaced) {
        static final Placement NONE = new Placement(Map.of(), Map.of());
    }

    private LayoutColumns() {
    }

    static Placement place(List<FlatRun> runs, String text) {
        Map<FlatRun, FlatSplit> placed = new LinkedHashMap<>();
        Map<FlatRun, String> unplaced = new LinkedHashMap<>();
        Map<List<Object>, List<LayoutRow>> groups = new LinkedHashMap<>();
        for (FlatRun run : runs) {
            if (run.pieces().isEmpty()) {
                continue;
            }
            LayoutRow row = LayoutRow.of(run, text);
            if (row == null) {
                unplaced.put(run, "its values are not on one line of the layout text");
            } else {
                groups.computeIfAbsent(List.of(row.page(), run.columns(), run.size()), k -> new ArrayList<>()).add(row);
            }
        }
        groups.values().forEach(rows -> placeGroup(rows, placed, unplaced));
        return new Placement(placed, unplaced);
    }

    /** The rows of one block on one page: columns from the complete rows, every row placed or left with a reason. */
    private static void placeGroup(List<LayoutRow> rows, Map<FlatRun, FlatSplit> placed, Map<FlatRun, String> unplaced) {
        int cells = rows.get(0).run().size();
        List<LayoutRow> complete = rows.stream().filter(r -> r.values() == cells).toList();
        Map<Measure, List<Extent>> columns = new EnumMap<>(Measure.class);
        int best = 1;
        for (Measure m : Measure.values()) {
            List<LayoutRow> aligned = columns(complete, m, cells) != null ? complete : aligned(complete, m, cells);
            List<Extent> c = aligned.size() < best ? null : columns(aligned, m, cells);
            if (c != null && aligned.size() > best) {
                columns.clear();
                best = aligned.size();
            }
            if (c != null) {
                columns.put(m, c);
            }
        }
        if (columns.isEmpty()) {
            rows.forEach(r -> unplaced.put(r.run(), complete.isEmpty() ? "no row of its block on its page prints every column"
                    : "the complete rows of its block do not line up in columns"));
            return;
        }
        for (LayoutRow row : rows) {
            List<int[]> assignments = columns.entrySet().stream()
                    .map(e -> assign(row.extents(e.getKey()), e.getValue())).toList();
            int[] first = assignments.get(0);
            boolean agree = assignments.stream().allMatch(a -> Arrays.equals(a, first));
            FlatSplit split = first == null || !agree ? null : split(row.run(), first);
            if (split != null) {
                placed.put(row.run(), split);
            } else {
                unplaced.put(row.run(), first == null || !agree
                        ? "a value stands off its block's columns" : "a value is not a number of its column");
            }
        }
    }

    /**
     * When the complete rows do not line up together: those whose every value lies in its column's core — the positions that the values of that
     * column cover in at least half of the complete rows — and in no other column's core. A row printed a few
     * characters off (a bold total row) is left out of the columns, and is placed only if it fits them.
     */
    private static List<LayoutRow> aligned(List<LayoutRow> complete, Measure measure, int cells) {
        if (complete.isEmpty()) {
            return List.of();
        }
        int width = complete.stream().mapToInt(r -> r.extents(measure).get(cells - 1).end()).max().orElse(0);
        boolean[][] core = new boolean[cells][width];
        for (int c = 0; c < cells; c++) {
            int[] covered = new int[width];
            for (LayoutRow row : complete) {
                Extent e = row.extents(measure).get(c);
                for (int p = e.start(); p < e.end(); p++) {
                    covered[p]++;
                }
            }
            for (int p = 0; p < width; p++) {
                core[c][p] = covered[p] * 2 >= complete.size();
            }
        }
        return complete.stream().filter(r -> inCores(r.extents(measure), core)).toList();
    }

    private static boolean inCores(List<Extent> values, boolean[][] core) {
        for (int v = 0; v < values.size(); v++) {
            for (int c = 0; c < core.length; c++) {
                boolean hit = false;
                for (int p = values.get(v).start(); p < values.get(v).end() && !hit; p++) {
                    hit = core[c][p];
                }
                if (hit != (c == v)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Each column's extent over the aligned rows, or null when two neighbouring columns touch or overlap. */
    private static List<Extent> columns(List<LayoutRow> complete, Measure measure, int cells) {
        if (complete.isEmpty()) {
            return null;
        }
        List<Extent> columns = new ArrayList<>();
        for (int c = 0; c < cells; c++) {
            int start = Integer.MAX_VALUE;
            int end = Integer.MIN_VALUE;
            for (LayoutRow row : complete) {
                Extent e = row.extents(measure).get(c);
                start = Math.min(start, e.start());
                end = Math.max(end, e.end());
            }
            if (!columns.isEmpty() && columns.get(c - 1).end() >= start) {
                return null;
            }
            columns.add(new Extent(start, end));
        }
        return columns;
    }

    /** The column of each value: the one column its extent overlaps, in increasing order; null when there is none. */
    private static int[] assign(List<Extent> values, List<Extent> columns) {
        int[] at = new int[values.size()];
        int previous = -1;
        for (int v = 0; v < values.size(); v++) {
            Extent e = values.get(v);
            List<Integer> hits = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                if (columns.get(c).overlaps(e.start(), e.end())) {
                    hits.add(c);
                }
            }
            if (hits.size() != 1 || hits.get(0) <= previous) {
                return null;
            }
            at[v] = previous = hits.get(0);
        }
        return at;
    }

    /** The run's values in their columns, the other cells blank; null when a value cannot be its column's. */
    private static FlatSplit split(FlatRun run, int[] at) {
        List<String> values = FlatSplitter.withUnitsAttached(run.pieces());
        String[] raws = new String[run.size()];
        BigDecimal[] numbers = new BigDecimal[run.size()];
        Arrays.fill(raws, "");
        for (int v = 0; v < values.size(); v++) {
            String raw = values.get(v);
            BigDecimal value = FlatCandidates.isOneNumber(raw)
                    ? FlatSplitter.value(FlatChars.ascii(raw), run.columns().get(at[v]), true) : null;
            boolean notApplicable = raw.length() == 1 && FlatChars.isNotApplicable(raw.charAt(0));
            if (value == null && !notApplicable) {
                return null;
            }
            raws[at[v]] = raw;
            numbers[at[v]] = value;
        }
        return new FlatSplit(Arrays.asList(raws), Arrays.asList(numbers));
    }
}
