package gongkai.format;

import java.util.ArrayList;
import java.util.List;

/**
 * One layout of a statistical table (t2, t3 or t4 in layout v2019 or v2021): the section it sits in,
 * labels that identify the layout, how values are laid out ({@code rows}: a label then values per row;
 * {@code blocks}: table 2's blocks with their own header rows; {@code single_row}: table 4's one row of
 * rows × columns values) and its blocks.
 */
public record TableSpec(String id, String layout, String section, String style, List<String> fingerprints,
                        List<BlockSpec> blocks) {
    public TableSpec {
        fingerprints = List.copyOf(fingerprints);
        blocks = List.copyOf(blocks);
    }

    /** Every cell identifier of this layout, in printed order. */
    public List<String> cellIds() {
        List<String> ids = new ArrayList<>();
        for (BlockSpec block : blocks) {
            for (LineSpec row : block.rows()) {
                for (LineSpec column : block.columns()) {
                    ids.add(block.cellId(id, row, column));
                }
            }
        }
        return ids;
    }

    /** The column spec of a cell identifier of this table, or null. */
    public LineSpec columnOf(String cellId) {
        for (BlockSpec block : blocks) {
            for (LineSpec row : block.rows()) {
                for (LineSpec column : block.columns()) {
                    if (block.cellId(id, row, column).equals(cellId)) {
                        return column;
                    }
                }
            }
        }
        return null;
    }
}
