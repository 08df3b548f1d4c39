package gongkai.extract.flat;

import gongkai.format.LineSpec;
import gongkai.model.CellKind;
import gongkai.text.CellValue;
import gongkai.text.CellValues;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Enumerates the ways a run of glued digits can be split into its cells. A cell has no leading zero
 * (except {@code 0} itself and {@code 0.5}) and commas only as thousands separators ({@code 1,234});
 * spaces are boundaries; a slash is a not-applicable cell of its own; a sign only in a signed column, a
 * decimal point only in a decimal or money column, the unit 元 only at the end of the run in a money
 * column. Cells are placed from the right, so that a total is placed before the parts it bounds; the
 * constraints whose cells all lie in the run prune as cells are placed ({@link FlatRunChecks}).
 */
final class FlatSplitter {
    private static final Pattern CELL = Pattern.compile(
            "([+-])?(0|[1-9][0-9]*|[1-9][0-9]{0,2}(?:,[0-9]{3})+)(\\.[0-9]+)?(元)?([" + FlatChars.COUNT_UNITS + "])?");
    /**
     * The widest printed cell tried (1,234,567,890.12元 has 17 characters): longer readings are never
     * enumerated, so that a run of 10⁵ glued digits costs the same per step as a real row.
     */
    static final int MAX_CELL_CHARS = 24;

    private final FlatRun run;
    private final List<String> pieces;
    private final List<String> printedPieces;
    private final FlatBudget budget;
    private final String task;
    private final int limit;
    private final FlatRunChecks checks;
    private final String[] raws;
    private final BigDecimal[] values;
    /** Characters in the pieces before each piece (prefix sums: no re-count at every step). */
    private final int[] piecesStart;
    private final List<FlatSplit> found = new ArrayList<>();

    private FlatSplitter(FlatRun run, List<FlatConstraint> local, FlatBudget budget, int limit) {
        this.run = run;
        this.printedPieces = withUnitsAttached(run.pieces());
        this.pieces = printedPieces.stream().map(FlatChars::ascii).toList();
        this.budget = budget;
        this.task = "splitting " + run.label();
        this.limit = limit;
        this.checks = new FlatRunChecks(run, local);
        this.raws = new String[run.size()];
        this.values = new BigDecimal[run.size()];
        this.piecesStart = new int[pieces.size() + 1];
        for (int p = 0; p < pieces.size(); p++) {
            piecesStart[p + 1] = piecesStart[p] + pieces.get(p).length();
        }
    }

    /**
     * The pieces with a lone unit joined to the number before it: LibreOffice's CJK–Latin autospacing
     * prints 876000元 as "876000 元", which is one cell, not a boundary.
     */
    static List<String> withUnitsAttached(List<String> pieces) {
        List<String> joined = new ArrayList<>();
        for (String p : pieces) {
            if (p.equals(String.valueOf(FlatChars.YUAN)) && !joined.isEmpty()) {
                joined.set(joined.size() - 1, joined.get(joined.size() - 1) + p);
            } else {
                joined.add(p);
            }
        }
        return joined;
    }

    /**
     * The splits of {@code run} that satisfy the {@code local} constraints (all of whose cells are in the
     * run), in enumeration order, at most {@code limit} of them.
     *
     * @throws FlatBudget.Exceeded when the budget runs out
     */
    static List<FlatSplit> splits(FlatRun run, List<FlatConstraint> local, FlatBudget budget, int limit) {
        FlatSplitter splitter = new FlatSplitter(run, local, budget, limit);
        int last = splitter.pieces.size() - 1;
        if (last >= 0) {
            splitter.enumerate(last, splitter.pieces.get(last).length(), run.size() - 1);
        }
        return List.copyOf(splitter.found);
    }

    /** Places cell {@code cell} ending at {@code end} in piece {@code piece}, cells being placed right to left. */
    private void enumerate(int piece, int end, int cell) {
        if (found.size() >= limit) {
            return;
        }
        if (cell < 0 || piece < 0) {
            if (cell < 0 && piece < 0) {
                found.add(new FlatSplit(Arrays.asList(raws), Arrays.asList(values)));
            }
            return;
        }
        String text = pieces.get(piece);
        boolean endOfRun = piece == pieces.size() - 1 && end == text.length();
        int charsBefore = charsBefore(piece);
        for (int start = end - 1; start >= 0; start--) {
            budget.spend(task);
            boolean opens = start == 0;
            if (start + charsBefore < cell || end - start > MAX_CELL_CHARS) {
                break;
            }
            if (cell < (opens ? piece : piece + 1)) {
                continue;
            }
            String printed = text.substring(start, end);
            boolean notApplicable = printed.length() == 1 && FlatChars.isNotApplicable(printed.charAt(0));
            BigDecimal value = notApplicable ? null : value(printed, run.columns().get(cell), endOfRun);
            if (value == null && !notApplicable) {
                continue;
            }
            raws[cell] = printedPieces.get(piece).substring(start, end);
            values[cell] = value;
            FlatRunChecks.Verdict verdict = checks.check(cell, values, start + charsBefore);
            if (verdict == FlatRunChecks.Verdict.TOO_LARGE) {
                break;
            }
            if (verdict == FlatRunChecks.Verdict.HOLDS) {
                enumerate(opens ? piece - 1 : piece, opens ? lengthOf(piece - 1) : start, cell - 1);
            }
        }
    }

    private int lengthOf(int piece) {
        return piece < 0 ? 0 : pieces.get(piece).length();
    }

    private int charsBefore(int piece) {
        return piecesStart[piece];
    }

    /** The value of a would-be cell, or null when the column cannot hold it as printed. */
    static BigDecimal value(String ascii, LineSpec column, boolean endOfRun) {
        Matcher m = CELL.matcher(ascii);
        if (!m.matches()
                || m.group(1) != null && !column.signed()
                || m.group(3) != null && !(column.decimal() || column.money())
                || m.group(4) != null && !(column.money() && endOfRun)
                || m.group(5) != null && (column.money() || m.group(4) != null)) {
            return null;
        }
        int end = m.group(4) != null ? m.start(4) : m.group(5) != null ? m.start(5) : ascii.length();
        String number = ascii.substring(0, end).replace(",", "");
        CellValue parsed = new CellValue(CellKind.NUMBER, new BigDecimal(number), m.group(4));
        return column.money() ? CellValues.inWanYuan(parsed) : parsed.value();
    }
}
