package gongkai.extract.flat;

/**
 * How many columns a character takes in monospaced text: two for East Asian Wide and Fullwidth characters
 * (Unicode's EastAsianWidth W and F: CJK ideographs, kana, Hangul, full-width forms and punctuation), none for
 * a form feed, one otherwise. A compact range table: the JDK has no East Asian width and the ranges that
 * report text uses are few.
 */
final class DisplayWidth {
    /** Start and end (inclusive) of the wide ranges, ascending. */
    private static final int[][] WIDE = {
            {0x1100, 0x115F}, {0x231A, 0x231B}, {0x2329, 0x232A}, {0x2E80, 0x303E}, {0x3041, 0x33FF},
            {0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xA000, 0xA4CF}, {0xA960, 0xA97F}, {0xAC00, 0xD7A3},
            {0xF900, 0xFAFF}, {0xFE10, 0xFE19}, {0xFE30, 0xFE6F}, {0xFF00, 0xFF60}, {0xFFE0, 0xFFE6},
            {0x1F300, 0x1F64F}, {0x1F900, 0x1F9FF}, {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD}};

    private DisplayWidth() {
    }

    static int of(int codePoint) {
        if (codePoint == '\f') {
            return 0;
        }
        if (codePoint < WIDE[0][0]) {
            return 1;
        }
        for (int[] range : WIDE) {
            if (codePoint < range[0]) {
                return 1;
            }
            if (codePoint <= range[1]) {
                return 2;
            }
        }
        return 1;
    }

    /** The width of {@code text} from {@code start} (inclusive) to {@code end} (exclusive). */
    static int of(CharSequence text, int start, int end) {
        int width = 0;
        for (int i = start; i < end; ) {
            int cp = Character.codePointAt(text, i);
            width += of(cp);
            i += Character.charCount(cp);
        }
        return width;
    }
}
