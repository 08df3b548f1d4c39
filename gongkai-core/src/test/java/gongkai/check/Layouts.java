package gongkai.check;

import gongkai.format.ReportFormats;
import gongkai.format.TableSpec;
import gongkai.model.Cell;
import gongkai.model.TableRead;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * For reports built by hand in tests (no extraction ran): infers which layout each table of a report has from the cell identifiers present: table 3 with
 * {@code t3.other.natural_person} is the v2019 layout, with {@code t3.other.other.*} the v2021 layout.
 * The layout whose identifiers cover the present cells best wins (matching ids count +1, foreign ids −1).
 * The preferred version is the report's {@code formatVersion}, else the one its year prescribes.
 */
final class Layouts {
    private Layouts() {
    }

    /** The tables a hand-built report holds, as extraction would have recorded them. */
    static List<TableRead> tablesOf(ReportFormats formats, List<Cell> cells, String formatVersion, Integer year) {
        CellIndex index = new CellIndex(cells);
        List<TableRead> tables = new ArrayList<>();
        infer(formats, index, preferredVersion(formats, formatVersion, year)).forEach((id, layout) -> {
            Set<String> ids = Set.copyOf(layout.cellIds());
            int read = (int) cells.stream().filter(c -> ids.contains(c.id())).count();
            tables.add(new TableRead(id, layout.layout(), read, ids.size()));
        });
        return tables;
    }

    /**
     * The inferred layout of every table that has at least one known cell, by table id. On a tie (e.g. table 3
     * without any （六） row) the layout the version {@code preferred} prescribes wins.
     */
    static Map<String, TableSpec> infer(ReportFormats formats, CellIndex cells, String preferred) {
        Map<String, TableSpec> layouts = new LinkedHashMap<>();
        for (String tableId : formats.tableIds()) {
            infer(formats, cells, tableId, preferred).ifPresent(t -> layouts.put(t.id(), t));
        }
        return layouts;
    }

    /** The version to prefer on ties: the report's declared version, else the one its year prescribes. */
    static String preferredVersion(ReportFormats formats, String formatVersion, Integer year) {
        if (formatVersion != null && formats.versionTables().containsKey(formatVersion)) {
            return formatVersion;
        }
        return year == null ? null : formats.versionForYear(year).map(v -> v.id()).orElse(null);
    }

    static Optional<TableSpec> infer(ReportFormats formats, CellIndex cells, String tableId, String preferred) {
        return formats.layoutOfCells(tableId, cells.idsOfTable(tableId), preferred);
    }
}
