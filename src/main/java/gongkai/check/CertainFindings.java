package gongkai.check;

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
 * the report is; only a rule that fails over certain cells stays a filing finding.
 */
final class CertainFindings {
    /** The findings, demoted where they rest on doubtful cells, and the notes for the doubtful OCR cells. */
    record Result(List<Finding> findings, Map<String, String> notes) {
    }

    private CertainFindings() {
    }

    static Result only(List<Finding> findings, CellIndex cells, String lang) {
        List<Finding> out = new ArrayList<>(findings.size());
        Map<String, String> notes = new LinkedHashMap<>();
        for (Finding f : findings) {
            List<String> uncertain = f.category() != Category.FILING ? List.of()
                    : f.cells().stream().filter(id -> cells.cell(id) != null && !cells.cell(id).isCertain()).toList();
            out.add(uncertain.isEmpty() ? f : demoted(f, uncertain, lang));
            if (f.severity() != Severity.INFO) {
                uncertain.stream().filter(id -> cells.cell(id).basis() == Basis.OCR).forEach(id ->
                        notes.merge(id, "OCR: rule " + f.rule() + " fails through this cell", (a, b) -> a));
            }
        }
        return new Result(out, notes);
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
