package gongkai.read.pdf;

/**
 * One printed character with its position on the page, in PDF points with the origin at the top-left:
 * {@code x} is its left edge, {@code baseline} the y of its baseline.
 */
record Glyph(String text, double x, double baseline, double width, double fontSize) {
    /** Share of the font size that lies above the baseline for CJK faces; used to centre glyphs vertically. */
    private static final double ASCENT_SHARE = 0.85;
    private static final double DESCENT_SHARE = 0.15;

    double x1() {
        return x + width;
    }

    double top() {
        return baseline - fontSize * ASCENT_SHARE;
    }

    double bottom() {
        return baseline + fontSize * DESCENT_SHARE;
    }

    double centerX() {
        return x + width / 2;
    }

    double centerY() {
        return (top() + bottom()) / 2;
    }

    boolean isBlank() {
        return text.isBlank();
    }
}
