package gongkai.extract;

import gongkai.format.BlockSpec;
import gongkai.format.LineSpec;
import gongkai.format.TableSpec;
import gongkai.model.Category;
import gongkai.model.Cell;
import gongkai.model.CellKind;
import gongkai.model.ErrorCode;
import gongkai.model.Finding;
import gongkai.model.GridCell;
import gongkai.model.ReportError;
import gongkai.model.Severity;
import gongkai.model.TableGrid;
import gongkai.text.CellValues;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A table printed wider than its page (the reader marks its grid {@link TableGrid#cutAtPageEdge()}): the columns
 * past the edge are not in the file. The columns that are there are read under their header, which names the
 * layout's first columns; the others get no cells, and the table's MISSING_CELLS error says why and names them.
 * Table 4 cut after some of its fifteen columns is read as far as its row of values goes.
 */
final class CutTable {
    static final String RULE = "extract.cut_by_page_edge";
    static final String REASON = "table wider than the page";
    /** Missing columns named in a message, at most. */
    private static final int NAMED = 12;

    private CutTable() {
    }

    /** A header row of a cut table: it names the layout's first columns in order and holds no value. */
    static boolean isHeadOfColumns(List<LineSpec> named, BlockSpec block, GridCell[] row) {
        return !named.isEmpty() && named.equals(block.columns().subList(0, named.size()))
                && Arrays.stream(row).filter(Objects::nonNull).allMatch(c -> isLabelOrBlank(c.text()));
    }

    private static boolean isLabelOrBlank(String text) {
        CellKind kind = CellValues.parse(text).kind();
        return kind == CellKind.TEXT || kind == CellKind.EMPTY;
    }

    /**
     * Table 4 cut by the page's edge: its groups in header order then the layout's others, column by column, as
     * far as its row of values goes; every value must stand under a header cell naming its column, else nothing.
     */
    static Map<String, Cell> singleRow(TableSpec table, TableGrid grid, List<GridRow> rows, List<LineSpec> printed) {
        BlockSpec block = table.blocks().get(0);
        List<LineSpec> groups = new ArrayList<>(printed);
        block.rows().stream().filter(g -> !groups.contains(g)).forEach(groups::add);
        GridRow valueRow = rows.stream().filter(r -> r.label().isEmpty() && r.hasValues()).findFirst().orElse(null);
        int width = block.columns().size();
        if (valueRow == null || valueRow.index() == 0 || valueRow.values().size() >= groups.size() * width) {
            return Map.of();
        }
        GridCell[] header = grid.slots()[valueRow.index() - 1];
        Map<String, Cell> cells = new LinkedHashMap<>();
        for (int k = 0; k < valueRow.values().size(); k++) {
            GridCell value = valueRow.values().get(k);
            LineSpec column = block.columns().get(k % width);
            GridCell head = header[value.col()];
            LabelMatch named = head == null ? null : RowLabels.exact(head.text(), block.columns());
            if (named == null || block.columns().get(named.index()) != column) {
                return Map.of();
            }
            String id = block.cellId(table.id(), groups.get(k / width), column);
            cells.put(id, CellFactory.cell(id, column, value, false));
        }
        return cells;
    }

    /** The reading of a table whose grid the page's edge cut: the columns not read named, with the reason. */
    static TableReading explained(TableReading reading) {
        TableSpec table = reading.table();
        List<String> missing = table.cellIds().stream().filter(id -> !reading.cells().containsKey(id)).toList();
        if (missing.isEmpty() || reading.cells().isEmpty()) {
            return reading;
        }
        String message = "table " + table.id() + ": " + REASON + ": " + missingColumns(table, Set.copyOf(missing))
                + " not in the file (" + missing.size() + " cells not read)";
        List<ReportError> errors = new ArrayList<>(reading.errors().stream()
                .filter(e -> !e.code().equals(ErrorCode.MISSING_CELLS.name())).toList());
        errors.add(new ReportError(ErrorCode.MISSING_CELLS, message));
        List<Finding> findings = new ArrayList<>(reading.findings());
        findings.add(new Finding(RULE, Severity.WARNING, Category.EXTRACTION, List.of(), null, null, message));
        return new TableReading(table, reading.cells(), findings, errors);
    }

    /** Columns none of whose cells were read, by their label; then other missing cells as row·column. */
    static String missingColumns(TableSpec table, Set<String> missing) {
        List<String> names = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        for (BlockSpec block : table.blocks()) {
            for (LineSpec column : block.columns()) {
                List<LineSpec> rows = block.rows().stream()
                        .filter(row -> missing.contains(block.cellId(table.id(), row, column))).toList();
                if (rows.size() == block.rows().size()) {
                    names.add(label(column));
                } else {
                    rows.forEach(row -> cells.add(label(row) + "·" + label(column)));
                }
            }
        }
        names.addAll(cells);
        return (names.size() == 1 ? "column " : "columns ") + String.join(", ", names.subList(0, Math.min(NAMED,
                names.size()))) + (names.size() > NAMED ? " …" : "");
    }

    private static String label(LineSpec line) {
        return line.labels().isEmpty() ? line.key() : line.labels().get(0);
    }
}
