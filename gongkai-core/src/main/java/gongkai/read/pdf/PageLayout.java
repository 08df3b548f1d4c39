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
        List<RuledGrid> cutGrids = new ArrayList<>(); // as drawn, before the column cut by the page's edge went
        List<Boolean> cut = new ArrayList<>();
        for (List<Ruling> frame : RulingGroups.of(page.rulings())) {
            RuledGrid grid = GridBuilder.build(frame, limits);
            boolean cutByEdge = grid.spans().size() >= 2 && PageEdge.cuts(grid, page.frameWidth());
            if (cutByEdge) {
                cutGrids.add(grid);
                grid = PageEdge.withoutLastColumn(grid);
            }
            if (grid.spans().size() >= 2) {
                grids.add(grid); // a lone box around text is a frame, not a table
                cut.add(cutByEdge);
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
            if (!PageEdge.onPage(g, page.frameWidth()) || inCutColumn(g, grids, cutGrids)) {
                continue;
            }
            if (!place(g, grids, byCell)) {
                outside.add(g);
            }
        }
        List<PageItem> items = new ArrayList<>();
        for (int i = 0; i < grids.size(); i++) {
            items.add(part(page.number(), grids.get(i), byCell.get(i), cut.get(i)));
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

    /**
     * Whether a glyph lies in a column the page's edge cuts: it starts inside the table as drawn (its centre may
     * be past the edge), right of what is kept.
     */
    private static boolean inCutColumn(Glyph g, List<RuledGrid> grids, List<RuledGrid> cutGrids) {
        return cutGrids.stream().anyMatch(cut -> cut.contains(g.x(), g.centerY(), 0))
                && grids.stream().noneMatch(grid -> grid.contains(g.centerX(), g.centerY(), 0));
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

    private static TablePart part(int page, RuledGrid grid, List<List<Glyph>> glyphsByCell, boolean cut) {
        List<GridCell> cells = new ArrayList<>();
        for (int i = 0; i < grid.spans().size(); i++) {
            Span s = grid.spans().get(i);
            String text = StackedDigits.cellText(TextLine.of(glyphsByCell.get(i)));
            cells.add(new GridCell(s.row(), s.col(), s.rowSpan(), s.colSpan(), text,
                    Location.onPage(page, grid.bbox(s))));
        }
        return new TablePart(page, grid.bbox(), grid.rows(), cells, true, cut);
    }
}
