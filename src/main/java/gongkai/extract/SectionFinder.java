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

    SectionFinder(List<SectionSpec> sections) {
        this.sections = sections;
        for (SectionSpec spec : sections) {
            String numeral = Pattern.quote(spec.numeral());
            patterns.add(headingPattern(spec, templateNumbering(numeral)));
            otherNumbering.add(headingPattern(spec, otherNumbering(numeral)));
            anyNumeral.add(headingPattern(spec, templateNumbering("[一二三四五六七八九十]")));
        }
    }

    private static Pattern headingPattern(SectionSpec spec, String numbering) {
        List<String> alternatives = new ArrayList<>();
        for (String title : spec.titles()) {
            alternatives.add(spaced(Normalizer.labelKey(title)));
        }
        alternatives.sort((a, b) -> b.length() - a.length());
        // UNICODE_CHARACTER_CLASS: \s also takes the ideographic space that pads Chinese headings.
        return Pattern.compile(numbering + "\\s*(?:" + String.join("|", alternatives) + ")",
                Pattern.UNICODE_CHARACTER_CLASS);
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
            Matcher m = firstMatch(text, from, patterns.get(i), otherNumbering.get(i));
            boolean misnumbered = false;
            if (m == null) {
                m = firstMatch(text, from, anyNumeral.get(i));
                if (m == null) {
                    continue;
                }
                misnumbered = true;
            }
            hits.add(new SectionHit(sections.get(i).key(), m.group().replaceAll("\\s+", ""), m.start(), m.end(),
                    misnumbered));
            from = m.end();
        }
        return hits;
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
