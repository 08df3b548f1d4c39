package gongkai.read.pdf;

import gongkai.model.BoundingBox;
import gongkai.model.GridCell;
import gongkai.model.Location;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Digits stacked in a borderless table's narrow column (909 printed as 9 over 0 over 9). A borderless table reads
 * each printed line as a row, so the lower digits come as lines of bare digits under the row's values. Without a
 * drawn cell box nothing says whether such a line continues the numbers above or holds other rows' values (their
 * labels printed elsewhere): the digits are joined into one number top to bottom, and the cell keeps both readings
 * as alternatives (the joined number, the first line's) — a cell read by choice, never a silent guess.
 */
final class StackedRows {
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    /** The table with stacked digits joined, and how many cells were joined. */
    record Joined(TablePart table, int cells) {
    }

    private StackedRows() {
    }

    static Joined join(TablePart table) {
        if (table.ruled()) {
            return new Joined(table, 0);
        }
        List<List<GridCell>> rows = rows(table);
        Set<GridCell> consumed = new HashSet<>();
        List<GridCell> out = new ArrayList<>();
        Map<Integer, String> doubtful = new LinkedHashMap<>(); // index in out → the value with the digits below
        int joined = 0;
        for (int r = 0; r < rows.size(); r++) {
            Map<Integer, List<GridCell>> stacks = new LinkedHashMap<>();
            rows.get(r).stream().filter(c -> !consumed.contains(c) && isDigits(c))
                    .forEach(c -> stacks.put(c.col(), new ArrayList<>(List.of(c))));
            int labelEnd = labelEnd(rows.get(r));
            int k = r + 1;
            for (; !stacks.isEmpty() && k < rows.size() && continues(rows.get(k), stacks, labelEnd); k++) {
                rows.get(k).stream().filter(StackedRows::isDigits).forEach(c -> {
                    stacks.get(c.col()).add(c);
                    consumed.add(c);
                });
            }
            boolean labelledDigitsBelow = k < rows.size() && continues(rows.get(k), stacks, Integer.MAX_VALUE);
            for (GridCell c : rows.get(r)) {
                List<GridCell> stack = stacks.get(c.col());
                if (consumed.contains(c)) {
                    continue;
                }
                if (stack != null && stack.size() > 1 && stack.get(0) == c) {
                    out.add(joined(stack));
                    joined++;
                } else {
                    GridCell below = labelledDigitsBelow ? at(rows.get(k), c.col()) : null;
                    if (stack != null && below != null) {
                        doubtful.put(out.size(), c.text().strip() + below.text().strip());
                    }
                    out.add(c);
                }
            }
        }
        if (joined > 0) { // the table stacks digits: a labelled line of digits below may continue them too
            doubtful.forEach((i, longer) -> out.set(i, out.get(i).withAlternatives(out.get(i).text(),
                    List.of(out.get(i).text().strip(), longer))));
        }
        return new Joined(new TablePart(table.page(), table.bbox(), table.rowCount(), out, false, table.cutAtEdge()),
                joined + (joined > 0 ? doubtful.size() : 0));
    }

    /**
     * Whether a row continues the stacks above: it has bare digits, each under a stack's column, and any other
     * text of it ends left of the last column of the head row's label (a group label wrapping beside the row,
     * such as 本年 under 三、); a label in the head's label column starts a new row.
     */
    private static boolean continues(List<GridCell> row, Map<Integer, List<GridCell>> stacks, int labelEnd) {
        boolean digits = false;
        for (GridCell c : row) {
            if (isDigits(c)) {
                List<GridCell> stack = stacks.get(c.col());
                if (stack == null || stack.get(0).colSpan() != c.colSpan()) {
                    return false;
                }
                digits = true;
            } else if (c.col() + c.colSpan() - 1 >= labelEnd && !c.text().isBlank()) {
                return false;
            }
        }
        return digits;
    }

    private static GridCell at(List<GridCell> row, int col) {
        return row.stream().filter(c -> c.col() == col && isDigits(c)).findFirst().orElse(null);
    }

    /** The last column of a row's label text; -1 when it has none. */
    private static int labelEnd(List<GridCell> row) {
        return row.stream().filter(c -> !isDigits(c) && !c.text().isBlank())
                .mapToInt(c -> c.col() + c.colSpan() - 1).max().orElse(-1);
    }

    private static GridCell joined(List<GridCell> stack) {
        StringBuilder number = new StringBuilder();
        BoundingBox box = null;
        for (GridCell c : stack) {
            number.append(c.text().strip());
            box = c.location().bbox() == null ? box : c.location().bbox().union(box);
        }
        GridCell head = stack.get(0);
        String first = head.text().strip();
        return new GridCell(head.row(), head.col(), head.rowSpan(), head.colSpan(), number.toString(),
                Location.onPage(head.location().page(), box), head.recognition(), List.of(number.toString(), first));
    }

    private static boolean isDigits(GridCell cell) {
        return DIGITS.matcher(cell.text().strip()).matches();
    }

    private static List<List<GridCell>> rows(TablePart table) {
        List<List<GridCell>> rows = new ArrayList<>();
        for (int r = 0; r < table.rowCount(); r++) {
            rows.add(new ArrayList<>());
        }
        table.cells().stream().sorted(Comparator.comparingInt(GridCell::col)).forEach(c -> rows.get(c.row()).add(c));
        return rows;
    }
}
