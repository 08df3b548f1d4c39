package gongkai.check;

import gongkai.format.RuleInstance;
import gongkai.model.Basis;
import gongkai.model.Category;
import gongkai.model.Cell;
import gongkai.model.Finding;
import gongkai.model.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place that decides between blaming the publisher and doubting the reading: a {@code filing} finding
 * that rests on a cell not {@link Cell#isCertain() certain} (placed by order, one of several readings, OCR
 * without strong evidence) becomes an {@code extraction} finding naming those cells, and each such OCR cell gets
 * a note that the rule fails through it. A failed sum over doubtful cells says the reading may be wrong, not that
 * the report is; a filing finding stays one only when every operand is certain, or when the rule fails under
 * every reading of its doubtful OCR cells ({@link ReadingBounds}).
 */
final class CertainFindings {
    /** The findings, demoted where they rest on doubtful cells, and the notes for the doubtful OCR cells. */
    record Result(List<Finding> findings, Map<String, String> notes) {
    }

    private CertainFindings() {
    }

    static Result only(List<Finding> findings, List<Outcome> outcomes, CellIndex cells, String lang) {
        List<Finding> out = new ArrayList<>(findings.size());
        Map<String, String> notes = new LinkedHashMap<>();
        for (Finding f : findings) {
            List<String> uncertain = f.category() != Category.FILING ? List.of()
                    : f.cells().stream().filter(id -> cells.cell(id) != null && !cells.cell(id).isCertain()).toList();
            RuleInstance failing = uncertain.isEmpty() ? null : failingUnderEveryReading(f, outcomes, cells);
            if (failing != null) {
                out.add(f.rule().equals(failing.rule().id()) ? f : failed(f, failing, cells, lang));
            } else {
                out.add(uncertain.isEmpty() ? f : demoted(f, uncertain, lang));
            }
            if (f.severity() != Severity.INFO) {
                uncertain.stream().filter(id -> cells.cell(id).basis() == Basis.OCR).forEach(id ->
                        notes.merge(id, "OCR: rule " + f.rule() + " fails through this cell", (a, b) -> a));
            }
        }
        return new Result(out, notes);
    }

    /**
     * The rule instance a sum-rule finding (violated, or not checked for an unread OCR cell) reports, when the rule
     * fails under every reading of its doubtful cells ({@link ReadingBounds}); else null.
     */
    private static RuleInstance failingUnderEveryReading(Finding f, List<Outcome> outcomes, CellIndex cells) {
        for (Outcome o : outcomes) {
            RuleInstance instance = o.instance();
            boolean violated = o.violated() && f.rule().equals(instance.rule().id()) && f.cells().equals(instance.cellIds());
            boolean unchecked = !o.evaluated() && f.rule().equals(instance.rule().id() + ".not_evaluated")
                    && f.cells().equals(o.blanks());
            if ((violated || unchecked) && ReadingBounds.failsUnderEveryReading(instance, cells)) {
                return instance;
            }
        }
        return null;
    }

    /** A rule not checked for an unread OCR cell that fails whatever the cell holds: the rule's own finding. */
    private static Finding failed(Finding f, RuleInstance instance, CellIndex cells, String lang) {
        List<String> doubtful = instance.cellIds().stream().filter(id -> !cells.cell(id).isCertain()).toList();
        String why = Texts.pick(lang, "；无论 %s 读作何值（各识别结果，或任意非负数），本规则均不成立",
                "; the rule fails whatever %s hold (any OCR reading, or any count)").formatted(String.join("、", doubtful));
        return new Finding(instance.rule().id(), Texts.severity(instance.rule().severity()),
                Texts.category(instance.rule().category()), instance.cellIds(), null, null, f.message() + why);
    }

    private static Finding demoted(Finding f, List<String> uncertain, String lang) {
        Severity severity = f.severity() == Severity.ERROR ? Severity.WARNING : f.severity();
        String why = Texts.pick(lang, "（读取不确定，不作为报告错误：%s 的位置由文字顺序或多种读法之一得出，或为存疑的识别）",
                " (uncertain reading, not a filing error: the place of %s was taken from text order or is one of "
                        + "several readings, or its OCR reading is doubtful)")
                .formatted(String.join("、", uncertain));
        return new Finding(f.rule(), severity, Category.EXTRACTION, uncertain, f.expected(), f.actual(),
                f.message() + why);
    }

    /** The cells a cross-year rule may compare: only those read with certainty (a guessed split is no evidence). */
    static List<Cell> certain(List<Cell> cells) {
        return cells.stream().filter(Cell::isCertain).toList();
    }
}
