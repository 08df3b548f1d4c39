package gongkai.check;

import gongkai.format.ReportFormats;
import gongkai.format.TableSpec;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Infers which layout each table of a report has from the cell identifiers present: table 3 with
 * {@code t3.other.natural_person} is the v2019 layout, with {@code t3.other.other.*} the v2021 layout.
 * The layout whose identifiers cover the present cells best wins (matching ids count +1, foreign ids −1).
 */
final class Layouts {
    private Layouts() {
    }

    /** The inferred layout of every table that has at least one known cell, by table id. */
    static Map<String, TableSpec> infer(ReportFormats formats, CellIndex cells) {
        Map<String, TableSpec> layouts = new LinkedHashMap<>();
        for (TableSpec table : formats.tables()) {
            if (!layouts.containsKey(table.id())) {
                infer(formats, cells, table.id()).ifPresent(t -> layouts.put(t.id(), t));
            }
        }
        return layouts;
    }

    static Optional<TableSpec> infer(ReportFormats formats, CellIndex cells, String tableId) {
        List<String> present = cells.idsOfTable(tableId);
        TableSpec best = null;
        int bestScore = Integer.MIN_VALUE;
        for (TableSpec layout : formats.layoutsOf(tableId)) {
            Set<String> ids = new HashSet<>(layout.cellIds());
            long matching = present.stream().filter(ids::contains).count();
            int score = (int) (2 * matching - present.size());
            if (matching > 0 && score > bestScore) {
                best = layout;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }
}
