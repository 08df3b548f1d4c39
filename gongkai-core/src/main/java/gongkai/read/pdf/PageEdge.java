package gongkai.read.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A ruled table printed wider than its page (a Word or LibreOffice export with fixed column widths): the page's
 * right edge cuts it, and the columns past the edge are not in the file. The column the edge runs through shows
 * only part of its box — a value there may have lost digits past the edge — so it is dropped with its glyphs,
 * and the table is marked cut: extraction reads the columns that are whole and names the others.
 */
final class PageEdge {
    /** A table's right edge this close to the page's, or past it, is cut by it: no table is printed flush. */
    static final double TOUCH = 1.5;

    private PageEdge() {
    }

    /** Whether the page's right edge runs through the grid's last column. */
    static boolean cuts(RuledGrid grid, double frameWidth) {
        return grid.cols() > 1 && grid.xs()[grid.cols()] >= frameWidth - TOUCH;
    }

    /** Whether a glyph starts on the page: one past its right edge is not printed. */
    static boolean onPage(Glyph glyph, double frameWidth) {
        return glyph.x() < frameWidth;
    }

    /** The grid without its last column: spans over it alone dropped, spans reaching into it narrowed. */
    static RuledGrid withoutLastColumn(RuledGrid grid) {
        int last = grid.cols() - 1;
        List<Span> spans = new ArrayList<>();
        for (Span s : grid.spans()) {
            if (s.col() < last) {
                spans.add(s.lastCol() < last ? s : new Span(s.row(), s.col(), s.rowSpan(), s.colSpan() - 1));
            }
        }
        return new RuledGrid(Arrays.copyOf(grid.xs(), last + 1), grid.ys(), spans);
    }
}
