package gongkai.extract.flat;

import gongkai.format.LineSpec;
import gongkai.model.Location;
import java.util.List;

/**
 * One run of glued values in flattened text and the cells it must be split into: a table-3 row, a
 * table-2 row, or all of table 4. {@code printed} is the run as printed (trimmed); {@code pieces} are
 * its parts between spaces, which are hard boundaries between cells; {@code at} is where the printed run
 * starts in the text it was found in (-1 when unknown), so that its values' columns can be measured.
 */
record FlatRun(String label, List<String> cellIds, List<LineSpec> columns, String printed, List<String> pieces,
               Location location, int at) {
    private static final String SPACES = "[\\s\\u00A0\\u3000\\u2002\\u2003]+";
    /** Between cells: spaces, or nothing after a count word ({@code 3个3443000元} is two cells). */
    private static final String BOUNDARY = SPACES + "|(?<=[" + FlatChars.COUNT_UNITS + "])";

    FlatRun {
        cellIds = List.copyOf(cellIds);
        columns = List.copyOf(columns);
        pieces = List.copyOf(pieces);
        if (cellIds.size() != columns.size()) {
            throw new IllegalArgumentException("run " + label + ": " + cellIds.size() + " cells, " + columns.size() + " columns");
        }
    }

    /** A run from its printed text: trimmed, cut into pieces at spaces. */
    static FlatRun of(String label, List<String> cellIds, List<LineSpec> columns, String printed, Location location) {
        return of(label, cellIds, columns, printed, location, -1);
    }

    /** A run found at offset {@code at} of its text (the offset of its first value). */
    static FlatRun of(String label, List<String> cellIds, List<LineSpec> columns, String printed, Location location,
                      int at) {
        String trimmed = printed.replaceAll("^" + SPACES + "|" + SPACES + "$", "");
        List<String> pieces = trimmed.isEmpty() ? List.of() : List.of(trimmed.split(BOUNDARY));
        return new FlatRun(label, cellIds, columns, trimmed, pieces, location, at);
    }

    int size() {
        return cellIds.size();
    }
}
