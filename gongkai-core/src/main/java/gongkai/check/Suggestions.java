package gongkai.check;

import gongkai.format.RuleInstance;
import gongkai.model.Category;
import gongkai.model.Cell;
import gongkai.model.CellKind;
import gongkai.model.Finding;
import gongkai.model.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Suggestions drawn from rule outcomes, never applied: a value a blank cell would need for its rule to hold
 * ({@code suggest.blank_cell}), and two adjacent single digits that balance their row when read as one
 * number ({@code suggest.split_cell}). Each becomes an info finding and a note on the cell.
 */
final class Suggestions {
    static final String BLANK_CELL = "suggest.blank_cell";
    static final String SPLIT_CELL = "suggest.split_cell";

    private final String lang;
    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, String> notes = new LinkedHashMap<>();
    private final Set<String> suggested = new HashSet<>();

    Suggestions(String lang) {
        this.lang = lang;
    }

    List<Finding> findings() {
        return List.copyOf(findings);
    }

    /** Suggestion notes by cell id. */
    Map<String, String> notes() {
        return Map.copyOf(notes);
    }

    void suggest(List<Outcome> outcomes, CellIndex cells) {
        for (Outcome outcome : outcomes) {
            if (outcome.violated()) {
                splitCell(outcome);
            } else if (!outcome.evaluated()) {
                blankCell(outcome, cells);
            }
        }
    }

    /**
     * One blank printed cell (kind empty) whose value the rule implies. When the blank is the single total
     * of its rule, other empty operands may be read as 0 and the message says so.
     */
    private void blankCell(Outcome outcome, CellIndex cells) {
        RuleInstance instance = outcome.instance();
        List<String> blanks = outcome.blanks();
        if (!blanks.stream().allMatch(id -> isEmpty(cells.cell(id)))) {
            return;
        }
        boolean totalBlank = instance.equalsIds().size() == 1 && blanks.contains(instance.equalsIds().get(0));
        if (!totalBlank && blanks.size() > 1) {
            return;
        }
        String target = totalBlank ? instance.equalsIds().get(0) : blanks.get(0);
        BigDecimal sum = Outcome.total(outcome.sumValues());
        BigDecimal equals = Outcome.total(outcome.equalsValues());
        BigDecimal implied = instance.equalsIds().contains(target) ? sum.subtract(equals) : equals.subtract(sum);
        if (implied.signum() < 0) {
            return;
        }
        add(BLANK_CELL, Category.FILING, instance.cellIds(), target, implied,
                blankText(instance, totalBlank, implied, blanks.size() > 1));
    }

    private String blankText(RuleInstance instance, boolean totalBlank, BigDecimal implied, boolean zeroFilled) {
        String line = instance.eachRow() ? Texts.pick(lang, "行", "row") : Texts.pick(lang, "列", "column");
        String value = Texts.number(implied);
        String text = totalBlank
                ? Texts.pick(lang, "总计为空；按本%s各项之和应为 %s", "total is blank; the sum of this %s implies %s")
                : Texts.pick(lang, "单元格为空；按本%s的勾稽关系应为 %s", "cell is blank; the rule on this %s implies %s");
        String zero = zeroFilled ? Texts.pick(lang, "（其他空白按 0 计）", " (other blanks read as 0)") : "";
        return text.formatted(line, value) + zero + " [" + instance.rule().id() + "]";
    }

    /** Two adjacent summed cells holding single digits whose concatenation would balance the rule. */
    private void splitCell(Outcome outcome) {
        RuleInstance instance = outcome.instance();
        List<BigDecimal> values = outcome.sumValues();
        for (int i = 0; i + 1 < values.size(); i++) {
            BigDecimal a = values.get(i);
            BigDecimal b = values.get(i + 1);
            if (!isDigit(a) || !isDigit(b) || a.signum() == 0) {
                continue;
            }
            BigDecimal joined = a.multiply(BigDecimal.TEN).add(b);
            if (outcome.expected().subtract(a).subtract(b).add(joined).compareTo(outcome.actual()) == 0) {
                String text = Texts.pick(lang, "相邻的“%s”“%s”若为一个数 %s，本行即平衡：可能是一个单元格被拆开",
                        "adjacent %s and %s read as one number %s balance the line: possibly one cell split in two")
                        .formatted(Texts.number(a), Texts.number(b), Texts.number(joined));
                List<String> pair = List.of(instance.sumIds().get(i), instance.sumIds().get(i + 1));
                add(SPLIT_CELL, Category.EXTRACTION, pair, pair.get(0), joined, text);
            }
        }
    }

    private void add(String rule, Category category, List<String> cellIds, String target, BigDecimal expected,
                     String text) {
        if (!suggested.add(rule + " " + target + "=" + expected.toPlainString())) {
            return;
        }
        findings.add(new Finding(rule, Severity.INFO, category, cellIds, expected, null, target + "：" + text));
        notes.merge(target, text, (old, added) -> old.equals(added) ? old : old + "；" + added);
    }

    private static boolean isEmpty(Cell cell) {
        return cell != null && cell.kind() == CellKind.EMPTY;
    }

    private static boolean isDigit(BigDecimal value) {
        return value.signum() >= 0 && value.compareTo(BigDecimal.TEN) < 0 && value.stripTrailingZeros().scale() <= 0;
    }
}
