package gongkai.extract.flat;

import java.util.ArrayList;
import java.util.List;

/**
 * Where layout text prints one run's values: the page (form feeds before it) and, for each value, its
 * extent on its line in two measures — characters (what poppler's {@code pdftotext -layout} writes: one
 * column per character, CJK included) and display columns (CJK two wide, as a terminal or an editor
 * aligns text). Which measure lines the table up is told per table from its rows ({@link LayoutColumns}).
 */
record LayoutRow(FlatRun run, int page, List<Extent> chars, List<Extent> widths) {
    /** A value's columns on its line, start inclusive, end exclusive. */
    record Extent(int start, int end) {
        boolean overlaps(int from, int to) {
            return start < to && from < end;
        }
    }

    /** The two measures of a column position. */
    enum Measure { CHARS, WIDTH }

    LayoutRow {
        chars = List.copyOf(chars);
        widths = List.copyOf(widths);
    }

    List<Extent> extents(Measure measure) {
        return measure == Measure.CHARS ? chars : widths;
    }

    int values() {
        return chars.size();
    }

    /**
     * The run's values where {@code text} prints them, or null when the run was not found in it, its values
     * are not all on one line, or the text's words are not its values (a count word glued to the next value).
     */
    static LayoutRow of(FlatRun run, String text) {
        List<String> values = FlatSplitter.withUnitsAttached(run.pieces());
        if (run.at() < 0 || values.isEmpty()) {
            return null;
        }
        int lineStart = text.lastIndexOf('\n', run.at()) + 1;
        List<Extent> chars = new ArrayList<>();
        List<Extent> widths = new ArrayList<>();
        int i = run.at();
        for (String value : values) {
            while (i < text.length() && text.charAt(i) != '\n' && FlatChars.isSpace(text.charAt(i))) {
                i++;
            }
            int end = wordEnd(text, i);
            if (!sameValue(text.substring(i, end), value)) {
                return null;
            }
            chars.add(new Extent(columns(text, lineStart, i), columns(text, lineStart, end)));
            widths.add(new Extent(DisplayWidth.of(text, lineStart, i), DisplayWidth.of(text, lineStart, end)));
            i = end;
        }
        return new LayoutRow(run, page(text, run.at()), chars, widths);
    }

    /** The end of the word at {@code i}, a unit after a space ({@code 236000 元}) included. */
    private static int wordEnd(String text, int i) {
        int end = i;
        while (end < text.length() && !FlatChars.isSpace(text.charAt(end))) {
            end++;
        }
        int next = end;
        while (next < text.length() && text.charAt(next) != '\n' && FlatChars.isSpace(text.charAt(next))) {
            next++;
        }
        if (next < text.length() && text.charAt(next) == FlatChars.YUAN && end > i
                && (next + 1 == text.length() || FlatChars.isSpace(text.charAt(next + 1)))) {
            return next + 1;
        }
        return end;
    }

    private static boolean sameValue(String word, String value) {
        return word.replaceAll("[\\s\\u00A0\\u3000]+", "").equals(value);
    }

    /** Characters from the line's start, a form feed (the page break pdftotext writes) not counted. */
    private static int columns(String text, int lineStart, int offset) {
        int n = 0;
        for (int i = lineStart; i < offset; i++) {
            if (text.charAt(i) != '\f' && !Character.isLowSurrogate(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static int page(String text, int offset) {
        int page = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\f') {
                page++;
            }
        }
        return page;
    }
}
