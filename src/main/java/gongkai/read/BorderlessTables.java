package gongkai.read;

import gongkai.model.BoundingBox;
import gongkai.model.GridCell;
import gongkai.model.Location;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds tables drawn without rules: runs of text lines that break into several column chunks at wide gaps, with
 * numbers among them. Columns come from overlapping chunk x-ranges; each line is one row. Simple on purpose:
 * no spans, wrapped labels become rows of their own.
 */
final class BorderlessTables {
    /** A gap wider than this share of the font size separates two columns. */
    static final double COLUMN_GAP_SHARE = 1.5;
    /** Fewer consecutive row-like lines than this are running text, not a table. */
    static final int MIN_ROWS = 3;

    private BorderlessTables() {
    }

    /** The lines as page items, runs of row-like lines replaced by one table each. */
    static List<PageItem> extract(int page, List<TextLine> lines) {
        List<PageItem> items = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int end = i;
            while (end < lines.size() && isRow(chunks(lines.get(end)))) {
                end++;
            }
            if (end - i >= MIN_ROWS) {
                items.add(table(page, lines.subList(i, end)));
                i = end;
            } else {
                items.add(new PageItem.Line(page, lines.get(i)));
                i++;
            }
        }
        return items;
    }

    /** Splits a line where the gap between glyphs is column-wide. */
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

    private static boolean isRow(List<TextLine> chunks) {
        return chunks.size() >= 2 && chunks.stream().anyMatch(c -> CellTexts.isNumeric(c.text()));
    }

    private static TablePart table(int page, List<TextLine> rows) {
        List<double[]> columns = columns(rows);
        List<GridCell> cells = new ArrayList<>();
        BoundingBox bbox = null;
        for (int r = 0; r < rows.size(); r++) {
            for (TextLine chunk : chunks(rows.get(r))) {
                BoundingBox box = chunk.bbox();
                int col = column(columns, (box.x0() + box.x1()) / 2);
                cells.add(GridCell.single(r, col, chunk.text().strip(), Location.onPage(page, box)));
                bbox = box.union(bbox);
            }
        }
        return new TablePart(page, bbox, rows.size(), merged(cells), false);
    }

    /** Column x-ranges: the union of overlapping chunk ranges, left to right. */
    private static List<double[]> columns(List<TextLine> rows) {
        List<double[]> ranges = new ArrayList<>();
        for (TextLine row : rows) {
            for (TextLine chunk : chunks(row)) {
                ranges.add(new double[] {chunk.bbox().x0(), chunk.bbox().x1()});
            }
        }
        ranges.sort((a, b) -> Double.compare(a[0], b[0]));
        List<double[]> columns = new ArrayList<>();
        for (double[] range : ranges) {
            double[] last = columns.isEmpty() ? null : columns.get(columns.size() - 1);
            if (last != null && range[0] <= last[1]) {
                last[1] = Math.max(last[1], range[1]);
            } else {
                columns.add(range.clone());
            }
        }
        return columns;
    }

    private static int column(List<double[]> columns, double x) {
        for (int i = 0; i < columns.size(); i++) {
            if (x <= columns.get(i)[1]) {
                return i;
            }
        }
        return columns.size() - 1;
    }

    /** Two chunks of one row in one column (a gap inside a cell) become one cell. */
    private static List<GridCell> merged(List<GridCell> cells) {
        List<GridCell> out = new ArrayList<>();
        for (GridCell c : cells) {
            GridCell last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.row() == c.row() && last.col() == c.col()) {
                out.set(out.size() - 1, GridCell.single(c.row(), c.col(), last.text() + " " + c.text(),
                        Location.onPage(c.location().page(), c.location().bbox().union(last.location().bbox()))));
            } else {
                out.add(c);
            }
        }
        return out;
    }
}
