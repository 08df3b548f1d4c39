package gongkai.read.pdf;

import gongkai.read.ReadLimits;
import gongkai.model.GridCell;
import gongkai.model.Location;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lays out one page: ruled tables rebuilt from the page's rules, their glyphs assigned to cells, the remaining
 * glyphs grouped into text lines (page numbers dropped, borderless tables picked out), all top to bottom.
 */
final class PageLayout {
    private PageLayout() {
    }

    static List<PageItem> layout(PageScan page, ReadLimits limits) {
        List<RuledGrid> grids = new ArrayList<>();
        for (List<Ruling> frame : RulingGroups.of(page.rulings())) {
            RuledGrid grid = GridBuilder.build(frame, limits);
            if (grid.spans().size() >= 2) {
                grids.add(grid); // a lone box around text is a frame, not a table
            }
        }
        List<List<List<Glyph>>> byCell = new ArrayList<>();
        for (RuledGrid grid : grids) {
            List<List<Glyph>> cells = new ArrayList<>();
            grid.spans().forEach(s -> cells.add(new ArrayList<>()));
            byCell.add(cells);
        }
        List<Glyph> outside = new ArrayList<>();
        for (Glyph g : page.glyphs()) {
            if (!place(g, grids, byCell)) {
                outside.add(g);
            }
        }
        List<PageItem> items = new ArrayList<>();
        for (int i = 0; i < grids.size(); i++) {
            items.add(part(page.number(), grids.get(i), byCell.get(i)));
        }
        List<TextLine> lines = new ArrayList<>();
        for (TextLine line : TextLine.of(outside)) {
            if (!line.isBlank() && !PageNumbers.isPageNumber(line, page.height())) {
                lines.add(line);
            }
        }
        items.addAll(BorderlessTables.extract(page.number(), lines));
        items.sort(Comparator.comparingDouble(PageItem::top));
        return items;
    }

    private static boolean place(Glyph g, List<RuledGrid> grids, List<List<List<Glyph>>> byCell) {
        for (int i = 0; i < grids.size(); i++) {
            RuledGrid grid = grids.get(i);
            if (grid.contains(g.centerX(), g.centerY(), 0)) {
                byCell.get(i).get(grid.spanAt(g.centerX(), g.centerY())).add(g);
                return true;
            }
        }
        return false;
    }

    private static TablePart part(int page, RuledGrid grid, List<List<Glyph>> glyphsByCell) {
        List<GridCell> cells = new ArrayList<>();
        for (int i = 0; i < grid.spans().size(); i++) {
            Span s = grid.spans().get(i);
            String text = TextLine.join(TextLine.of(glyphsByCell.get(i)));
            cells.add(new GridCell(s.row(), s.col(), s.rowSpan(), s.colSpan(), text,
                    Location.onPage(page, grid.bbox(s))));
        }
        return new TablePart(page, grid.bbox(), grid.rows(), cells, true);
    }
}
