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
 * The preferred version is the report's {@code formatVersion}, else the one its year prescribes.
 */
final class Layouts {
    private Layouts() {
    }

    /**
     * The inferred layout of every table that has at least one known cell, by table id. On a tie (e.g. table 3
     * without any （六） row) the layout the version {@code preferred} prescribes wins.
     */
    static Map<String, TableSpec> infer(ReportFormats formats, CellIndex cells, String preferred) {
        Map<String, TableSpec> layouts = new LinkedHashMap<>();
        for (TableSpec table : formats.tables()) {
            if (!layouts.containsKey(table.id())) {
                infer(formats, cells, table.id(), preferred).ifPresent(t -> layouts.put(t.id(), t));
            }
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
        List<String> present = cells.idsOfTable(tableId);
        TableSpec prescribed = preferred == null ? null : formats.prescribed(preferred, tableId).orElse(null);
        TableSpec best = null;
        int bestScore = Integer.MIN_VALUE;
        for (TableSpec layout : formats.layoutsOf(tableId)) {
            Set<String> ids = new HashSet<>(layout.cellIds());
            long matching = present.stream().filter(ids::contains).count();
            int score = (int) (2 * matching - present.size());
            boolean tieWon = score == bestScore && layout.equals(prescribed);
            if (matching > 0 && (score > bestScore || tieWon)) {
                best = layout;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }
}
