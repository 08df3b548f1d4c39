package gongkai.extract;

import gongkai.format.LineSpec;
import gongkai.model.CellKind;
import gongkai.text.CellValue;
import gongkai.text.CellValues;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Enumerates the ways a run of glued digits can be split into its cells. A cell has no leading zero
 * (except {@code 0} itself and {@code 0.5}); spaces are boundaries; a sign only in a signed column, a
 * decimal point only in a decimal or money column, the unit 元 only at the end of the run in a money
 * column. Constraints whose cells all lie in the run are checked as soon as their last cell is placed,
 * which keeps table 4's fifteen cells cheap.
 */
final class FlatSplitter {
    private static final Pattern CELL = Pattern.compile("([+-])?(0|[1-9][0-9]*)(\\.[0-9]+)?(元)?");

    private final FlatRun run;
    private final List<String> pieces;
    private final FlatBudget budget;
    private final String task;
    private final int limit;
    private final List<List<int[][]>> checksAt;
    private final String[] raws;
    private final BigDecimal[] values;
    private final List<FlatSplit> found = new ArrayList<>();

    private FlatSplitter(FlatRun run, List<FlatConstraint> local, FlatBudget budget, int limit) {
        this.run = run;
        this.pieces = run.pieces().stream().map(FlatChars::ascii).toList();
        this.budget = budget;
        this.task = "splitting " + run.label();
        this.limit = limit;
        this.checksAt = indexChecks(run, local);
        this.raws = new String[run.size()];
        this.values = new BigDecimal[run.size()];
    }

    /**
     * The splits of {@code run} that satisfy the {@code local} constraints (all of whose cells are in the
     * run), in enumeration order, at most {@code limit} of them.
     *
     * @throws FlatBudget.Exceeded when the budget runs out
     */
    static List<FlatSplit> splits(FlatRun run, List<FlatConstraint> local, FlatBudget budget, int limit) {
        FlatSplitter splitter = new FlatSplitter(run, local, budget, limit);
        if (!run.pieces().isEmpty()) {
            splitter.enumerate(0, 0, 0);
        }
        return List.copyOf(splitter.found);
    }

    private void enumerate(int piece, int pos, int cell) {
        if (found.size() >= limit) {
            return;
        }
        if (cell == run.size() || piece == pieces.size()) {
            if (cell == run.size() && piece == pieces.size()) {
                found.add(new FlatSplit(Arrays.asList(raws), Arrays.asList(values)));
            }
            return;
        }
        String text = pieces.get(piece);
        int cellsAfter = run.size() - cell - 1;
        int piecesAfter = pieces.size() - piece - 1;
        int charsAfter = charsAfter(piece);
        for (int end = pos + 1; end <= text.length(); end++) {
            budget.spend(task);
            boolean closes = end == text.length();
            if (text.length() - end + charsAfter < cellsAfter) {
                break;
            }
            if (cellsAfter < (closes ? piecesAfter : piecesAfter + 1)) {
                continue;
            }
            BigDecimal value = value(text.substring(pos, end), run.columns().get(cell), closes && piecesAfter == 0);
            if (value == null) {
                continue;
            }
            raws[cell] = run.pieces().get(piece).substring(pos, end);
            values[cell] = value;
            if (checksHold(cell)) {
                enumerate(closes ? piece + 1 : piece, closes ? 0 : end, cell + 1);
            }
        }
    }

    private int charsAfter(int piece) {
        int chars = 0;
        for (int p = piece + 1; p < pieces.size(); p++) {
            chars += pieces.get(p).length();
        }
        return chars;
    }

    /** The value of a would-be cell, or null when the column cannot hold it as printed. */
    static BigDecimal value(String ascii, LineSpec column, boolean endOfRun) {
        Matcher m = CELL.matcher(ascii);
        if (!m.matches()
                || m.group(1) != null && !column.signed()
                || m.group(3) != null && !(column.decimal() || column.money())
                || m.group(4) != null && !(column.money() && endOfRun)) {
            return null;
        }
        String number = m.group(4) == null ? ascii : ascii.substring(0, m.start(4));
        CellValue parsed = new CellValue(CellKind.NUMBER, new BigDecimal(number), m.group(4));
        return column.money() ? CellValues.inWanYuan(parsed) : parsed.value();
    }

    private boolean checksHold(int cell) {
        for (int[][] check : checksAt.get(cell)) {
            if (sum(check[0]).compareTo(sum(check[1])) != 0) {
                return false;
            }
        }
        return true;
    }

    private BigDecimal sum(int[] indexes) {
        BigDecimal total = BigDecimal.ZERO;
        for (int i : indexes) {
            total = total.add(values[i]);
        }
        return total;
    }

    /** For each cell index, the local constraints (as sum / equals index arrays) whose last cell it is. */
    private static List<List<int[][]>> indexChecks(FlatRun run, List<FlatConstraint> local) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < run.size(); i++) {
            index.put(run.cellIds().get(i), i);
        }
        List<List<int[][]>> at = new ArrayList<>();
        for (int i = 0; i < run.size(); i++) {
            at.add(new ArrayList<>());
        }
        for (FlatConstraint c : local) {
            int[] sum = c.sum().stream().mapToInt(index::get).toArray();
            int[] equals = c.equals().stream().mapToInt(index::get).toArray();
            int last = Math.max(Arrays.stream(sum).max().orElse(0), Arrays.stream(equals).max().orElse(0));
            at.get(last).add(new int[][] {sum, equals});
        }
        return at;
    }
}
