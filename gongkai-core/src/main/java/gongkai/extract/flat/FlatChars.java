package gongkai.extract.flat;

/** Character classes of flattened table text: digits (ASCII or full-width), spaces, and what a value may hold. */
final class FlatChars {
    /** The unit a money cell may carry; its value is then in 元 and converted to 万元. */
    static final char YUAN = '元';

    /** Count words a cell may print after its number ({@code 2笔}, {@code 3个}): part of the cell, not a boundary. */
    static final String COUNT_UNITS = "笔个件条项次";

    private FlatChars() {
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }

    /** Whitespace of any kind, including no-break and ideographic spaces, which HTML dumps leave in cells. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000' || c == '\u2002' || c == '\u2003';
    }

    static boolean isSign(char c) {
        return c == '+' || c == '-' || c == '＋' || c == '－' || c == '\u2212';
    }

    static boolean isPoint(char c) {
        return c == '.' || c == '．';
    }

    /** A thousands separator, which a cell may print ({@code 1,234}); only the ASCII comma, never {@code ，}. */
    static boolean isGrouping(char c) {
        return c == ',';
    }

    /** A slash printed for "not applicable"; in glued text each one is a cell of its own. */
    static boolean isNotApplicable(char c) {
        return c == '/' || c == '／';
    }

    /** True for the characters a run of glued values is made of (spaces separate values). */
    static boolean isValue(char c) {
        return isDigit(c) || isSign(c) || isPoint(c) || isGrouping(c) || c == YUAN || isSpace(c) || isNotApplicable(c);
    }

    static boolean isCountUnit(char c) {
        return COUNT_UNITS.indexOf(c) >= 0;
    }

    /** ASCII form of one value character (full-width digits, signs and point map one to one). */
    static char ascii(char c) {
        if (c >= '０' && c <= '９') {
            return (char) ('0' + (c - '０'));
        }
        if (c == '＋') {
            return '+';
        }
        if (c == '－' || c == '\u2212') {
            return '-';
        }
        return c == '．' ? '.' : c;
    }

    /** ASCII form of a run of value characters, same length as the input. */
    static String ascii(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            out.append(ascii(s.charAt(i)));
        }
        return out.toString();
    }
}
