package gongkai.extract.flat;

import gongkai.format.BlockSpec;
import gongkai.format.LineSpec;
import gongkai.format.TableSpec;
import gongkai.model.Location;
import gongkai.text.Normalizer;
import gongkai.text.PageNumberLines;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the runs of a table layout in flattened section text: each row by its label, in printed order,
 * its run being what lies between its label and the next label found (row or block label); table 4's
 * single row is the first run after its headers that holds enough digits.
 */
final class FlatRowLocator {
    /** A sub-item number such as {@code 2.} or {@code 2、} glued to the end of the previous row's digits. */
    private static final Pattern TRAILING_NUMBERING = Pattern.compile("(\\d{1,2}|[０-９]{1,2})\\s*[.、．]\\s*$");
    private static final String SINGLE_ROW = "single_row";

    /** The runs found, in printed order, and the keys of the rows whose label was not found. */
    record Located(List<FlatRun> runs, List<String> missingRows) {
    }

    /** A label found: a row (with its expected sub-item number, 0 for none) or a block label (row null). */
    private record Anchor(FlatText.Match match, BlockSpec block, LineSpec row, int numbering) {
    }

    private FlatRowLocator() {
    }

    static Located locate(TableSpec table, String text, Location where) {
        FlatText flat = new FlatText(withoutPageFooters(text));
        return SINGLE_ROW.equals(table.style()) ? locateSingleRow(table, flat, where) : locateRows(table, flat, where);
    }

    private static Located locateRows(TableSpec table, FlatText flat, Location where) {
        List<Anchor> anchors = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        int cursor = 0;
        for (BlockSpec block : table.blocks()) {
            FlatText.Match blockLabel = block.labels().isEmpty() ? null : flat.find(block.labels(), cursor);
            if (blockLabel != null) {
                anchors.add(new Anchor(blockLabel, block, null, 0));
                cursor = blockLabel.keyEnd();
            }
            for (int i = 0; i < block.rows().size(); i++) {
                LineSpec row = block.rows().get(i);
                FlatText.Match m = flat.findRow(row.labels(), cursor);
                if (m == null) {
                    m = flat.findRowByPrefix(row.labels(), cursor, nextLabelAt(flat, table, block, i, cursor));
                }
                if (m == null) {
                    missing.add(block.key() == null ? row.key() : block.key() + "." + row.key());
                    continue;
                }
                anchors.add(new Anchor(m, block, row, numbering(block.rows(), i)));
                cursor = m.keyEnd();
            }
        }
        return new Located(runsBetween(table, anchors, flat.printed(), where), missing);
    }

    /**
     * Where the label after row {@code index} of {@code block} is printed (its exact form), or the end. A
     * short label (其他) says nothing: it is also printed inside the group label 其他处理 (wrapped as 其他处 /
     * 理 in a copied PDF) before the row it bounds; the first longer label after it bounds the search.
     */
    private static int nextLabelAt(FlatText flat, TableSpec table, BlockSpec block, int index, int from) {
        for (int i = index + 1; i <= block.rows().size(); i++) {
            List<String> next = i < block.rows().size() ? block.rows().get(i).labels() : nextBlockLabels(table, block);
            List<String> telling = next.stream().filter(l -> Normalizer.labelKey(l).length() > LineSpec.SHORT_LABEL)
                    .toList();
            if (!telling.isEmpty()) {
                FlatText.Match m = flat.find(telling, from);
                return m == null ? Integer.MAX_VALUE : m.keyStart();
            }
        }
        return Integer.MAX_VALUE;
    }

    private static List<String> nextBlockLabels(TableSpec table, BlockSpec block) {
        int b = table.blocks().indexOf(block);
        return b + 1 < table.blocks().size() ? table.blocks().get(b + 1).labels() : List.of();
    }

