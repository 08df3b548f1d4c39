package gongkai.extract;

/**
 * A statutory heading found in the document text: its section key, the heading as found, its span, and
 * whether it carries another part's numeral.
 */
record SectionHit(String key, String heading, int start, int headingEnd, boolean misnumbered) {
}
