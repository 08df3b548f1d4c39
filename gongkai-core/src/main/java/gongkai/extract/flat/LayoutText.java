package gongkai.extract.flat;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells {@code pdftotext -layout} text (and any text that keeps a page's columns with spaces) by its content:
 * rows whose numbers stand apart by runs of spaces, and lines indented or spread out by long runs of spaces
 * (centred headings, labels far from their values). pypdf, pdfminer and plain pdftotext text separate values
 * by one space or a line break; Markdown and tab-separated text have their own separators.
 */
public final class LayoutText {
    /** Two numbers on a line apart by two spaces or more. */
    private static final Pattern NUMBERS_APART = Pattern.compile("\\d[ \\u3000]{2,}[-+/]?\\d");
    /** A run of three spaces or more after a character of the line. */
    private static final Pattern SPREAD = Pattern.compile("\\S[ \\u3000]{3,}\\S|^[ \\u3000\\f]{4,}\\S");
    /** Rows of numbers apart that make a layout (a table's rows; a stray pair does not). */
    static final int MIN_ROWS = 3;
    /** Share of the text's lines spread out by long runs of spaces, in percent. */
    static final int MIN_SPREAD_PERCENT = 15;

    private LayoutText() {
    }

    /** Whether lines of text (each as printed) keep their page's columns with spaces. */
    public static boolean isLayout(List<String> lines) {
        int nonBlank = 0;
        int rows = 0;
        int spread = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            nonBlank++;
            if (NUMBERS_APART.matcher(line).find()) {
                rows++;
            }
            if (SPREAD.matcher(line).find()) {
                spread++;
            }
        }
        return rows >= MIN_ROWS && spread * 100 >= MIN_SPREAD_PERCENT * nonBlank;
    }
}
