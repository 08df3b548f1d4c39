package gongkai.check;

import gongkai.model.Cell;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A report's cells by identifier; the first cell of an identifier wins. */
final class CellIndex {
    private final Map<String, Cell> cells = new LinkedHashMap<>();

    CellIndex(List<Cell> list) {
        for (Cell cell : list) {
            cells.putIfAbsent(cell.id(), cell);
        }
    }

    /** The cell, or null when the report has no such cell. */
    Cell cell(String id) {
        return cells.get(id);
    }

    /** The cell's number, or null when the cell is missing or holds no number. */
    BigDecimal number(String id) {
        Cell cell = cells.get(id);
        return cell != null && cell.isNumber() ? cell.value() : null;
    }

    /** Identifiers of the cells of one table (prefix {@code t3.} …), in report order. */
    List<String> idsOfTable(String tableId) {
        String prefix = tableId + ".";
        return cells.keySet().stream().filter(id -> id.startsWith(prefix)).toList();
    }

    List<Cell> all() {
        return List.copyOf(cells.values());
    }
}
