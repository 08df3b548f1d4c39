package gongkai.model;

/** One piece of a read document, in reading order: a paragraph of text or a table grid. */
public sealed interface Block permits Paragraph, TableGrid {
    Location location();
}
