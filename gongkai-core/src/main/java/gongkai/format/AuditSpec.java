package gongkai.format;

import java.util.List;

/**
 * What the audits beyond the sum rules point at, as data (formats.json "audits"): the narrative parts read
 * for claims, the cells each claim restates, the fee cells and the part that must mention fees, the part that
 * must not be empty, the table-2 rows of the cross-year rules and the tables whose layout names the version.
 * The patterns and formulas stay in {@code check}; a format with other cell ids changes only this data.
 */
public record AuditSpec(List<String> narrativeParts, List<ClaimSpec> claims, List<List<String>> otherSums,
                        String otherTotalsTable, List<String> feeCells, String feePart, String notEmptyPart,
                        CarryOver carriedOver, List<String> inForceRows, TableLayout prevYearItems,
                        List<String> versionTables) {
    /** No audits: a formats.json without the section checks nothing beyond its rules. */
    public static final AuditSpec NONE = new AuditSpec(null, null, null, null, null, null, null, null, null, null,
            null);

    public AuditSpec {
        narrativeParts = copy(narrativeParts);
        claims = copy(claims);
        otherSums = otherSums == null ? List.of() : otherSums.stream().map(List::copyOf).toList();
        feeCells = copy(feeCells);
        inForceRows = copy(inForceRows);
        versionTables = copy(versionTables);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /**
     * A count the narrative states: its rule (whose patterns live in {@code check}), its name in messages,
     * the cells whose sum it restates, its severity, and whether it is a total (a clause starting with 其中,
     * a breakdown, is then skipped).
     */
    public record ClaimSpec(String rule, String name, List<String> cells, String severity, boolean total) {
        public ClaimSpec {
            cells = List.copyOf(cells);
        }
    }

    /** X3: the table and layout whose rows carry both 上一年项目数量 and 本年增/减. */
    public record TableLayout(String table, String layout) {
    }

    /** X1: in table {@code table}, row {@code into} of year Y equals row {@code from} of year Y−1, per column. */
    public record CarryOver(String table, String from, String into) {
    }
}
