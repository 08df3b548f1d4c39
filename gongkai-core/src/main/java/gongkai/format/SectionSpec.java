package gongkai.format;

import java.util.List;

/**
 * One statutory part: key s1…s6, its numeral (一…六), the template's titles printed after it, the wording
 * variants reports print instead (found, and reported as {@code format.heading_variant}), and its key words:
 * every entry ({@code 改进|整改}: any of these) must be in a heading taken by meaning.
 */
public record SectionSpec(String key, String numeral, List<String> titles, List<String> variants,
        List<String> keywords) {
    public SectionSpec {
        titles = List.copyOf(titles);
        variants = variants == null ? List.of() : List.copyOf(variants);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }
}
