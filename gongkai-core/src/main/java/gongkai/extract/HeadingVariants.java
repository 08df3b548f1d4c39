package gongkai.extract;

import gongkai.format.SectionSpec;
import gongkai.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Finds a part's heading by meaning when the template's wording is not printed: a wording variant of
 * formats.json after the part's numbering (四、政府信息公开行政复议与行政诉讼情况), a small typo of a title
 * (行政法复议), the part's key words right after its numbering (五、存在的主要问题及整改措施), or a title or
 * variant alone on its line with the numbering lost (## 总体情况).
 */
final class HeadingVariants {
    /** How the printed heading differs from the template. */
    enum Kind { WORDING, TYPO, UNNUMBERED }

    record Match(int start, int end, String heading, Kind kind) {
    }

    /** A heading's words end before a digit, a sentence's end, a line's end or the next part's numbering. */
    private static final Pattern WINDOW_END = Pattern.compile("[0-9０-９。；;\\n]|[一二三四五六七八九十][、.．]");
    private static final Pattern HEADING_TAIL = Pattern.compile("^[^\\s，。、；0-9]{0,4}?(情况|措施|事项|附表)");
    private static final int WINDOW_SLACK = 4;

    private final List<String> wordings = new ArrayList<>();
    private final List<String[]> keywords = new ArrayList<>();
    private final Pattern numbering;
    private final Pattern variants;
    private final Pattern unnumbered;
    private final int window;

    HeadingVariants(SectionSpec spec, String numbering) {
        spec.titles().forEach(t -> wordings.add(Normalizer.labelKey(t)));
        spec.variants().forEach(t -> wordings.add(Normalizer.labelKey(t)));
        spec.keywords().forEach(k -> keywords.add(k.split("\\|")));
        this.numbering = Pattern.compile(numbering + "\\s*");
        this.variants = spec.variants().isEmpty() ? null : Pattern.compile(numbering + "\\s*"
                + SectionFinder.alternatives(spec.variants()), Pattern.UNICODE_CHARACTER_CLASS);
        List<String> all = new ArrayList<>(spec.titles());
        all.addAll(spec.variants());
        this.unnumbered = Pattern.compile("(?m)^[#\\s　]*(" + SectionFinder.alternatives(all) + ")[\\s　]*$",
                Pattern.UNICODE_CHARACTER_CLASS);
        this.window = wordings.stream().mapToInt(String::length).max().orElse(0) + WINDOW_SLACK;
    }

    /** The first heading of this part at or after from that is not the template's wording, if any. */
    Optional<Match> find(String text, int from) {
        if (variants != null) {
            Matcher m = variants.matcher(text);
            if (m.find(from)) {
                return Optional.of(new Match(m.start(), m.end(), squeeze(m.group()), Kind.WORDING));
            }
        }
        Matcher m = numbering.matcher(text);
        while (m.find(from)) {
            Optional<Match> byMeaning = byMeaning(text, m.start(), m.end());
            if (byMeaning.isPresent()) {
                return byMeaning;
            }
            from = m.end();
        }
        Matcher lost = unnumbered.matcher(text);
        return lost.find(from) ? Optional.of(new Match(lost.start(1), lost.end(1), squeeze(lost.group(1)),
                Kind.UNNUMBERED)) : Optional.empty();
    }

    /** After a numbering: a title with a small typo, else all the part's key words within the heading's words. */
    private Optional<Match> byMeaning(String text, int start, int wordsStart) {
        String words = words(text, wordsStart);
        int typoLength = closestPrefix(words);
        if (typoLength > 0) {
            return Optional.of(match(text, start, wordsStart, typoLength, Kind.TYPO));
        }
        int end = keywordsEnd(words);
        if (end < 0) {
            return Optional.empty();
        }
        Matcher tail = HEADING_TAIL.matcher(words.substring(end));
        return Optional.of(match(text, start, wordsStart, end + (tail.find() ? tail.end() : 0), Kind.WORDING));
    }

    /**
     * The length of the prefix of words closest to a title or variant (the longest of the closest), when it is
     * within a typo or two of it (one for a short title); else 0.
     */
    private int closestPrefix(String words) {
        int best = 0;
        int bestDistance = Integer.MAX_VALUE;
        for (String wording : wordings) {
            int allowed = wording.length() >= 8 ? 2 : 1;
            int longest = Math.min(words.length(), wording.length() + allowed);
            for (int length = Math.max(1, wording.length() - allowed); length <= longest; length++) {
                int distance = LevenshteinDistance.getDefaultInstance().apply(wording, words.substring(0, length));
                if (distance <= allowed && distance <= bestDistance) {
                    best = distance < bestDistance || length > best ? length : best;
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    /** The end of the last key word in words when every key word (one of its alternatives) is there, else -1. */
    private int keywordsEnd(String words) {
        if (keywords.isEmpty()) {
            return -1;
        }
        int end = 0;
        for (String[] alternatives : keywords) {
            int found = -1;
            for (String alternative : alternatives) {
                int at = words.indexOf(alternative);
                if (at >= 0) {
                    found = Math.max(found, at + alternative.length());
                }
            }
            if (found < 0) {
                return -1;
            }
            end = Math.max(end, found);
        }
        return end;
    }

    /** The label key of the text after a numbering, up to where a heading's words must end. */
    private String words(String text, int from) {
        String raw = text.substring(from, Math.min(text.length(), from + window * 2));
        Matcher end = WINDOW_END.matcher(raw);
        String words = Normalizer.labelKey(end.find() ? raw.substring(0, end.start()) : raw);
        return words.length() > window ? words.substring(0, window) : words;
    }

    /** A match over the numbering and the first wordsLength characters of the label key after it. */
    private static Match match(String text, int start, int wordsStart, int wordsLength, Kind kind) {
        int end = wordsStart;
        int taken = 0;
        while (end < text.length() && taken < wordsLength) {
            if (!Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '　') {
                taken++;
            }
            end++;
        }
        return new Match(start, end, squeeze(text.substring(start, end)), kind);
    }

    private static String squeeze(String heading) {
        return heading.replaceAll("[\\s　]+", "");
    }
}
