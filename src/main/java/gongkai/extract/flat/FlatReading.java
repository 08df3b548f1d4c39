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
    public FlatReading {
        cells = new LinkedHashMap<>(cells);
        findings = List.copyOf(findings);
        errors = List.copyOf(errors);
    }
}
