package gongkai.write;

import gongkai.format.ReportFormats;
import gongkai.model.Cell;
import gongkai.model.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which layout each table of a report was read in, told from its cell identifiers (a report may mix
 * them: table 2 in v2021 with table 3 in v2019), for the {@code tables} field of the JSON output.
 */
final class TableLayouts {
    record TableLayout(String id, String layout, int cells, int expectedCells) {
    }

    private TableLayouts() {
    }

    static List<TableLayout> of(Report report) {
        ReportFormats formats = ReportFormats.standard();
        List<TableLayout> layouts = new ArrayList<>();
        for (String tableId : formats.tableIds()) {
            List<String> present = report.cells().stream().map(Cell::id)
                    .filter(id -> id.startsWith(tableId + ".")).toList();
            formats.layoutOfCells(tableId, present, report.formatVersion()).ifPresent(layout -> {
                Set<String> ids = Set.copyOf(layout.cellIds());
                int read = (int) present.stream().filter(ids::contains).count();
                layouts.add(new TableLayout(tableId, layout.layout(), read, ids.size()));
            });
        }
        return layouts;
    }
}
