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
    private final List<Pattern> anyNumeral = new ArrayList<>();

    SectionFinder(List<SectionSpec> sections) {
        this.sections = sections;
        for (SectionSpec spec : sections) {
            patterns.add(headingPattern(spec, Pattern.quote(spec.numeral())));
            anyNumeral.add(headingPattern(spec, "[一二三四五六七八九十]"));
        }
    }

    private static Pattern headingPattern(SectionSpec spec, String numeral) {
        List<String> alternatives = new ArrayList<>();
        for (String title : spec.titles()) {
            alternatives.add(spaced(Normalizer.labelKey(title)));
        }
        alternatives.sort((a, b) -> b.length() - a.length());
        return Pattern.compile("(?<![一二三四五六七八九十（(第])" + numeral + "\\s*[、.．]\\s*(?:"
                + String.join("|", alternatives) + ")");
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
            Matcher m = patterns.get(i).matcher(text);
            boolean misnumbered = false;
            if (!m.find(from)) {
                m = anyNumeral.get(i).matcher(text);
                if (!m.find(from)) {
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
}
