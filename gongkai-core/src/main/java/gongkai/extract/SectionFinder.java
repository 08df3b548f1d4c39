package gongkai.extract;

import gongkai.format.SectionSpec;
import gongkai.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the six statutory headings (一、总体情况 … 六、其他需要报告的事项) in the normalised document text, in
 * order. A heading is its numeral and 、 followed by one of its title variants; spaces inside are allowed,
 * and so is a heading in the middle of a line (flattened text).
 */
final class SectionFinder {
    private final List<SectionSpec> sections;
    private final List<Pattern> patterns = new ArrayList<>();
    private final List<Pattern> otherNumbering = new ArrayList<>();
    private final List<Pattern> anyNumeral = new ArrayList<>();
    private final List<HeadingVariants> variants = new ArrayList<>();

    SectionFinder(List<SectionSpec> sections) {
        this.sections = sections;
        for (SectionSpec spec : sections) {
            String numeral = Pattern.quote(spec.numeral());
            patterns.add(headingPattern(spec, templateNumbering(numeral)));
            otherNumbering.add(headingPattern(spec, otherNumbering(numeral)));
            anyNumeral.add(Pattern.compile(templateNumbering("[一二三四五六七八九十]") + "\\s*"
                    + alternatives(java.util.stream.Stream.concat(spec.titles().stream(), spec.variants().stream()).toList()),
                    Pattern.UNICODE_CHARACTER_CLASS));
            variants.add(new HeadingVariants(spec, templateNumbering(numeral)));
        }
    }

    private static Pattern headingPattern(SectionSpec spec, String numbering) {
        // UNICODE_CHARACTER_CLASS: \s also takes the ideographic space that pads Chinese headings.
        return Pattern.compile(numbering + "\\s*" + alternatives(spec.titles()), Pattern.UNICODE_CHARACTER_CLASS);
    }

    /** Titles as one group of alternatives, longest first, each allowing spaces and either bracket form. */
    static String alternatives(List<String> titles) {
        List<String> alternatives = new ArrayList<>();
        for (String title : titles) {
            alternatives.add(spaced(Normalizer.labelKey(title)));
        }
        alternatives.sort((a, b) -> b.length() - a.length());
        return "(?:" + String.join("|", alternatives) + ")";
    }

    /** The template's numbering 一、; it must not be the tail of （一）、 or of 第一 (an ordinal in a sentence). */
    private static String templateNumbering(String numeral) {
        return "(?<![一二三四五六七八九十（(第])" + numeral + "\\s*[、.．]";
    }

    /**
     * Numberings of a house style some reports print the parts in: （一）总体情况, 第一部分 总体情况. Only a
     * fallback: in template-numbered reports （二） is a sub-item of part 一 and may repeat a part's title.
     */
    private static String otherNumbering(String numeral) {
        return "(?:[（(]\\s*" + numeral + "\\s*[）)]|第\\s*" + numeral + "\\s*部分\\s*[:：]?)";
    }

    /** A title as a pattern that allows whitespace between any two characters and either bracket form. */
    private static String spaced(String key) {
        StringBuilder out = new StringBuilder();
        key.codePoints().forEach(cp -> {
            if (!out.isEmpty()) {
                out.append("\\s*");
            }
            String ch = new String(Character.toChars(cp));
            out.append(switch (ch) {
                case "（" -> "[（(]";
                case "）" -> "[）)]";
                default -> Pattern.quote(ch);
            });
        });
        return out.toString();
    }

    /**
     * The headings found, in document order; a section whose heading is not found is absent. A heading
     * printed with another numeral (五、其他需要报告的事项) is found too, marked misnumbered.
     */
    List<SectionHit> find(String text) {
        List<SectionHit> hits = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < sections.size(); i++) {
            SectionHit hit = hit(text, from, i);
            if (hit != null) {
                hits.add(hit);
                from = hit.headingEnd();
            }
        }
        return hits;
    }

    /** Part i's heading at or after from: the template's, a variant by meaning, or one with another numeral. */
    private SectionHit hit(String text, int from, int i) {
        String key = sections.get(i).key();
        Matcher m = firstMatch(text, from, patterns.get(i), otherNumbering.get(i));
        if (m != null) {
            return new SectionHit(key, m.group().replaceAll("\\s+", ""), m.start(), m.end(), false);
        }
        HeadingVariants.Match variant = variants.get(i).find(text, from).orElse(null);
        if (variant != null) {
            return new SectionHit(key, variant.heading(), variant.start(), variant.end(), false, variant.kind());
        }
        m = firstMatch(text, from, anyNumeral.get(i));
        return m == null ? null : new SectionHit(key, m.group().replaceAll("\\s+", ""), m.start(), m.end(), true);
    }

    /** The match of the first pattern that matches at or after from, or null. */
    private static Matcher firstMatch(String text, int from, Pattern... inOrder) {
        for (Pattern p : inOrder) {
            Matcher m = p.matcher(text);
            if (m.find(from)) {
                return m;
            }
        }
        return null;
    }
}
