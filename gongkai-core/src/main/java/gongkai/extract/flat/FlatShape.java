package gongkai.extract.flat;

/**
 * How a table's values are printed in flattened text. GLUED: the cells of a row run together
 * ({@code 数量2000002二、…}, a web page's text): a run of digits is split into cells, blanks are never lost.
 * SEPARATED: each printed value stands apart (pypdf, pdfminer, pdftotext): a value is one cell, never broken
 * unless the rules confirm it, and a blank cell may have vanished without a trace.
 */
enum FlatShape {
    GLUED, SEPARATED;

    /**
     * The shape of a table's text, told from its values: SEPARATED when most runs of digits stand between
     * spaces or line ends on both sides. Sub-item numbers ({@code 1.}, {@code 2、}) are left out of the count.
     */
    static FlatShape of(String text) {
        int apart = 0;
        int glued = 0;
        int i = 0;
        while (i < text.length()) {
            if (!FlatChars.isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && (FlatChars.isDigit(text.charAt(i)) || isInsideNumber(text, i))) {
                i++;
            }
            char after = i < text.length() ? text.charAt(i) : ' ';
            if (after == '.' || after == '、' || after == '．') {
                continue;
            }
            char before = start > 0 ? text.charAt(start - 1) : ' ';
            if (FlatChars.isSpace(before) && FlatChars.isSpace(after)) {
                apart++;
            } else {
                glued++;
            }
        }
        return apart > glued ? SEPARATED : GLUED;
    }

    /** A point or comma between digits (2.5, 1,234) is part of the number. */
    private static boolean isInsideNumber(String text, int i) {
        char c = text.charAt(i);
        return (FlatChars.isPoint(c) || FlatChars.isGrouping(c)) && i + 1 < text.length()
                && FlatChars.isDigit(text.charAt(i + 1)) && i > 0 && FlatChars.isDigit(text.charAt(i - 1));
    }
}
