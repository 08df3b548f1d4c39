package gongkai.write;

import gongkai.format.ReportFormats;
import gongkai.format.TableSpec;
import gongkai.model.Cell;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which layout each table of a report was read in, told from its cell identifiers (a report may mix
 * them: table 2 in v2021 with table 3 in v2019), for the {@code tables} field of the JSON output.
 */
final class TableLayouts {
    record TableLayout(String id, String layout, int cells, int expectedCells) {
    }

    private TableLayouts() {
    }

    static List<TableLayout> of(List<Cell> cells) {
        Set<String> ids = cells.stream().map(Cell::id).collect(Collectors.toSet());
        ReportFormats formats = ReportFormats.standard();
        Set<String> tableIds = new LinkedHashSet<>();
        formats.tables().forEach(t -> tableIds.add(t.id()));
        List<TableLayout> layouts = new ArrayList<>();
        for (String tableId : tableIds) {
            TableSpec best = null;
            long bestHits = 0;
            for (TableSpec layout : formats.layoutsOf(tableId)) {
                long hits = layout.cellIds().stream().filter(ids::contains).count();
                if (hits > bestHits) {
                    best = layout;
                    bestHits = hits;
                }
            }
            if (best != null) {
                layouts.add(new TableLayout(tableId, best.layout(), (int) bestHits, best.cellIds().size()));
            }
        }
        return layouts;
    }
}
