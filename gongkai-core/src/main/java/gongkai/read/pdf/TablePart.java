package gongkai.read.pdf;

import gongkai.model.BoundingBox;
import gongkai.model.GridCell;
import java.util.List;

/**
 * A table as found on one page (or already joined with its continuation on the following pages): its cells with
 * slot positions and page boxes. {@code ruled} tables come from drawn rules; others from text columns.
 */
record TablePart(int page, BoundingBox bbox, int rowCount, List<GridCell> cells, boolean ruled) implements PageItem {
    TablePart {
        cells = List.copyOf(cells);
    }

    @Override
    public double top() {
        return bbox.y0();
    }

    int colCount() {
        return cells.stream().mapToInt(c -> c.col() + c.colSpan()).max().orElse(0);
    }
}
