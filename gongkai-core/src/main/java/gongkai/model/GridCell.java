package gongkai.model;

import java.util.Objects;

/**
 * One cell of a table grid as the source draws it: its top-left slot, how many rows and columns it
 * spans, its printed text (not normalised; lines joined with '\n') and where it is; {@code recognition} is set
 * when the text was read by OCR from a scanned page.
 */
public record GridCell(int row, int col, int rowSpan, int colSpan, String text, Location location,
                       Recognition recognition) {
    public GridCell {
        if (row < 0 || col < 0 || rowSpan < 1 || colSpan < 1) {
            throw new IllegalArgumentException("bad grid cell slot r" + row + " c" + col + " span " + rowSpan + "x" + colSpan);
        }
        Objects.requireNonNull(text, "text");
        location = location == null ? Location.UNKNOWN : location;
    }

    /** A cell of a document's own text (no OCR). */
    public GridCell(int row, int col, int rowSpan, int colSpan, String text, Location location) {
        this(row, col, rowSpan, colSpan, text, location, null);
    }

    public GridCell withRecognition(Recognition newRecognition) {
        return new GridCell(row, col, rowSpan, colSpan, text, location, newRecognition);
    }

    public static GridCell single(int row, int col, String text, Location location) {
        return new GridCell(row, col, 1, 1, text, location);
    }
}
