package gongkai.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Printed page numbers: {@code - 4 -}, {@code — 4 —}, {@code 第 4 页}, {@code 第4页 共10页}; in a page's
 * margin also a bare {@code 4} or {@code 4/10}. The one definition for the PDF reader (which knows where a
 * line stands) and the flattened-text reader (which does not, so it takes marked forms only).
 */
public final class PageNumberLines {
    private static final String DASH = "[-‐–—－]";
    private static final String NUMBER = "[ \\t]*\\d{1,4}[ \\t]*";
    private static final String PAGE_OF = "第" + NUMBER + "页(?:[ \\t]*[,，/]?[ \\t]*共" + NUMBER + "页)?";
    /** A page number that says it is one: between dashes or as 第…页. */
    private static final String MARKED = DASH + NUMBER + DASH + "|" + PAGE_OF;
    private static final Pattern IN_MARGIN = Pattern.compile(
            "[-‐–—－ \\t]*\\d{1,4}[-‐–—－ \\t]*|" + PAGE_OF + "|\\d{1,4}[ \\t]*/[ \\t]*\\d{1,4}");
    private static final Pattern MARKED_LINE = Pattern.compile("(?m)^[ \\t\\u3000]*(?:" + MARKED + ")[ \\t\\u3000]*$");

    private PageNumberLines() {
    }

    /** True when a line printed in a page's top or bottom margin is its page number. */
    public static boolean isMarginPageNumber(String line) {
        return IN_MARGIN.matcher(line.strip()).matches();
    }

    /** The text with every line that is only a marked page number blanked (same length, so offsets hold). */
    public static String blankMarkedLines(String text) {
        Matcher m = MARKED_LINE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, " ".repeat(m.group().length()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
