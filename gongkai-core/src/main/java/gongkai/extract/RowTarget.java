package gongkai.extract;

import gongkai.format.BlockSpec;
import gongkai.format.LineSpec;
import gongkai.format.TableSpec;
import java.util.ArrayList;
import java.util.List;

/** A data row a layout expects, with the block it belongs to, in printed order. */
record RowTarget(BlockSpec block, LineSpec row) {

    static List<RowTarget> of(TableSpec table) {
        List<RowTarget> targets = new ArrayList<>();
        for (BlockSpec block : table.blocks()) {
            for (LineSpec row : block.rows()) {
                targets.add(new RowTarget(block, row));
            }
        }
        return targets;
    }

    static List<LineSpec> rows(List<RowTarget> targets) {
        return targets.stream().map(RowTarget::row).toList();
    }
}