    private static List<FlatRun> runsBetween(TableSpec table, List<Anchor> anchors, String text, Location where) {
        List<FlatRun> runs = new ArrayList<>();
        for (int i = 0; i < anchors.size(); i++) {
            Anchor a = anchors.get(i);
            if (a.row() == null) {
                continue;
            }
            Anchor next = i + 1 < anchors.size() ? anchors.get(i + 1) : null;
            int from = a.match().printedEnd();
            String between = text.substring(from, next == null ? text.length() : next.match().printedStart());
            if (next != null && next.numbering() > 0) {
                between = peelNumbering(between, next.numbering());
            }
            int[] span = valueSpan(between, 0);
            if (next == null && span != null) {
                span = withoutProseAfter(between, span);
            }
            List<String> ids = new ArrayList<>();
            for (LineSpec column : a.block().columns()) {
                ids.add(a.block().cellId(table.id(), a.row(), column));
            }
            String printed = span == null ? "" : between.substring(span[0], span[1]);
            int at = from + (span == null ? 0 : span[0]);
            runs.add(FlatRun.of(a.row().key(), ids, a.block().columns(), printed, lineOf(where, text, at), at));
        }
        return runs;
    }

    /** What follows a number of prose, not of a table: a date ({@code 2025年}, {@code 1月}, {@code 20日}). */
    private static final String DATE_UNITS = "年月日号";

    /**
     * The last row's values without a number that begins the text after the table: {@code 2000002 2025年，我局}
     * is a row of 2000002, then prose. A last piece glued to a date word after it, after a space, is not a cell
     * (a unit such as 万元 or a heading such as 四、 after the last value is left as it is).
     */
    static int[] withoutProseAfter(String text, int[] span) {
        int end = span[1];
        if (end >= text.length() || DATE_UNITS.indexOf(text.charAt(end)) < 0) {
            return span;
        }
        int cut = end;
        while (cut > span[0] && !FlatChars.isSpace(text.charAt(cut - 1))) {
            cut--;
        }
        if (cut == span[0]) {
            return span;
        }
        int stop = cut;
        while (stop > span[0] && FlatChars.isSpace(text.charAt(stop - 1))) {
            stop--;
        }
        return new int[] {span[0], stop};
    }

    private static Located locateSingleRow(TableSpec table, FlatText flat, Location where) {
        BlockSpec block = table.blocks().get(0);
        List<String> ids = new ArrayList<>();
        List<LineSpec> columns = new ArrayList<>();
        for (LineSpec row : printedGroupOrder(flat, block)) {
            for (LineSpec column : block.columns()) {
                ids.add(block.cellId(table.id(), row, column));
                columns.add(column);
            }
        }
        LineSpec lastRow = block.rows().get(block.rows().size() - 1);
        FlatText.Match header = flat.find(lastRow.labels(), 0);
        FlatText.Match firstLabel = firstTableLabel(flat, block);
        String text = flat.printed();
        if (header == null || firstLabel == null) {
            return new Located(List.of(), List.of(table.id()));
        }
        int[] span = longRunFrom(text, header.printedEnd(), ids.size());
        if (span == null) {
            span = longRunFrom(text, firstLabel.printedStart(), ids.size());
        }
        if (span == null) {
            return new Located(List.of(), List.of(table.id()));
        }
        String printed = text.substring(span[0], span[1]);
        return new Located(List.of(FlatRun.of(table.id(), ids, columns, printed, lineOf(where, text, span[0]), span[0])),
                List.of());
    }

    /**
     * Where the table's own labels begin: the first of its column labels (结果维持 …). A table is only read
     * where its labels are printed (its column labels, or group labels when those are printed broken): without them, digits nearby belong to another table. Short labels
     * (总计) are also another table's.
     */
    private static FlatText.Match firstTableLabel(FlatText flat, BlockSpec block) {
        FlatText.Match first = null;
        for (LineSpec column : block.columns()) {
            List<String> telling = column.labels().stream()
                    .filter(l -> Normalizer.labelKey(l).length() > LineSpec.SHORT_LABEL).toList();
            FlatText.Match m = telling.isEmpty() ? null : flat.find(telling, 0);
            if (m != null && (first == null || m.keyStart() < first.keyStart())) {
                first = m;
            }
        }
        for (LineSpec group : block.rows()) {
            FlatText.Match m = flat.find(group.labels(), 0);
            if (m != null && (first == null || m.keyStart() < first.keyStart())) {
                first = m;
            }
        }
        return first;
    }

