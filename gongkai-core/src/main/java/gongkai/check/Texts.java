package gongkai.check;

import gongkai.format.LineSpec;
import gongkai.model.Category;
import gongkai.model.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/** Small helpers for findings: localized wording, labels of rows and columns, numbers as printed. */
final class Texts {
    private Texts() {
    }

    static String pick(String lang, String zh, String en) {
        return "en".equals(lang) ? en : zh;
    }

    /** A row or column as named in messages: its printed label in Chinese (with its group), its key in English. */
    static String label(LineSpec line, String lang) {
        if ("en".equals(lang) || line.labels().isEmpty()) {
            return line.key();
        }
        String label = line.labels().get(0);
        return line.group() == null ? label : line.group() + "·" + label;
    }

    static String number(BigDecimal value) {
        return value == null ? "?" : value.stripTrailingZeros().toPlainString();
    }

    /** Values joined with {@code +}, blanks as {@code ?}. */
    static String terms(List<BigDecimal> values) {
        return values.stream().map(Texts::number).collect(Collectors.joining("+"));
    }

    static Severity severity(String id) {
        return Severity.valueOf(Objects.requireNonNull(id, "severity").toUpperCase(Locale.ROOT));
    }

    static Category category(String id) {
        return Category.valueOf(Objects.requireNonNull(id, "category").toUpperCase(Locale.ROOT));
    }
}
