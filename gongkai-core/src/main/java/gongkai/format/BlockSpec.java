package gongkai.format;

import java.util.List;

/**
 * A block of a table with its own rows and columns: table 2's 第二十条第（N）项 blocks, or the whole of
 * tables 3 and 4 (key null).
 */
public record BlockSpec(String key, List<String> labels, List<LineSpec> rows, List<LineSpec> columns) {
    public BlockSpec {
        labels = labels == null ? List.of() : List.copyOf(labels);
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
    }

    /** The cell identifier of a row and column of this block in table {@code tableId}. */
    public String cellId(String tableId, LineSpec row, LineSpec column) {
        String prefix = key == null ? tableId : tableId + "." + key;
        return prefix + "." + row.key() + "." + column.key();
    }
}
