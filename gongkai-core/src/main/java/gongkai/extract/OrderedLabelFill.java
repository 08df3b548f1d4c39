package gongkai.extract;

import gongkai.format.LineSpec;
import gongkai.model.Recognition;
import gongkai.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Places the rows of a grid read by OCR whose labels the engine garbled beyond a fuzzy match (two wrong characters
 * in 本年新收政府信息公开申请数量 already fail it). The layout fixes a table's rows in order, so a run of unmatched
 * data rows between two matched rows (or the grid's start or end) pairs with the layout rows left between their
 * targets, in order, when the two runs are exactly as long: a gap whose sizes disagree (a row split in two, a row
 * missing, a heading read as values) is left alone. The order is the evidence; the label is a check that the row
 * is the kind of row expected: it must hold half of the expected label's characters in order, or six of a long one
 * (the OCR fixtures' garbled labels do: 1.FE局一本[瑟一1号家一秘相史密 keeps 家秘密 of 属于国家秘密), and be at most
 * three times as long (a line of noise holds any few characters). A row placed this way is a doubt: its cells carry
 * a note ({@link #note}) and its place is never the ground of a filing finding.
 */
final class OrderedLabelFill {
    /** Least share of the expected label's characters found in the label as read, in order. */
    static final double MIN_SHARE = 0.5;
    /**
     * Characters in order that suffice for a long label: a wrapped label cell may hold one line of a 22-character
     * label (理结果（二）…只计这一情 for 部分公开（区分处理的，只计这一情形，不计其他情形）).
     */
    static final int ENOUGH_OF_LONG_LABEL = 6;
    /** A label read more than this many times as long as the expected one is noise or several cells run together. */
    static final int MAX_LENGTH_RATIO = 3;
    /** Least characters in common in order: one shared character says nothing of a two-character label. */
    static final int MIN_COMMON = 2;

    private OrderedLabelFill() {
    }

    /**
     * The rows (indexes into {@code dataRows}) placed by order, with their target (index into {@code lines}); the
     * rows already matched are {@code byRow} (row to target), in the grid's order.
     */
    static Map<Integer, Integer> fill(List<GridRow> dataRows, List<LineSpec> lines, Map<Integer, Integer> byRow) {
        Map<Integer, Integer> placed = new TreeMap<>();
        if (byRow.isEmpty()) {
            return placed; // nothing anchors the order: no row of this grid is the layout's for sure
        }
        List<Integer> anchors = new ArrayList<>(byRow.keySet());
        anchors.sort(null);
        int lowRow = -1;
        int lowTarget = -1;
        for (int k = 0; k <= anchors.size(); k++) {
            int highRow = k < anchors.size() ? anchors.get(k) : dataRows.size();
            int highTarget = k < anchors.size() ? byRow.get(anchors.get(k)) : lines.size();
            if (highRow - lowRow == highTarget - lowTarget && noneTaken(byRow, lowTarget, highTarget)) {
                for (int row = lowRow + 1; row < highRow; row++) {
                    int target = lowTarget + (row - lowRow);
                    if (similar(dataRows.get(row).ownLabel(), lines.get(target))) {
                        placed.put(row, target);
                    }
                }
            }
            lowRow = highRow;
            lowTarget = highTarget;
        }
        return placed;
    }

    /** The note on each cell of a row placed by order: the label as read and the row it was placed on. */
    static String note(GridRow row, LineSpec target) {
        return "OCR: row label recognised as “" + row.label().replaceAll("\\s+", " ") + "”, " + Recognition.PLACED_BY_ORDER + " “"
                + target.labels().get(0) + "”";
    }

    /** Whether no row took a target strictly between the two (matches out of order leave no gap to fill). */
    private static boolean noneTaken(Map<Integer, Integer> byRow, int low, int high) {
        return byRow.values().stream().noneMatch(t -> t > low && t < high);
    }

    static boolean similar(String printed, LineSpec line) {
        String words = Normalizer.words(printed);
        String group = line.group() == null ? null : Normalizer.words(line.group());
        if (group != null && !group.isEmpty() && words.startsWith(group)) {
            words = words.substring(group.length());
        }
        for (String variant : line.labels()) {
            String v = Normalizer.words(variant);
            int common = RowLabels.commonSubsequence(words, v);
            boolean enough = common >= MIN_COMMON && common >= Math.min(MIN_SHARE * v.length(), ENOUGH_OF_LONG_LABEL);
            if (enough && words.length() <= MAX_LENGTH_RATIO * v.length()) {
                return true;
            }
        }
        return false;
    }
}
