package gongkai.format;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The report formats gongkai knows, loaded once from {@code formats.json}: sections, table layouts and
 * rules. The entry point of this package.
 */
public record ReportFormats(List<SectionSpec> sections, List<VersionSpec> versions, List<TableSpec> tables,
                            Map<String, Map<String, String>> versionTables, List<SumRule> rules,
                            List<CellRule> cellRules, AuditSpec audits) {
    private static final ReportFormats STANDARD = FormatsJson.standard();

    public ReportFormats {
        sections = List.copyOf(sections);
        versions = List.copyOf(versions);
        tables = List.copyOf(tables);
        versionTables = Map.copyOf(versionTables);
        rules = List.copyOf(rules);
        cellRules = List.copyOf(cellRules);
        audits = audits == null ? AuditSpec.NONE : audits;
    }

    /** The statutory formats shipped with gongkai. */
    public static ReportFormats standard() {
        return STANDARD;
    }

    /** The layouts of one table (e.g. "t3"), in declaration order. */
    public List<TableSpec> layoutsOf(String tableId) {
        return tables.stream().filter(t -> t.id().equals(tableId)).toList();
    }

    public Optional<TableSpec> table(String tableId, String layout) {
        return tables.stream().filter(t -> t.id().equals(tableId) && t.layout().equals(layout)).findFirst();
    }

    /** The version whose years include {@code year}. */
    public Optional<VersionSpec> versionForYear(int year) {
        return versions.stream().filter(v -> v.covers(year)).findFirst();
    }

    /** True for a version declared in the data (the statutory formats: v2019, v2021). */
    public boolean isStatutory(String version) {
        return versions.stream().anyMatch(v -> v.id().equals(version));
    }

    /** The first report year a declared version governs; earlier reports are free-form (legacy). */
    public int firstStatutoryYear() {
        return versions.stream().mapToInt(VersionSpec::firstYear).min().orElse(Integer.MAX_VALUE);
    }

    /** The distinct table ids (t2, t3, t4), in declaration order. */
    public List<String> tableIds() {
        return tables.stream().map(TableSpec::id).distinct().toList();
    }

    /**
     * The layout of a table told from the cell identifiers a report has of it: the layout whose identifiers
     * cover them best (matching ids count +1, foreign ids −1); on a tie the one version {@code preferred}
     * prescribes. Empty when no identifier matches any layout.
     */
    public Optional<TableSpec> layoutOfCells(String tableId, Collection<String> present, String preferred) {
        TableSpec prescribed = preferred == null ? null : prescribed(preferred, tableId).orElse(null);
        TableSpec best = null;
        int bestScore = Integer.MIN_VALUE;
        for (TableSpec layout : layoutsOf(tableId)) {
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

    /** The table layout a format version prescribes for a table. */
    public Optional<TableSpec> prescribed(String version, String tableId) {
        Map<String, String> layouts = versionTables.get(version);
        return layouts == null ? Optional.empty() : table(tableId, layouts.get(tableId));
    }
}
