package gongkai.model;

import java.util.List;

/**
 * How sure optical character recognition is of a grid cell's text: the engine's confidence (0–1) and, for a
 * doubtful reading, a note saying why (the readings that disagree, a suggested digit).
 */
public record Recognition(double confidence, String note) {
    /** The rule of the finding a reader gives for each page it read by OCR (the document's text is then ours). */
    public static final String PAGE_RULE = "ocr.page";
    /** In the note of an OCR cell whose row was placed by order, not by its label: the cell's place is a doubt. */
    public static final String PLACED_BY_ORDER = "placed by order on row";

    /** Whether some page of the document these findings are of was read by OCR. */
    public static boolean anyPageRead(List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.rule().equals(PAGE_RULE));
    }

    /** Whether an OCR cell's note says its row was placed by order (no reading of its digits makes it a ground). */
    public static boolean placedByOrder(String note) {
        return note != null && note.contains(PLACED_BY_ORDER);
    }

    public Recognition {
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("OCR confidence outside 0–1: " + confidence);
        }
    }
}
