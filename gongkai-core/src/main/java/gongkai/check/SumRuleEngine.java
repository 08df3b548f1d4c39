package gongkai.check;

import gongkai.format.ReportFormats;
import gongkai.format.RuleExpander;
import gongkai.format.RuleInstance;
import gongkai.format.SumRule;
import gongkai.format.TableSpec;
import gongkai.model.Category;
import gongkai.model.Cell;
import gongkai.model.CellKind;
import gongkai.model.Finding;
import gongkai.model.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Evaluates the sum rules of {@code formats.json} (H1–H4) on a report's cells. A rule instance with a blank,
 * n/a, text or missing operand is not evaluated (never read as 0): it yields one info finding
 * {@code <rule>.not_evaluated}, category extraction when an operand cell is missing (gongkai did not read
 * it) and filing otherwise (the report printed no number there).
 */
final class SumRuleEngine {
    private final ReportFormats formats;
    private final String lang;
    /** Rule instances by rule id and layout: the expansion depends on the format data only. */
    private final Map<String, List<RuleInstance>> expanded = new ConcurrentHashMap<>();

    SumRuleEngine(ReportFormats formats, String lang) {
        this.formats = formats;
        this.lang = lang;
    }

    /** Every instance of every rule whose table the report has, in data order. */
    List<Outcome> evaluate(CellIndex cells, Map<String, TableSpec> layouts) {
        List<Outcome> outcomes = new ArrayList<>();
        for (SumRule rule : formats.rules()) {
            TableSpec layout = layouts.get(rule.table());
            if (layout == null) {
                continue;
            }
            String key = rule.id() + "@" + layout.id() + "/" + layout.layout();
            for (RuleInstance instance : expanded.computeIfAbsent(key, k -> RuleExpander.expand(rule, layout))) {
                outcomes.add(evaluate(instance, cells));
            }
        }
        return outcomes;
    }

    static Outcome evaluate(RuleInstance instance, CellIndex cells) {
        List<String> blanks = new ArrayList<>();
        List<BigDecimal> sum = values(instance.sumIds(), cells, blanks);
        List<BigDecimal> equals = values(instance.equalsIds(), cells, blanks);
        return new Outcome(instance, sum, equals, blanks);
    }

    private static List<BigDecimal> values(List<String> ids, CellIndex cells, List<String> blanks) {
        List<BigDecimal> values = new ArrayList<>();
        for (String id : ids) {
            BigDecimal value = cells.number(id);
            if (value == null) {
                blanks.add(id);
            }
            values.add(value);
        }
        return values;
    }

    /** Findings for violated and not-evaluated instances; balanced instances yield none. */
    List<Finding> findings(List<Outcome> outcomes, CellIndex cells) {
        List<Finding> findings = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            if (outcome.violated()) {
                findings.add(violation(outcome));
            } else if (!outcome.evaluated()) {
                findings.add(notEvaluated(outcome, cells));
            }
        }
        return findings;
    }

    private Finding violation(Outcome outcome) {
        RuleInstance instance = outcome.instance();
        SumRule rule = instance.rule();
        String detail = Texts.pick(lang, "：应为 %s（%s），表中为 %s%s", ": expected %s (%s), printed %s%s").formatted(
                Texts.number(outcome.expected()), Texts.terms(outcome.sumValues()), Texts.number(outcome.actual()),
                outcome.equalsValues().size() > 1 ? "（" + Texts.terms(outcome.equalsValues()) + "）" : "");
        return new Finding(rule.id(), Texts.severity(rule.severity()), Texts.category(rule.category()),
                instance.cellIds(), outcome.expected(), outcome.actual(), message(instance) + detail);
    }

    private Finding notEvaluated(Outcome outcome, CellIndex cells) {
        RuleInstance instance = outcome.instance();
        boolean missing = outcome.blanks().stream().anyMatch(id -> cells.cell(id) == null);
        String detail = Texts.pick(lang, "。未核对，以下单元格无数字：%s%s", ". Not checked, no number in: %s%s")
                .formatted(describeBlanks(outcome.blanks(), cells), zeroFillNote(outcome, cells));
        return new Finding(instance.rule().id() + ".not_evaluated", Severity.INFO,
                missing ? Category.EXTRACTION : Category.FILING, outcome.blanks(), null, null,
                message(instance) + detail);
    }

    private String describeBlanks(List<String> blanks, CellIndex cells) {
        List<String> parts = new ArrayList<>();
        for (String id : blanks) {
            Cell cell = cells.cell(id);
            String kind = cell == null ? Texts.pick(lang, "缺失", "missing") : kindName(cell);
            parts.add(id + "（" + kind + "）");
        }
        return String.join("、", parts);
    }

    private String kindName(Cell cell) {
        if (cell.kind() == CellKind.EMPTY) {
            return Texts.pick(lang, "空白", "blank");
        }
        return cell.kind().id() + " “" + cell.raw() + "”";
    }

    /** When every blank is a printed empty cell: whether reading the blanks as 0 would balance (a hint only). */
    private String zeroFillNote(Outcome outcome, CellIndex cells) {
        boolean allEmpty = outcome.blanks().stream()
                .allMatch(id -> cells.cell(id) != null && cells.cell(id).kind() == CellKind.EMPTY);
        if (!allEmpty) {
            return "";
        }
        BigDecimal sum = Outcome.total(outcome.sumValues());
        BigDecimal equals = Outcome.total(outcome.equalsValues());
        if (sum.compareTo(equals) == 0) {
            return Texts.pick(lang, "；空白按 0 计则平衡", "; reading the blanks as 0 balances");
        }
        return Texts.pick(lang, "；空白按 0 计也不平衡（%s ≠ %s）", "; reading the blanks as 0 does not balance (%s ≠ %s)")
                .formatted(Texts.number(sum), Texts.number(equals));
    }

    /** The rule's message with {row}/{column} filled in with the current member's label. */
    String message(RuleInstance instance) {
        String label = Texts.label(instance.member(), lang);
        return instance.rule().message().in(lang)
                .replace("{" + instance.rule().each() + "}", label);
    }
}
