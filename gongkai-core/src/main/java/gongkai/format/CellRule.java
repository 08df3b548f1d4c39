package gongkai.format;

import java.util.List;

/** A rule on single cells of some tables (e.g. non-negative whole numbers). */
public record CellRule(String id, String code, List<String> tables, String severity, String category,
                       LocalizedText message) {
    public CellRule {
        tables = List.copyOf(tables);
    }
}
