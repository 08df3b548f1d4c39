package gongkai.read;

import java.util.regex.Pattern;

/** What a cell's printed text looks like, as far as joining table pieces needs to know. */
final class CellTexts {
    private static final Pattern NUMERIC = Pattern.compile(
            "[+\\-－]?[0-9０-９][0-9０-９,，.．]*\\s*(元|万元|件|个|%)?|[/／\\-－—–]");
    /** Enumeration markers that start a new label: （一）, 一、, 1. 1、, 第二十条. */
    private static final Pattern MARKER = Pattern.compile(
            "([（(]\\s*[一二三四五六七八九十0-9]+\\s*[）)]|[一二三四五六七八九十]+\\s*[、.．]|[0-9]+\\s*[、.．]"
                    + "|第[一二三四五六七八九十百0-9]+条).*", Pattern.DOTALL);

    private CellTexts() {
    }

    static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    static boolean isNumeric(String text) {
        return NUMERIC.matcher(squeeze(text)).matches();
    }

    static boolean startsWithMarker(String text) {
        return MARKER.matcher(squeeze(text)).matches();
    }
}
