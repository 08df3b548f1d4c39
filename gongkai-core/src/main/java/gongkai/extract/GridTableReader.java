package gongkai.extract;

import gongkai.format.BlockSpec;
import gongkai.format.LineSpec;
import gongkai.format.TableSpec;
import gongkai.model.Basis;
import gongkai.model.Cell;
import gongkai.model.CellKind;
import gongkai.model.Category;
import gongkai.model.ErrorCode;
import gongkai.model.Finding;
import gongkai.model.GridCell;
import gongkai.model.ReportError;
import gongkai.model.Severity;
import gongkai.model.TableGrid;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps a table grid onto the canonical cells of a layout, by row label and column label. Used for every
 * reader (text, HTML, Word, PDF): one mapper. Rows are matched by label in printed order; values are
 * taken in order within the row, so colspans that do not line up with the header do not matter.
 */
final class GridTableReader {

    TableReading read(TableSpec table, TableGrid grid) {
        return read(table, grid, false);
    }

    /** @param ocrDocument some page of the document was read by OCR ({@code Recognition.anyPageRead}) */
    TableReading read(TableSpec table, TableGrid grid, boolean ocrDocument) {
        List<GridRow> rows = new ArrayList<>();
        List<List<GridCell>> gridRows = grid.rows();
        for (int i = 0; i < gridRows.size(); i++) {
            rows.add(GridRow.of(i, gridRows.get(i)));
        }
        boolean ocr = ocrDocument || readByOcr(grid);
        TableReading reading = switch (table.style()) {
            case "single_row" -> readSingleRowOrRows(table, grid, rows, ocr);
            default -> readRows(table, grid, rows, ocr);
        };
        return reading;
    }

