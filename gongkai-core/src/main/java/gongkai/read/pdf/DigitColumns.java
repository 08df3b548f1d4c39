package gongkai.read.pdf;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds digits the Chinese pass misread as a character (a lone 4 read as 外): a cell read as one or two Chinese
 * characters in a column whose other cells read as numbers, or right of numbers in a row of them (table 4's one row
 * of values). Such a cell also goes to the digit passes, and is taken as a number (flagged: the readings differ)
 * only when the digit readings give one number; otherwise it is left empty with a note (a character in a column of
 * numbers is a misreading, and as text it would cost the whole row).
 */
final class DigitColumns {
    /** Cells of one column share their left and right edges within this many pixels. */
    private static final int SAME_COLUMN_PIXELS = 4;
    /** A column of numbers has at least this many cells read as numbers. */
    private static final int MIN_NUMBERS = 3;
    /**
     * One or two Chinese characters, perhaps among digits and signs (+和4): a label in a column of numbers is longer,
     * or a header above them.
     */
    private static final Pattern SHORT_MISREADING =
            Pattern.compile("[\\d+.\\-]*\\p{IsHan}[\\d+.\\-]*(\\p{IsHan}[\\d+.\\-]*)?");
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private DigitColumns() {
    }

    /** The inked cells (indexes into {@code cells}) that may be misread digits; {@code full} is per inked cell. */
    static List<Integer> suspects(List<Rectangle> cells, List<Integer> inked, List<List<OcrWord>> full,
                                  List<Integer> numeric) {
        List<Integer> suspects = new ArrayList<>();
        for (int k = 0; k < inked.size(); k++) {
            int cell = inked.get(k);
            String text = OcrCells.compact(OcrCells.text(full.get(k)));
            if (numeric.contains(cell) || !SHORT_MISREADING.matcher(text).matches()) {
                continue;
            }
            Rectangle r = cells.get(cell);
            long numbersBelowOrAbove = numeric.stream().map(cells::get).filter(o -> sameColumn(o, r)).count();
            if (numbersBelowOrAbove >= MIN_NUMBERS && numbersAbove(cells, numeric, r)
                    || inRowOfNumbers(cells, numeric, r)) {
                suspects.add(cell);
            }
        }
        return suspects;
    }

    /** Whether some number of the column lies above the cell (a header cell has only numbers below it). */
    private static boolean numbersAbove(List<Rectangle> cells, List<Integer> numeric, Rectangle r) {
        return numeric.stream().map(cells::get).anyMatch(o -> sameColumn(o, r) && o.y < r.y);
    }

    /**
     * Whether the cell sits in a row of numbers right of one of them (a table of one row of values, as table 4; a
     * row's label is left of its numbers).
     */
    private static boolean inRowOfNumbers(List<Rectangle> cells, List<Integer> numeric, Rectangle r) {
        List<Rectangle> row = numeric.stream().map(cells::get).filter(o -> sameRow(o, r)).toList();
        return row.size() >= MIN_NUMBERS && row.stream().anyMatch(o -> o.x < r.x);
    }

    private static boolean sameRow(Rectangle a, Rectangle b) {
        return Math.abs(a.y - b.y) <= SAME_COLUMN_PIXELS
                && Math.abs(a.y + a.height - b.y - b.height) <= SAME_COLUMN_PIXELS;
    }

    private static boolean sameColumn(Rectangle a, Rectangle b) {
        return Math.abs(a.x - b.x) <= SAME_COLUMN_PIXELS
                && Math.abs(a.x + a.width - b.x - b.width) <= SAME_COLUMN_PIXELS;
    }

    /** A suspect cell the digit passes could not read: empty, doubtful, saying what the Chinese pass saw. */
    static OcrCells.CellText unread(String chinese) {
        return new OcrCells.CellText("", List.of(), new gongkai.model.Recognition(0,
                "OCR: unreadable in a column of numbers, full pass read '" + chinese + "'"));
    }

    /**
     * A suspect cell read as a number by the digit passes: doubtful whatever they say, since the Chinese pass saw a
     * character where the digit passes saw a number (noise read as 二 over a 1 made both digit passes read 4). The
     * note names no digit-pass reading as such, so a sum rule through the cell is never decided by its value.
     */
    static OcrCells.CellText misread(OcrCells.CellText read, String chinese, String digits, String check) {
        double confidence = Math.min(read.recognition().confidence(), gongkai.model.Cell.CONFIDENT_OCR - 0.01);
        return new OcrCells.CellText(read.text(), read.words(), new gongkai.model.Recognition(confidence,
                "OCR: a character in a column of numbers, full pass read '" + chinese + "'; the digit passes gave '"
                        + digits + "' and '" + check + "'"));
    }

    /**
     * Whether the digit-model readings give one number: both the same, or one a number and the other nothing (a lone
     * digit is often lost by one of them).
     */
    static boolean agree(List<OcrWord> digits, List<OcrWord> check) {
        String a = OcrCells.compact(OcrCells.text(digits));
        String b = OcrCells.compact(OcrCells.text(check));
        return NUMBER.matcher(a).matches() && (a.equals(b) || b.isEmpty())
                || a.isEmpty() && NUMBER.matcher(b).matches();
    }
}
