package gongkai.write.xlsx;

import gongkai.model.Finding;
import java.util.List;
import java.util.stream.Collectors;

/** The text of a cell comment: each finding that names the cell, with its expected and printed values. */
final class Comments {
    private Comments() {
    }

    static String text(List<Finding> findings) {
        return findings.stream().map(Comments::line).collect(Collectors.joining("\n"));
    }

    private static String line(Finding f) {
        StringBuilder line = new StringBuilder(f.rule()).append(" [").append(f.severity().id()).append("]");
        if (f.expected() != null || f.actual() != null) {
            line.append(" expected ").append(plain(f.expected())).append(", printed ").append(plain(f.actual()));
        }
        return line.append(": ").append(f.message()).toString();
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null ? "—" : value.toPlainString();
    }
}