    private TableReading readRows(TableSpec table, TableGrid grid, List<GridRow> rows, boolean ocr) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        List<Finding> findings = new ArrayList<>();
        List<RowTarget> targets = RowTarget.of(table);
        rows = SharedLabels.split(rows, RowTarget.rows(targets));
        List<GridRow> dataRows = rows.stream().filter(GridRow::hasValues).toList();
        RowAssigner assigner = new RowAssigner(table, targets, findings, ocr);
        Map<GridRow, RowTarget> assigned = withBlankRows(rows, assigner.assign(dataRows), targets);
        ColumnOrder columns = new ColumnOrder(table, grid, findings);
        for (Map.Entry<GridRow, RowTarget> e : assigned.entrySet()) {
            RowTarget target = e.getValue();
            List<LineSpec> order = columns.orderFor(target.block(), e.getKey().index());
            List<GridCell> values = e.getKey().valuesFitting(order.size());
            boolean misread = values == null && ocr;
            if (misread) {
                values = e.getKey().lastCellsAsValues(order.size());
            }
            if (values == null) {
                findings.add(new Finding("extract.row_width", Severity.WARNING, Category.EXTRACTION,
                        List.of(), null, null, "row “" + e.getKey().label() + "” has " + e.getKey().values().size()
                        + " value cells, expected " + order.size()));
                continue;
            }
            for (int k = 0; k < order.size(); k++) {
                LineSpec column = order.get(k);
                String id = target.block().cellId(table.id(), target.row(), column);
                Cell cell = CellFactory.cell(id, column, values.get(k), columns.yuanByDefault(column));
                cell = misread && cell.kind() == CellKind.TEXT ? cell.withNote(misreadNote(cell)) : cell;
                cells.putIfAbsent(id, withOrderNote(cell, assigner.orderNotes().get(e.getKey())));
            }
        }
        return new TableReading(table, cells, findings, List.of());
    }

    /** The note of a value cell whose reading is text (a misread digit): the number printed there is unknown. */
    private static String misreadNote(Cell cell) {
        String note = "OCR: “" + cell.raw() + "” read where a number is printed";
        return cell.note() == null || cell.note().isBlank() ? note : cell.note() + "；" + note;
    }

    /** Whether the grid's text was recognised from a picture (OCR): its labels are our reading, not the print. */
    private static boolean readByOcr(TableGrid grid) {
        return grid.cells().stream().anyMatch(c -> c.recognition() != null);
    }

    /** The cell with the note of a row placed by order (an OCR cell with a note is never certain). */
    private static Cell withOrderNote(Cell cell, String note) {
        if (note == null) {
            return cell;
        }
        Cell doubtful = cell.basis() == Basis.OCR ? cell : cell.withBasis(Basis.ORDER);
        return doubtful.withNote(cell.note() == null || cell.note().isBlank() ? note : cell.note() + "；" + note);
    }

    /**
     * Adds rows whose value cells are all blank (formats.md D1: a web page prints zeros as &nbsp;) when
     * their label is exactly a layout row nothing else took: their cells are then read as empty, not
     * lost. Only exact labels, and only untaken rows, so a heading line cannot displace a row of values.
     */
    private static Map<GridRow, RowTarget> withBlankRows(List<GridRow> rows, Map<GridRow, RowTarget> assigned,
                                                         List<RowTarget> targets) {
        Map<GridRow, RowTarget> all = new java.util.TreeMap<>(java.util.Comparator.comparingInt(GridRow::index));
        all.putAll(assigned);
        for (GridRow row : rows) {
            if (row.hasValues() || row.values().isEmpty() || row.label().isEmpty()) {
                continue;
            }
            LabelMatch m = RowLabels.exact(row.label(), RowTarget.rows(targets));
            if (m != null && !all.containsValue(targets.get(m.index()))) {
                all.put(row, targets.get(m.index()));
            }
        }
        return all;
    }

    /**
     * Table 4 as one row of values, or else as one row per group (行政复议; 行政诉讼（未经复议直接起诉）; …)
     * under a header of the five columns, as some reports transpose it.
     */
    private TableReading readSingleRowOrRows(TableSpec table, TableGrid grid, List<GridRow> rows, boolean ocr) {
        TableReading single = readSingleRow(table, grid, rows);
        return single.cells().isEmpty() ? readRows(table, grid, rows, ocr) : single;
    }

    /**
     * Table 4: its groups in the order the header prints them when it names them all; a grid whose header
     * names only some groups and has no row of all values (table 4 printed as two tables) gives those.
     */
    private TableReading readSingleRow(TableSpec table, TableGrid grid, List<GridRow> rows) {
        BlockSpec block = table.blocks().get(0);
        int groupWidth = block.columns().size();
        List<LineSpec> printed = GroupOrder.printed(block, grid);
        List<LineSpec> groups = printed.size() == block.rows().size() ? printed : block.rows();
        List<GridCell> values = valuesOfSingleRow(rows, groups.size() * groupWidth);
        if (values == null && !printed.isEmpty() && printed.size() < groups.size()) {
            groups = printed;
            values = valuesOfSingleRow(rows, groups.size() * groupWidth);
        }
        Map<String, Cell> cells = new LinkedHashMap<>();
        List<Finding> findings = new ArrayList<>();
        if (values == null && grid.cutAtPageEdge()) {
            cells.putAll(CutTable.singleRow(table, grid, rows, printed));
        }
        if (values != null) {
            int k = 0;
            for (LineSpec group : groups) {
                for (LineSpec column : block.columns()) {
                    String id = block.cellId(table.id(), group, column);
                    cells.put(id, CellFactory.cell(id, column, values.get(k++), false));
                }
            }
            if (!block.rows().containsAll(groups) || !inLayoutOrder(block.rows(), groups)) {
                findings.add(Finding.of("format.group_order", Severity.WARNING, Category.FORMAT,
                        "表" + table.id() + "分组顺序与法定格式不同，按表头读取"));
            }
        }
        return new TableReading(table, cells, findings, List.of());
    }

    /** Whether groups keep the layout's relative order (a subset in order is fine). */
    private static boolean inLayoutOrder(List<LineSpec> layout, List<LineSpec> groups) {
        int last = -1;
        for (LineSpec g : groups) {
            int at = layout.indexOf(g);
            if (at < last) {
                return false;
            }
            last = at;
        }
        return true;
    }

    /**
     * The {@code width} values of table 4: the first row holding that many value cells (blank cells count:
     * a web page may print every zero as &nbsp;), else the value rows without labels read one after the
     * other when together they hold exactly that many (复议 and 诉讼 printed as two rows).
     */
    private static List<GridCell> valuesOfSingleRow(List<GridRow> rows, int width) {
        for (GridRow row : rows) {
            if (row.values().size() >= width) {
                List<GridCell> values = row.valuesFitting(width);
                if (values != null) {
                    return values;
                }
            }
        }
        List<GridCell> joined = new ArrayList<>();
        for (GridRow row : rows) {
            if (row.label().isEmpty() && row.hasValues()) {
                joined.addAll(row.values());
            }
        }
        return joined.size() == width ? joined : null;
    }

    /** Adds a MISSING_CELLS error when the layout has cells that were not read. */
    static TableReading withMissingCells(TableReading reading) {
        List<String> missing = reading.table().cellIds().stream()
                .filter(id -> !reading.cells().containsKey(id)).toList();
        if (missing.isEmpty() || reading.cells().isEmpty()) {
            return reading;
        }
        List<ReportError> errors = new ArrayList<>(reading.errors());
        errors.add(new ReportError(ErrorCode.MISSING_CELLS, "table " + reading.table().id() + ": " + missing.size()
                + " cells not read: " + String.join(", ", missing.subList(0, Math.min(8, missing.size())))
                + (missing.size() > 8 ? " …" : "")));
        return new TableReading(reading.table(), reading.cells(), reading.findings(), errors);
    }
}