    /**
     * Table 4's groups in the order their labels are first printed (复议后起诉 may come before 未经复议直接起诉),
     * when every group label is printed; the layout's order otherwise.
     */
    private static List<LineSpec> printedGroupOrder(FlatText flat, BlockSpec block) {
        Map<LineSpec, Integer> at = new HashMap<>();
        for (LineSpec group : block.rows()) {
            FlatText.Match m = flat.find(group.labels(), 0);
            if (m == null) {
                return block.rows();
            }
            at.put(group, m.keyStart());
        }
        List<LineSpec> order = new ArrayList<>(block.rows());
        order.sort(Comparator.comparingInt(at::get));
        return order;
    }

    /** The first run of values at or after {@code from} holding at least {@code digits} digits or slashes, or null. */
    private static int[] longRunFrom(String text, int from, int digits) {
        for (int[] span = valueSpan(text, from); span != null; span = valueSpan(text, span[1])) {
            long count = text.substring(span[0], span[1]).chars()
                    .filter(c -> FlatChars.isDigit((char) c) || FlatChars.isNotApplicable((char) c)).count();
            if (count >= digits) {
                return span;
            }
        }
        return null;
    }

    /**
     * The first run of value characters at or after {@code from}: it starts at a digit, a slash (not
     * applicable) or a sign before a digit, and ends before the first character that cannot be part of a value; trailing spaces and a
     * dangling point, sign or comma are left out. Null when there is no digit.
     */
    static int[] valueSpan(String text, int from) {
        int start = from;
        while (start < text.length() && !startsValue(text, start)) {
            start++;
        }
        if (start >= text.length()) {
            return null;
        }
        int stop = start;
        while (stop < text.length() && (FlatChars.isValue(text.charAt(stop)) || countUnitAt(text, stop))) {
            stop++;
        }
        while (stop > start && danglingEnd(text.charAt(stop - 1))) {
            stop--;
        }
        return new int[] {start, stop};
    }

    /** A count word right after a digit and before a space or a value: {@code 2笔 984361元}. */
    private static boolean countUnitAt(String text, int i) {
        return FlatChars.isCountUnit(text.charAt(i)) && i > 0 && FlatChars.isDigit(text.charAt(i - 1))
                && (i + 1 == text.length() || FlatChars.isValue(text.charAt(i + 1)));
    }

    private static boolean danglingEnd(char c) {
        return FlatChars.isSpace(c) || FlatChars.isPoint(c) || FlatChars.isSign(c) || FlatChars.isGrouping(c);
    }

    private static boolean startsValue(String text, int i) {
        char c = text.charAt(i);
        return FlatChars.isDigit(c) || FlatChars.isNotApplicable(c)
                || FlatChars.isSign(c) && i + 1 < text.length() && FlatChars.isDigit(text.charAt(i + 1));
    }

    /**
     * Removes the next row's sub-item number when it is glued to this row's digits ({@code 00000002.}):
     * the expected number if the text ends with it, else any one-digit number (a report that skips one).
     */
    static String peelNumbering(String between, int expected) {
        Matcher m = TRAILING_NUMBERING.matcher(between);
        if (!m.find()) {
            return between;
        }
        String number = FlatChars.ascii(m.group(1));
        String wanted = String.valueOf(expected);
        int length = number.endsWith(wanted) ? wanted.length() : 1;
        return between.substring(0, m.end(1) - length);
    }

    /**
     * The text with page-footer lines ({@code -3-}, {@code — 3 —}, {@code 第3页 共10页}) blanked out, same
     * length so that offsets still point into the printed text: a footer inside a table would add a value.
     */
    static String withoutPageFooters(String text) {
        return PageNumberLines.blankMarkedLines(text);
    }

    /** The 1-based number of a row within its group (1. 2. … under （三）不予公开), 0 for ungrouped rows. */
    private static int numbering(List<LineSpec> rows, int index) {
        String group = rows.get(index).group();
        if (group == null) {
            return 0;
        }
        int n = 1;
        for (int i = index - 1; i >= 0 && group.equals(rows.get(i).group()); i--) {
            n++;
        }
        return n;
    }

    private static Location lineOf(Location where, String text, int offset) {
        if (where.line() == null) {
            return where;
        }
        int lines = (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
        return new Location(where.page(), where.bbox(), where.line() + lines);
    }
}
