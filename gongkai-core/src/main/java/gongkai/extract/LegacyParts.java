package gongkai.extract;

import gongkai.format.LegacyFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the parts of a pre-2019 report by its own numbered headings (一、概述 … 六、政府信息公开情况统计表):
 * numerals in sequence from 一 (or from the first part on a known topic), each heading keyed by the first topic whose words it holds (a part on no
 * known topic is kept as {@code part<N>}). The heading as printed runs from the numeral to the first
 * heading ending (情况, 措施, 统计表, …) after the topic word, as body text often follows without a break.
 */
final class LegacyParts {
    private static final Pattern NUMBERED = Pattern.compile(
            "(?<![（(一二三四五六七八九十第])([一二三四五六七八九十]{1,3})、[ \\t\\u3000]*");
    /** A heading's words stop at punctuation, a space, a digit or a bracket (the body or a sub-part begins). */
    private static final Pattern TITLE = Pattern.compile("[^，。；：:,;（(\\s\\d]{1,40}");
    private static final String NUMERALS = "一二三四五六七八九";

    private final LegacyFormat format;

    LegacyParts(LegacyFormat format) {
        this.format = format;
    }

    /** One part: its topic key, heading as printed, where the heading starts and where the part's text begins. */
    record Part(String key, String heading, int start, int textStart) {
    }

    List<Part> find(String text) {
        List<Part> parts = new ArrayList<>();
        Matcher m = NUMBERED.matcher(text);
        int expected = 1;
        while (m.find()) {
            int value = value(m.group(1));
            Matcher title = TITLE.matcher(text).region(m.end(), text.length());
            if (value != expected && !parts.isEmpty() || !title.lookingAt()) {
                continue;
            }
            String words = title.group();
            String key = topic(words);
            if (value != expected && key == null) {
                continue; // a report whose 一 is lost starts at its first part on a known topic
            }
            expected = value;
            int end = m.end() + headingLength(words, key);
            parts.add(new Part(key == null ? "part" + expected : key, text.substring(m.start(), end), m.start(), end));
            expected++;
        }
        return parts;
    }

    private String topic(String words) {
        for (LegacyFormat.Part part : format.parts()) {
            if (part.words().stream().anyMatch(words::contains)) {
                return part.key();
            }
        }
        return null;
    }

    /** Up to the first heading ending after the topic word (and over a 与/和/及 joining a second ending). */
    private int headingLength(String words, String key) {
        int from = 0;
        if (key != null) {
            LegacyFormat.Part part = format.parts().stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow();
            from = part.words().stream().mapToInt(words::indexOf).filter(i -> i >= 0).min().orElse(0);
        }
        int end = endAfter(words, from);
        while (end > 0 && end < words.length() && "与和及、".indexOf(words.charAt(end)) >= 0) {
            int next = endAfter(words, end);
            if (next < 0) {
                break;
            }
            end = next;
        }
        return end < 0 ? words.length() : end;
    }

    private int endAfter(String words, int from) {
        int best = -1;
        for (String ending : format.headingEnds()) {
            int at = words.indexOf(ending, from);
            if (at >= 0 && (best < 0 || at + ending.length() < best)) {
                best = at + ending.length();
            }
        }
        return best;
    }

    static int value(String numeral) {
        if (numeral.equals("十")) {
            return 10;
        }
        if (numeral.startsWith("十")) {
            return 10 + NUMERALS.indexOf(numeral.charAt(1)) + 1;
        }
        int tens = numeral.length() > 1 && numeral.charAt(1) == '十' ? NUMERALS.indexOf(numeral.charAt(0)) + 1 : 0;
        if (tens > 0) {
            return tens * 10 + (numeral.length() == 3 ? NUMERALS.indexOf(numeral.charAt(2)) + 1 : 0);
        }
        return numeral.length() == 1 ? NUMERALS.indexOf(numeral.charAt(0)) + 1 : -1;
    }
}
