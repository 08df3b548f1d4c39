package gongkai.read.pdf;

import gongkai.model.Block;
import gongkai.model.Document;
import gongkai.model.GridCell;
import gongkai.model.Paragraph;
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
    /**
     * Table 3's data rows by their canonical row key, each with its seven values; fails on a row whose label
     * names no table-3 row and on a row read twice.
     */
    static java.util.Map<String, List<String>> t3RowsByKey(Document document) {
        java.util.Map<String, List<String>> rows = new java.util.LinkedHashMap<>();
        for (Row row : dataRows(gridContaining(document, "本年新收"), 7)) {
            String key = ReportLabels.t3RowKey(row.label());
            org.junit.jupiter.api.Assertions.assertNotNull(key, "unrecognised T3 row " + row);
            org.junit.jupiter.api.Assertions.assertNull(rows.put(key, row.values()), "T3 row twice: " + key);
        }
        return rows;
    }

    static TableGrid gridContaining(Document document, String marker) {
        for (Block block : document.blocks()) {
            if (block instanceof TableGrid grid
                    && grid.cells().stream().anyMatch(c -> squeeze(c.text()).contains(marker))) {
                return grid;
            }
        }
        throw new AssertionError("no table contains " + marker);
    }

    /** Every paragraph's text and every table cell's text of the document, in reading order. */
    static List<String> texts(Document document) {
        List<String> texts = new ArrayList<>();
        for (Block block : document.blocks()) {
            if (block instanceof Paragraph p) {
                texts.add(p.text());
            } else if (block instanceof TableGrid grid) {
                grid.cells().stream().map(GridCell::text).forEach(texts::add);
            }
        }
        return texts;
    }

    static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }
}
