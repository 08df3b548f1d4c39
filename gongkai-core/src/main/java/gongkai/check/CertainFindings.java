package gongkai.check;

import gongkai.model.Category;
import gongkai.model.Cell;
import gongkai.model.Finding;
import gongkai.model.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the publisher's blame for what gongkai read with certainty: a {@code filing} finding that rests on a
 * cell not {@link Cell#isCertain() certain} (placed by order, one of several readings, doubtful OCR) becomes an
 * {@code extraction} warning naming those cells. A failed sum over guessed cells says the reading may be
 * wrong, not that the report is.
 */
final class CertainFindings {
    private CertainFindings() {
    }

    static List<Finding> only(List<Finding> findings, CellIndex cells, String lang) {
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            out.add(f.category() == Category.FILING ? demoted(f, cells, lang) : f);
        }
        return out;
    }

    private static Finding demoted(Finding f, CellIndex cells, String lang) {
        List<String> uncertain = f.cells().stream()
                .filter(id -> cells.cell(id) != null && !cells.cell(id).isCertain()).toList();
        if (uncertain.isEmpty()) {
            return f;
        }
        Severity severity = f.severity() == Severity.ERROR ? Severity.WARNING : f.severity();
        String why = Texts.pick(lang, "（读取不确定，不作为报告错误：%s 的位置由文字顺序或多种读法之一得出）",
                " (uncertain reading, not a filing error: the place of %s was taken from text order or is one of several readings)")
                .formatted(String.join("、", uncertain));
        return new Finding(f.rule(), severity, Category.EXTRACTION, uncertain, f.expected(), f.actual(),
                f.message() + why);
    }

    /** The cells a cross-year rule may compare: only those read with certainty (a guessed split is no evidence). */
    static List<Cell> certain(List<Cell> cells) {
        return cells.stream().filter(Cell::isCertain).toList();
    }
}
