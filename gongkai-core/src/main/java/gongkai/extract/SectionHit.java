package gongkai.extract;

/**
 * A statutory heading found in the document text: its section key, the heading as found, its span, whether
 * it carries another part's numeral, and how it differs from the template's wording (null: it does not).
 */
record SectionHit(String key, String heading, int start, int headingEnd, boolean misnumbered,
        HeadingVariants.Kind variant) {
    SectionHit(String key, String heading, int start, int headingEnd, boolean misnumbered) {
        this(key, heading, start, headingEnd, misnumbered, null);
    }
}
