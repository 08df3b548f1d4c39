package gongkai.write;

import gongkai.format.BlockSpec;
import gongkai.format.LineSpec;
import gongkai.format.ReportFormats;
import gongkai.format.TableSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The printed Chinese label of every cell identifier of every layout (block · row · column, as the statute
 * words them), and the identifiers of each table over all its layouts in printed order, for headers.
 */
public final class CellLabels {
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final Map<String, List<String>> idsByTable = new LinkedHashMap<>();

    public CellLabels(ReportFormats formats) {
        for (TableSpec layout : formats.tables()) {
            List<String> ids = idsByTable.computeIfAbsent(layout.id(), k -> new ArrayList<>());
            for (BlockSpec block : layout.blocks()) {
                for (LineSpec row : block.rows()) {
                    for (LineSpec column : block.columns()) {
                        String id = block.cellId(layout.id(), row, column);
                        if (labels.putIfAbsent(id, label(block, row, column)) == null) {
                            ids.add(id);
                        }
                    }
                }
            }
        }
    }

    /** The label of a cell identifier, or the identifier itself when no layout has it. */
    public String label(String cellId) {
        return labels.getOrDefault(cellId, cellId);
    }

    /** Every identifier of a table over its layouts: the first layout's in printed order, then the others' new ones. */
    public List<String> idsOf(String tableId) {
        return List.copyOf(idsByTable.getOrDefault(tableId, List.of()));
    }

    private static String label(BlockSpec block, LineSpec row, LineSpec column) {
        List<String> parts = new ArrayList<>();
        if (!block.labels().isEmpty()) {
            parts.add(block.labels().get(0));
        }
        if (row.group() != null) {
            parts.add(row.group());
        }
        parts.add(first(row));
        parts.add(first(column));
        return String.join(" · ", parts);
    }

    private static String first(LineSpec line) {
        return line.labels().isEmpty() ? line.key() : line.labels().get(0);
    }
}
