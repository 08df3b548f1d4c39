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
 * Keeps a failed rule from blaming the publisher for a doubtful reading: a filing error or warning that names a cell
 * not read with certainty ({@link Cell#isCertain()}: an uncertain OCR cell, a chosen split) becomes an
 * {@code extraction} warning naming those cells, and each uncertain OCR cell gets a note that the rule fails
 * through it. (The minimum the OCR reader needs; a general treatment of uncertain operands may replace it.)
 */
final class UncertainOperands {
    private final Map<String, String> notes = new LinkedHashMap<>();
    private final String lang;

    UncertainOperands(String lang) {
        this.lang = lang;
    }

    List<Finding> review(List<Finding> findings, CellIndex cells) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            List<String> uncertain = f.category() == Category.FILING && f.severity() != Severity.INFO
                    ? f.cells().stream().filter(id -> cells.cell(id) != null && !cells.cell(id).isCertain()).toList()
                    : List.of();
            if (uncertain.isEmpty()) {
                out.add(f);
                continue;
            }
            out.add(new Finding(f.rule(), Severity.WARNING, Category.EXTRACTION, f.cells(), f.expected(), f.actual(),
                    f.message() + ("en".equals(lang) ? " — not a filing error: uncertain reading of "
                            : "——不作为填报错误：以下单元格识别不确定：") + String.join(", ", uncertain)));
            for (String id : uncertain) {
                if (cells.cell(id).basis() == Basis.OCR) {
                    notes.merge(id, "OCR: rule " + f.rule() + " fails through this cell", (a, b) -> a);
                }
            }
        }
        return out;
    }

    Map<String, String> notes() {
        return notes;
    }
}
