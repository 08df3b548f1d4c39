package gongkai.check;

import gongkai.format.CellRule;
import gongkai.format.ReportFormats;
import gongkai.model.Cell;
import gongkai.model.Finding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates the cell rules of {@code formats.json}. The one rule known (H5, {@code nonnegative_integer}):
 * numbers in tables 3 and 4 are non-negative whole numbers. Only number cells are judged.
 */
final class CellRuleEngine {
    private final ReportFormats formats;
    private final String lang;

    CellRuleEngine(ReportFormats formats, String lang) {
        this.formats = formats;
        this.lang = lang;
    }

    List<Finding> findings(CellIndex cells) {
        List<Finding> findings = new ArrayList<>();
        for (CellRule rule : formats.cellRules()) {
            for (Cell cell : cells.all()) {
                if (appliesTo(rule, cell) && !isNonNegativeInteger(cell.value())) {
                    findings.add(finding(rule, cell));
                }
            }
        }
        return findings;
    }

    private static boolean appliesTo(CellRule rule, Cell cell) {
        return cell.isNumber() && rule.tables().stream().anyMatch(t -> cell.id().startsWith(t + "."));
    }

    static boolean isNonNegativeInteger(BigDecimal value) {
        return value.signum() >= 0 && value.stripTrailingZeros().scale() <= 0;
    }

    private Finding finding(CellRule rule, Cell cell) {
        String detail = Texts.pick(lang, "：%s 为“%s”", ": %s is “%s”").formatted(cell.id(), cell.raw());
        return new Finding(rule.id(), Texts.severity(rule.severity()), Texts.category(rule.category()),
                List.of(cell.id()), null, cell.value(), rule.message().in(lang) + detail);
    }
}
