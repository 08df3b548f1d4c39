package gongkai.extract;

import gongkai.model.Category;
import gongkai.model.Finding;
import gongkai.model.Severity;
import gongkai.model.TableGrid;
import gongkai.format.TableSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * A table its section does not hold: printed after part 六 as 附表, or pasted with the other tables into
 * one grid under part 二. Every grid of the document is read on its own, with the layout its own labels
 * point to, and the grid that gives most of the table's cells is taken.
 */
final class StrayTables {
    /** A grid outside the section must give at least this share of the table's cells, so that another
     * table's grid that happens to share a label or two is never read as this table. */
    static final double MIN_SHARE_OF_CELLS = 0.5;
    private final GridTableReader gridReader;

    StrayTables(GridTableReader gridReader) {
        this.gridReader = gridReader;
    }

    /** The best reading of table {@code tableId} from any single grid; chooser picks a layout for a grid's text. */
    Optional<TableReading> find(String tableId, DocumentText text, BiFunction<String, String, Optional<TableSpec>> chooser) {
        TableReading best = null;
        for (int i = 0; i < text.blocks().size(); i++) {
            if (!(text.blocks().get(i) instanceof TableGrid grid)) {
                continue;
            }
            String gridText = text.text().substring(text.startOf(i), text.startOf(i + 1));
            Optional<TableSpec> layout = chooser.apply(tableId, gridText);
            if (layout.isEmpty()) {
                continue;
            }
            TableReading reading = gridReader.read(layout.get(), grid, text.readByOcr());
            boolean enough = reading.cells().size() >= MIN_SHARE_OF_CELLS * layout.get().cellIds().size();
            if (enough && (best == null || reading.cells().size() > best.cells().size())) {
                best = reading;
            }
        }
        return Optional.ofNullable(best).map(StrayTables::noted);
    }

    /** The reading with a warning that the table stands outside its section. */
    static TableReading noted(TableReading reading) {
        List<Finding> findings = new ArrayList<>(reading.findings());
        findings.add(Finding.of("format.table_outside_section", Severity.WARNING, Category.FORMAT,
                "表" + reading.table().id() + "未印在其所属部分内，已在文中其他位置找到"));
        return new TableReading(reading.table(), reading.cells(), findings, reading.errors());
    }
}
