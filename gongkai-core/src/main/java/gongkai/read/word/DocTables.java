package gongkai.read.word;

import gongkai.read.ReadLimits;
import gongkai.model.Location;
import gongkai.model.TableGrid;
import gongkai.read.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;

/**
 * Converts a DOC table into a grid. Rows store only their own cells' edges, so the table's column
 * boundaries are the union of all cell edges; a cell spans the boundaries between its left and right edge.
 */
final class DocTables {
    /** Edges closer than this (in twips, 1/1440 inch; here about 0.5 mm) are one boundary: writers round widths per row. */
    static final int EDGE_TOLERANCE_TWIPS = 30;

    private DocTables() {
    }

    static TableGrid grid(Table table, ReadLimits limits) {
        List<Integer> bounds = boundaries(table);
        List<List<WordGrid.Cell>> rows = new ArrayList<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            List<WordGrid.Cell> cells = new ArrayList<>();
            for (int k = 0; k < row.numCells(); k++) {
                TableCell cell = row.getCell(k);
                int col = nearest(bounds, cell.getLeftEdge());
                int span = Math.max(1, nearest(bounds, cell.getLeftEdge() + cell.getWidth()) - col);
                if (cell.isMerged() && !cell.isFirstMerged() && !cells.isEmpty()) {
                    // Legacy horizontal merge: this cell continues the one to its left.
                    WordGrid.Cell left = cells.remove(cells.size() - 1);
                    cells.add(new WordGrid.Cell(left.col(), col + span - left.col(), left.merge(), left.text()));
                    continue;
                }
                cells.add(new WordGrid.Cell(col, span, merge(cell), text(cell)));
            }
            rows.add(cells);
        }
        return WordGrid.build(rows, Location.UNKNOWN, limits);
    }

    /** All distinct cell edges of the table, edges within the tolerance of a smaller one folded into it. */
    static List<Integer> boundaries(Table table) {
        TreeSet<Integer> edges = new TreeSet<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            for (int k = 0; k < row.numCells(); k++) {
                TableCell cell = row.getCell(k);
                edges.add(cell.getLeftEdge());
                edges.add(cell.getLeftEdge() + cell.getWidth());
            }
        }
        List<Integer> bounds = new ArrayList<>();
        for (int e : edges) {
            if (bounds.isEmpty() || e - bounds.get(bounds.size() - 1) > EDGE_TOLERANCE_TWIPS) {
                bounds.add(e);
            }
        }
        return bounds;
    }

    /** The index of the boundary nearest to {@code edge} (the lower one on a tie); bounds are sorted. */
    private static int nearest(List<Integer> bounds, int edge) {
        int i = java.util.Collections.binarySearch(bounds, edge);
        if (i >= 0) {
            return i;
        }
        int above = -i - 1;
        if (above == 0) {
            return 0;
        }
        if (above == bounds.size()) {
            return bounds.size() - 1;
        }
        return edge - bounds.get(above - 1) <= bounds.get(above) - edge ? above - 1 : above;
    }

    private static WordGrid.Merge merge(TableCell cell) {
        if (cell.isFirstVerticallyMerged()) {
            return WordGrid.Merge.RESTART;
        }
        return cell.isVerticallyMerged() ? WordGrid.Merge.CONTINUE : WordGrid.Merge.NONE;
    }

    private static String text(TableCell cell) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < cell.numParagraphs(); i++) {
            lines.add(DocBlocks.plain(cell.getParagraph(i).text()));
        }
        return Texts.clean(String.join("\n", lines));
    }
}
