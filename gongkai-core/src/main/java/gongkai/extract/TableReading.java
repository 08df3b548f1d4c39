package gongkai.extract;

import gongkai.format.TableSpec;
import gongkai.model.Cell;
import gongkai.model.Finding;
import gongkai.model.ReportError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one table of a report was read as: its layout, the cells found (by identifier, printed order),
 * findings about the reading, and errors that make the report partial (cells missing or undecided).
 */
record TableReading(TableSpec table, Map<String, Cell> cells, List<Finding> findings, List<ReportError> errors) {
    TableReading {
        cells = new LinkedHashMap<>(cells);
        findings = List.copyOf(findings);
        errors = List.copyOf(errors);
    }
}
