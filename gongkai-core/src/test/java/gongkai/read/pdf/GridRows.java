package gongkai.read.pdf;

import gongkai.model.Block;
import gongkai.model.Document;
import gongkai.model.GridCell;
import gongkai.model.TableGrid;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Test stand-in for the real grid-to-cell mapper: turns each row of a grid into its label (the row's
 * finest, i.e. rightmost, label cell) and the trailing run of numeric cell texts.
 */
final class GridRows {
    private static final Pattern NUMBER = Pattern.compile("[+\\-]?\\d+(\\.\\d+)?(元|万元)?");

    record Row(String label, String fullLabel, List<String> values) {
    }

    private GridRows() {
    }

    static List<Row> of(TableGrid grid) {
        List<Row> rows = new ArrayList<>();
        for (List<GridCell> cells : grid.rows()) {
            List<String> values = new ArrayList<>();
            int i = cells.size() - 1;
            while (i >= 0 && NUMBER.matcher(squeeze(cells.get(i).text())).matches()) {
                values.add(0, squeeze(cells.get(i).text()));
                i--;
            }
            StringBuilder full = new StringBuilder();
            for (int k = 0; k <= i; k++) {
                full.append(squeeze(cells.get(k).text()));
            }
            String label = i >= 0 ? squeeze(cells.get(i).text()) : "";
            rows.add(new Row(label, full.toString(), values));
        }
        return rows;
    }

    /** Rows with exactly {@code width} trailing numbers. */
    static List<Row> dataRows(TableGrid grid, int width) {
        return of(grid).stream().filter(r -> r.values().size() == width).toList();
    }

    /** The first grid in the document whose text contains {@code marker}. */
    static TableGrid gridContaining(Document document, String marker) {
        for (Block block : document.blocks()) {
            if (block instanceof TableGrid grid
                    && grid.cells().stream().anyMatch(c -> squeeze(c.text()).contains(marker))) {
                return grid;
            }
        }
        throw new AssertionError("no table contains " + marker);
    }

    static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }
}
