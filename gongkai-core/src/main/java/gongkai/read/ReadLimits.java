package gongkai.read;

import gongkai.model.ErrorCode;
import java.nio.file.Path;

/**
 * The size caps every reader keeps, in one place: past a cap a file fails alone as {@code TOO_LARGE} (the
 * cap in the message) instead of costing minutes or the heap. The defaults are far above real reports
 * (text reports are tens of kilobytes, a table 3 has ~400 cells) and far below what hurts.
 *
 * @param maxTextBytes     bytes of a text file
 * @param maxHtmlBytes     bytes of a web page
 * @param maxDocxXmlBytes  uncompressed bytes of a DOCX's {@code word/document.xml}
 * @param maxParagraphs    paragraphs of a Word document (DOCX or DOC)
 * @param maxSpan          columns or rows one table cell may span (HTML's own cap is 1000)
 * @param maxGridCells     slots of one table grid (rows × columns), and slots its spans may cover in total
 */
public record ReadLimits(long maxTextBytes, long maxHtmlBytes, long maxDocxXmlBytes, int maxParagraphs, int maxSpan,
                         long maxGridCells) {
    public static final ReadLimits DEFAULT = new ReadLimits(16L << 20, 64L << 20, 64L << 20, 100_000, 1_000, 250_000);

    public ReadLimits {
        if (maxTextBytes <= 0 || maxHtmlBytes <= 0 || maxDocxXmlBytes <= 0 || maxParagraphs <= 0 || maxSpan <= 0
                || maxGridCells <= 0) {
            throw new IllegalArgumentException("read limits must be positive: " + maxTextBytes + ", " + maxHtmlBytes
                    + ", " + maxDocxXmlBytes + ", " + maxParagraphs + ", " + maxSpan + ", " + maxGridCells);
        }
    }

    /** Thrown from deep inside a reader when an input passes a cap; {@link Readers} makes it a TOO_LARGE failure. */
    public static final class Exceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Exceeded(String what, long size, long cap) {
            super(what + ": " + size + " is over the cap of " + cap, null, false, false);
        }

        /** The failure of {@code file} this stands for. */
        public ReadException of(Path file) {
            return new ReadException(file, ErrorCode.TOO_LARGE, getMessage(), this);
        }
    }

    /** A file's size against a byte cap. */
    public void checkBytes(String what, long size, long cap) {
        if (size > cap) {
            throw new Exceeded(what + " bytes", size, cap);
        }
    }

    public void checkParagraphs(long paragraphs) {
        if (paragraphs > maxParagraphs) {
            throw new Exceeded("paragraphs", paragraphs, maxParagraphs);
        }
    }

    public void checkSpan(long span) {
        if (span > maxSpan) {
            throw new Exceeded("a table cell's span", span, maxSpan);
        }
    }

    /** A grid's size; {@code slots} may be rows × columns or the slots its cells' spans cover. */
    public void checkGrid(long slots) {
        if (slots > maxGridCells) {
            throw new Exceeded("table grid slots", slots, maxGridCells);
        }
    }
}
