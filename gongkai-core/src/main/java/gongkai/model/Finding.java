package gongkai.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** Something a rule or a reader noticed about a report, with the cells it concerns. */
public record Finding(String rule, Severity severity, Category category, List<String> cells,
                      BigDecimal expected, BigDecimal actual, String message) {
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(category, "category");
        cells = cells == null ? List.of() : List.copyOf(cells);
        message = message == null ? "" : message;
    }

    public static Finding of(String rule, Severity severity, Category category, String message) {
        return new Finding(rule, severity, category, List.of(), null, null, message);
    }
}
