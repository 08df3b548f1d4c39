package gongkai.extract;

import gongkai.extract.flat.LayoutText;
import gongkai.model.Block;
import gongkai.model.Document;
import gongkai.model.GridCell;
import gongkai.model.Paragraph;
import gongkai.model.Recognition;
import gongkai.model.SourceFormat;
import gongkai.model.TableGrid;
import gongkai.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The normalised text of a whole document, one line per paragraph and per table row (cells joined by
 * tabs), with the offset at which each block starts, so that a position in the text names its block.
 */
final class DocumentText {
    private final String text;
    private final List<Block> blocks;
    private final int[] starts;
    private final boolean layout;
    private final boolean readByOcr;

    DocumentText(Document document) {
        this.blocks = document.blocks();
        this.starts = new int[blocks.size() + 1];
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < blocks.size(); i++) {
            starts[i] = out.length();
            appendBlock(out, blocks.get(i));
        }
        starts[blocks.size()] = out.length();
        this.text = out.toString();
        this.readByOcr = Recognition.anyPageRead(document.findings());
        this.layout = document.format() == SourceFormat.TXT && LayoutText.isLayout(blocks.stream()
                .filter(b -> b instanceof Paragraph).map(b -> ((Paragraph) b).text()).toList());
    }

    /** Whether some page was read by OCR: the document's labels (and tables built from its text) are our reading. */
    boolean readByOcr() {
        return readByOcr;
    }

    private static void appendBlock(StringBuilder out, Block block) {
        if (block instanceof Paragraph p) {
            out.append(Normalizer.normalize(p.text())).append('\n');
        } else if (block instanceof TableGrid grid) {
            for (List<GridCell> row : grid.rows()) {
                List<String> cells = new ArrayList<>();
                for (GridCell cell : row) {
                    cells.add(Normalizer.normalize(cell.text()).replace('\n', ' ').replace('\t', ' '));
                }
                out.append(String.join("\t", cells)).append('\n');
            }
        }
    }

    /**
     * The lines of a region as printed, spaces kept, when the document is a text file of {@code pdftotext -layout}
     * text ({@link LayoutText}) and the region is all lines of text; null otherwise (a PDF's or a web page's
     * lines are not laid out with spaces).
     */
    String layoutLines(Region region) {
        if (!layout || blocks.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (int i = region.firstBlock(this); i <= region.lastBlock(this); i++) {
            if (!(blocks.get(i) instanceof Paragraph p)) {
                return null;
            }
            out.append(p.text()).append('\n');
        }
        return out.toString();
    }

    String text() {
        return text;
    }

    List<Block> blocks() {
        return blocks;
    }

    /** The index of the block that holds text offset {@code offset} (a binary search over the block starts). */
    int blockAt(int offset) {
        int low = 0;
        int high = blocks.size() - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (offset < starts[mid + 1]) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return high;
    }

    /**
     * The running text between two offsets without the tables' rows: what a section says in words
     * (narrative checks must not read a table row as a sentence).
     */
    String narrative(int start, int end) {
        StringBuilder out = new StringBuilder();
        for (int i = blockAt(start); i < blocks.size() && starts[i] < end; i++) {
            if (blocks.get(i) instanceof Paragraph) {
                out.append(text, Math.max(start, starts[i]), Math.min(end, starts[i + 1]));
            }
        }
        return out.toString();
    }

    int startOf(int blockIndex) {
        return starts[blockIndex];
    }
}
