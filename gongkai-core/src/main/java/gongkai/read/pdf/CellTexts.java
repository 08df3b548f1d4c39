package gongkai.read.pdf;

import gongkai.text.CellValues;
import java.util.regex.Pattern;

/** What a cell's printed text looks like, as far as joining table pieces needs to know. */
final class CellTexts {
    /** Enumeration markers that start a new label: （一）, 一、, 1. 1、, 第二十条. */
    private static final Pattern MARKER = Pattern.compile(
            "([（(]\\s*[一二三四五六七八九十0-9]+\\s*[）)]|[一二三四五六七八九十]+\\s*[、.．]|[0-9]+\\s*[、.．]"
                    + "|第[一二三四五六七八九十百0-9]+条).*", Pattern.DOTALL);

    private CellTexts() {
    }

    static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** A value rather than a label: a number or a not-applicable mark, as {@link CellValues} reads cells. */
    static boolean isNumeric(String text) {
        return CellValues.isValue(squeeze(text));
    }

    static boolean startsWithMarker(String text) {
        return MARKER.matcher(squeeze(text)).matches();
    }
}
