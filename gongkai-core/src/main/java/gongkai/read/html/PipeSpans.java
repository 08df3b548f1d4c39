package gongkai.read.html;

import gongkai.model.GridCell;
import gongkai.model.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Restores the spans a pipe table lost: a GFM table cannot span, so converters leave the slots a merged
 * cell covered blank. In header rows (no number in them) and in the label columns of data rows (left of the
 * first column holding a number), a blank slot belongs to the text above it when the whole width under that
 * cell is blank (a row span), else to the text left of it (a column span). Value slots stay blank: a blank
 * value is an empty cell, never part of a label.
 */
final class PipeSpans {
    private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9][0-9,.]*");

    private PipeSpans() {
    }

    /** The grid cells of rows (cells' texts) with spans restored; lines holds each row's 1-based line. */
    static List<GridCell> cells(List<List<String>> rows, List<Integer> lines, int width) {
        int firstValueColumn = firstValueColumn(rows, width);
        int[][] owner = new int[rows.size()][width];
        for (int[] row : owner) {
            java.util.Arrays.fill(row, -1);
        }
        List<int[]> spans = new ArrayList<>(); // {row, col, rowSpan, colSpan}
        List<String> texts = new ArrayList<>();
        boolean seenNumbers = false;
        for (int r = 0; r < rows.size(); r++) {
            boolean header = isHeader(rows.get(r), firstValueColumn, seenNumbers);
            seenNumbers |= rows.get(r).stream().anyMatch(t -> NUMBER.matcher(t).matches());
            for (int c = 0; c < width; c++) {
                String text = c < rows.get(r).size() ? rows.get(r).get(c) : "";
                if (owner[r][c] >= 0) {
                    continue; // covered by a row span widened over this row
                }
                if (!text.isEmpty() || !(header || c < firstValueColumn) || !merge(rows, owner, spans, r, c, header)) {
                    owner[r][c] = spans.size();
                    spans.add(new int[] {r, c, 1, 1});
                    texts.add(text);
                }
            }
        }
        List<GridCell> cells = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            int[] s = spans.get(i);
            cells.add(new GridCell(s[0], s[1], s[2], s[3], texts.get(i), Location.ofLine(lines.get(s[0]))));
        }
        return cells;
    }

    /**
     * Joins the blank slot (r, c) to a span of text: in a header row first to the one above (a row span, when
     * the whole width under it is blank), then to the one on its left; in a data row's labels the other way
     * round (（六）其他处理 runs right, a group label down). False if neither.
     */
    private static boolean merge(List<List<String>> rows, int[][] owner, List<int[]> spans, int r, int c,
            boolean header) {
        return header ? down(rows, owner, spans, r, c) || right(rows, owner, spans, r, c)
                : right(rows, owner, spans, r, c) || down(rows, owner, spans, r, c);
    }

    private static boolean down(List<List<String>> rows, int[][] owner, List<int[]> spans, int r, int c) {
        if (r == 0 || owner[r - 1][c] < 0) {
            return false;
        }
        int[] above = spans.get(owner[r - 1][c]);
        if (above[1] != c || above[0] + above[2] != r || !blankRun(rows.get(r), c, above[3]) || isNumber(rows, above)) {
            return false;
        }
        above[2]++;
        for (int k = c; k < c + above[3]; k++) {
            owner[r][k] = owner[r - 1][c];
        }
        return true;
    }

    private static boolean right(List<List<String>> rows, int[][] owner, List<int[]> spans, int r, int c) {
        if (c == 0 || owner[r][c - 1] < 0) {
            return false;
        }
        int[] left = spans.get(owner[r][c - 1]);
        if (left[0] != r || left[2] != 1 || left[1] + left[3] != c || isNumber(rows, left)
                || rows.get(r).get(left[1]).isEmpty()) {
            return false;
        }
        left[3]++;
        owner[r][c] = owner[r][c - 1];
        return true;
    }

    /**
     * A row without numbers before the data, or one with text over the value columns (信息内容 | 本年处理决定数量):
     * a header. A row without numbers among the data with text only in its labels is a row of blank values.
     */
    private static boolean isHeader(List<String> row, int firstValueColumn, boolean seenNumbers) {
        if (row.stream().anyMatch(t -> NUMBER.matcher(t).matches())) {
            return false;
        }
        return !seenNumbers || row.subList(Math.min(firstValueColumn, row.size()), row.size()).stream()
                .anyMatch(t -> !t.isEmpty());
    }

    private static boolean isNumber(List<List<String>> rows, int[] span) {
        List<String> row = rows.get(span[0]);
        return span[1] < row.size() && NUMBER.matcher(row.get(span[1])).matches();
    }

    private static boolean blankRun(List<String> row, int from, int length) {
        for (int c = from; c < from + length; c++) {
            if (c < row.size() && !row.get(c).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** The first column in which some row holds a number: the labels are left of it. */
    private static int firstValueColumn(List<List<String>> rows, int width) {
        int first = width;
        for (List<String> row : rows) {
            for (int c = 0; c < Math.min(first, row.size()); c++) {
                if (NUMBER.matcher(row.get(c)).matches()) {
                    first = c;
                    break;
                }
            }
        }
        return first;
    }
}
