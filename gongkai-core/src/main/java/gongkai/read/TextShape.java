package gongkai.read;

import gongkai.model.Block;
import java.util.List;

/**
 * A shape of text the text reader recognises by content (Markdown, {@code pdftotext -layout} text) and the
 * reader of that shape, which may live in another wing (Markdown's HTML tables are read with the HTML
 * reader's tables). The text reader asks each in turn; plain tab-separated text is its own default.
 */
public interface TextShape {
    /** Whether the text's lines have this shape. */
    boolean accepts(String[] lines);

    /** The blocks of text of this shape, each with its 1-based line. */
    List<Block> blocks(String[] lines);
}
