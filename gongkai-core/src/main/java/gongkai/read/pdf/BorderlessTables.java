package gongkai.read.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds tables drawn without rules: runs of text lines that break into several chunks at column-wide gaps, with
 * numbers among them. A short line of the table's font size between such lines (a wrapped label, a block title)
 * stays in the table. Columns come from the chunks of the lines that hold numbers; each line is one row. Simple
 * on purpose: no row spans, a wrapped label becomes a row of its own.
 */
final class BorderlessTables {
    /** A gap wider than this share of the font size separates two columns. */
    static final double COLUMN_GAP_SHARE = 0.8;
    /** Fewer multi-column lines than this are running text, not a table. */
    static final int MIN_ROWS = 3;
    /** At most this many single-chunk lines in a row may sit inside a table. */
    static final int MAX_INTERLUDE = 2;
    /** A single-chunk line belongs to the table only if its font size is within this share of the table's. */
    static final double FONT_SIZE_SHARE = 0.15;

    private BorderlessTables() {
    }

    /** The lines as page items, runs of table lines replaced by one table each. */
    static List<PageItem> extract(int page, List<TextLine> lines) {
        List<List<TextLine>> chunked = lines.stream().map(BorderlessTables::chunks).toList();
        List<PageItem> items = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int end = runEnd(lines, chunked, i);
            List<List<TextLine>> run = chunked.subList(i, end);
            long multi = run.stream().filter(c -> c.size() >= 2).count();
            if (multi >= MIN_ROWS && run.stream().anyMatch(BorderlessTables::hasNumber)) {
                items.add(BorderlessGrid.table(page, run));
                i = end;
            } else {
                items.add(new PageItem.Line(page, lines.get(i)));
                i++;
            }
        }
        return items;
    }

    /** End (exclusive) of the run of table lines starting at {@code start}; {@code start} itself if none. */
    private static int runEnd(List<TextLine> lines, List<List<TextLine>> chunked, int start) {
        if (chunked.get(start).size() < 2) {
            return start;
        }
        double size = lines.get(start).glyphs().get(0).fontSize();
        int end = start + 1;
        while (end < lines.size()) {
            if (chunked.get(end).size() >= 2) {
                end++;
                continue;
            }
            int next = end;
            while (next < lines.size() && next - end < MAX_INTERLUDE && chunked.get(next).size() < 2
                    && sameSize(lines.get(next), size)) {
                next++;
            }
            if (next == end || next >= lines.size() || chunked.get(next).size() < 2) {
                break;
            }
            end = next;
        }
        return end;
    }

    private static boolean sameSize(TextLine line, double size) {
        double own = line.glyphs().get(0).fontSize();
        return Math.abs(own - size) <= FONT_SIZE_SHARE * size;
    }

    static boolean hasNumber(List<TextLine> chunks) {
        return chunks.size() >= 2 && chunks.stream().anyMatch(c -> CellTexts.isNumeric(c.text()));
    }

    /** Splits a line where the gap between printed glyphs is column-wide. */
    static List<TextLine> chunks(TextLine line) {
        List<TextLine> chunks = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        Glyph previous = null;
        for (Glyph g : line.glyphs()) {
            if (g.isBlank()) {
                if (!current.isEmpty()) {
                    current.add(g); // a space inside a chunk; the gap is measured between printed glyphs
                }
                continue;
            }
            if (previous != null && g.x() - previous.x1() > COLUMN_GAP_SHARE * g.fontSize()) {
                chunks.add(new TextLine(current));
                current = new ArrayList<>();
            }
            current.add(g);
            previous = g;
        }
        if (!current.isEmpty()) {
            chunks.add(new TextLine(current));
        }
        return chunks;
    }
}
