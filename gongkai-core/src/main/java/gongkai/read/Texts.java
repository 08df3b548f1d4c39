package gongkai.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Whitespace handling shared by the readers: text as a browser or word processor would print it. */
public final class Texts {
    /** Source whitespace that prints as one space; the no-break space counts too, so "&nbsp;" cells come out empty. */
    private static final Pattern SPACE_RUN = Pattern.compile("[ \\t\\r\\f\\x0B\\u00A0]+");
    private static final Pattern SOURCE_SPACE_RUN = Pattern.compile("[ \\t\\r\\n\\f\\x0B]+");

    private Texts() {
    }

    /** HTML source text as rendered: runs of whitespace, line ends included, become one space. */
    public static String collapse(String sourceText) {
        return SOURCE_SPACE_RUN.matcher(sourceText).replaceAll(" ");
    }

    /**
     * Printed lines: each line's runs of spaces (no-break spaces included) become one space, lines are
     * trimmed of such spaces, blank lines dropped; ideographic spaces (U+3000) are printed text and stay.
     */
    public static String clean(CharSequence text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.toString().split("\n", -1)) {
            String trimmed = trimSpaces(SPACE_RUN.matcher(line).replaceAll(" "));
            // A line of ideographic spaces only is a blank line, not text.
            if (!trimmed.isEmpty() && !trimmed.chars().allMatch(ch -> ch == '\u3000' || ch == ' ')) {
                lines.add(trimmed);
            }
        }
        return String.join("\n", lines);
    }

    /** Trims plain spaces only, keeping leading ideographic spaces that indent a printed paragraph. */
    private static String trimSpaces(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == ' ') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == ' ') {
            end--;
        }
        return s.substring(start, end);
    }
}
