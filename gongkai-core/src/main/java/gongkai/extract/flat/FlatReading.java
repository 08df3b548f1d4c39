package gongkai.extract.flat;

import gongkai.format.TableSpec;
import gongkai.model.Cell;
import gongkai.model.Finding;
import gongkai.model.ReportError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a table was read as from flattened text: cells by identifier (printed order), findings, errors. */
public record FlatReading(TableSpec table, Map<String, Cell> cells, List<Finding> findings, List<ReportError> errors) {
    /** The finding of a table whose values are printed but whose every reading breaks its rules: left out. */
    public static final String NO_READING = "flat.no_reading";

    public FlatReading {
        cells = new LinkedHashMap<>(cells);
        findings = List.copyOf(findings);
        errors = List.copyOf(errors);
    }

    /** Whether values are printed but no reading of them satisfies the table's rules (kept, to say so). */
    public boolean leftOut() {
        return findings.stream().anyMatch(f -> f.rule().equals(NO_READING));
    }
}
