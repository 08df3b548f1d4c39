package gongkai.check;

import gongkai.format.BlockSpec;
import gongkai.format.CellRule;
import gongkai.format.LineSpec;
import gongkai.format.ReportFormats;
import gongkai.format.TableSpec;
import gongkai.model.Cell;
import gongkai.model.Finding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates the cell rules of {@code formats.json}. The one rule known (H5, {@code nonnegative_integer}):
 * numbers in the listed tables are non-negative whole numbers, except where the layout's column says
 * otherwise: a {@code signed} column (本年增/减) may be negative, a {@code decimal} or {@code money} column
 * (收费金额, 采购总金额) may hold fractions. Only number cells are judged.
 */
final class CellRuleEngine {
    private final ReportFormats formats;
    private final String lang;

    CellRuleEngine(ReportFormats formats, String lang) {
        this.formats = formats;
        this.lang = lang;
    }

    List<Finding> findings(CellIndex cells, Map<String, TableSpec> layouts) {
        Map<String, LineSpec> columns = columnsById(layouts);
        List<Finding> findings = new ArrayList<>();
        for (CellRule rule : formats.cellRules()) {
            for (Cell cell : cells.all()) {
                if (appliesTo(rule, cell) && !allowed(cell.value(), columns.get(cell.id()))) {
                    findings.add(finding(rule, cell));
                }
            }
        }
        return findings;
    }

    private static boolean appliesTo(CellRule rule, Cell cell) {
        return cell.isNumber() && rule.tables().stream().anyMatch(t -> cell.id().startsWith(t + "."));
    }

    /** Whether a value suits its column: non-negative unless signed, whole unless decimal or money. */
    static boolean allowed(BigDecimal value, LineSpec column) {
        boolean signed = column != null && column.signed();
        boolean fractional = column != null && (column.decimal() || column.money());
        return (signed || value.signum() >= 0) && (fractional || value.stripTrailingZeros().scale() <= 0);
    }

    private static Map<String, LineSpec> columnsById(Map<String, TableSpec> layouts) {
        Map<String, LineSpec> columns = new HashMap<>();
        for (TableSpec layout : layouts.values()) {
            for (BlockSpec block : layout.blocks()) {
                for (LineSpec row : block.rows()) {
                    block.columns().forEach(column -> columns.put(block.cellId(layout.id(), row, column), column));
                }
            }
        }
        return columns;
    }

    private Finding finding(CellRule rule, Cell cell) {
        String detail = Texts.pick(lang, "：%s 为“%s”", ": %s is “%s”").formatted(cell.id(), cell.raw());
        return new Finding(rule.id(), Texts.severity(rule.severity()), Texts.category(rule.category()),
                List.of(cell.id()), null, cell.value(), rule.message().in(lang) + detail);
    }
}
