package gongkai.read.pdf;

import gongkai.model.BoundingBox;
import gongkai.model.GridCell;
import java.util.List;

/**
 * A table as found on one page (or already joined with its continuation on the following pages): its cells with
 * slot positions and page boxes. {@code ruled} tables come from drawn rules; others from text columns.
 * {@code cutAtEdge}: the page's right edge cut the table; its columns past the edge are not in the file.
 */
record TablePart(int page, BoundingBox bbox, int rowCount, List<GridCell> cells, boolean ruled, boolean cutAtEdge)
        implements PageItem {
    TablePart {
        cells = List.copyOf(cells);
    }

    TablePart(int page, BoundingBox bbox, int rowCount, List<GridCell> cells, boolean ruled) {
        this(page, bbox, rowCount, cells, ruled, false);
    }

    @Override
    public double top() {
        return bbox.y0();
    }

    int colCount() {
        return cells.stream().mapToInt(c -> c.col() + c.colSpan()).max().orElse(0);
    }
}
