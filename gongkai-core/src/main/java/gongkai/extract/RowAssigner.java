package gongkai.extract;

import gongkai.format.TableSpec;
import gongkai.model.Category;
import gongkai.model.Finding;
import gongkai.model.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Assigns a table's data rows to the rows its layout expects: first by exact label, then each unmatched
 * row among the expected rows left between its matched neighbours, fuzzily (a typo, reported as a
 * format finding) or, when the unread rows of a gap are as many as its expected rows, by position in order
 * (reported as an extraction warning). On a grid read by OCR the order alone is not enough: a row goes by position
 * only when its label as read is like the expected one ({@link OrderedLabelFill}), and its cells are noted.
 */
final class RowAssigner {
    static final String LABEL_TYPO = "format.label_typo";
    static final String TYPO_WORDING = "行标签与法定格式不符（疑为错别字）";
    /** A row of an OCR grid placed by its order and a label like the expected one. */
    static final String ORDER_RULE = "extract.ocr_row_by_order";
    private final TableSpec table;
    private final List<RowTarget> targets;
    private final List<Finding> findings;
    private final boolean ocr;
    private final Map<GridRow, String> orderNotes = new HashMap<>();

    RowAssigner(TableSpec table, List<RowTarget> targets, List<Finding> findings, boolean ocr) {
        this.table = table;
        this.targets = targets;
        this.findings = findings;
        this.ocr = ocr;
    }

    /** The note for each cell of the rows placed by order on an OCR grid ({@link OrderedLabelFill}). */
    Map<GridRow, String> orderNotes() {
        return orderNotes;
    }

    Map<GridRow, RowTarget> assign(List<GridRow> dataRows) {
        Map<Integer, Integer> byRow = new TreeMap<>();
        Map<Integer, Integer> taken = new HashMap<>();
        for (int i = 0; i < dataRows.size(); i++) {
            LabelMatch m = RowLabels.exact(dataRows.get(i).label(), RowTarget.rows(targets));
            if (m != null && !taken.containsKey(m.index())) {
                byRow.put(i, m.index());
                taken.put(m.index(), i);
            }
        }
        for (int i = 0; i < dataRows.size(); i++) {
            if (!byRow.containsKey(i) && !dataRows.get(i).label().isEmpty()) {
                assignInGap(dataRows, i, byRow, taken);
            }
        }
        if (ocr) {
            OrderedLabelFill.fill(dataRows, RowTarget.rows(targets), byRow).forEach((row, target) -> {
                take(row, target, byRow, taken);
                orderNotes.put(dataRows.get(row), OrderedLabelFill.note(dataRows.get(row), targets.get(target).row()));
                findings.add(labelFinding(ORDER_RULE, Severity.WARNING, Category.EXTRACTION, dataRows.get(row), target,
                        "光学识别的行标签无法识别，按行序读取（数值存疑）"));
            });
        }
        Map<GridRow, RowTarget> result = new LinkedHashMap<>();
        byRow.forEach((row, target) -> result.put(dataRows.get(row), targets.get(target)));
        return result;
    }

    private void assignInGap(List<GridRow> dataRows, int i, Map<Integer, Integer> byRow, Map<Integer, Integer> taken) {
        int low = -1;
        int high = targets.size();
        int unmatchedBefore = 0;
        int labelledAfter = 0;
        for (int r = i - 1; r >= 0 && low < 0; r--) {
            low = byRow.getOrDefault(r, -1);
            unmatchedBefore += byRow.containsKey(r) ? 0 : 1;
        }
        for (int r = i + 1; r < dataRows.size() && high == targets.size(); r++) {
            high = byRow.getOrDefault(r, targets.size());
            labelledAfter += byRow.containsKey(r) || dataRows.get(r).label().isEmpty() ? 0 : 1;
        }
        List<Integer> candidates = new ArrayList<>();
        for (int t = low + 1; t < high; t++) {
            if (!taken.containsKey(t)) {
                candidates.add(t);
            }
        }
        GridRow row = dataRows.get(i);
        LabelMatch fuzzy = RowLabels.fuzzy(row.ownLabel(), RowTarget.rows(targets), candidates);
        if (fuzzy != null) {
            take(i, fuzzy.index(), byRow, taken);
            findings.add(labelFinding(LABEL_TYPO, Severity.WARNING, Category.FORMAT, row, fuzzy.index(),
                    TYPO_WORDING + "，按最接近的标签读取"));
        } else if (!ocr && unmatchedBefore == 0 && candidates.size() == labelledAfter + 1 && !byRow.isEmpty()) {
            // as many unreadable labelled rows as rows left in the gap: the first takes the first
            take(i, candidates.get(0), byRow, taken);
            findings.add(labelFinding("extract.row_by_position", Severity.WARNING, Category.EXTRACTION, row,
                    candidates.get(0), "行标签无法识别，按位置读取"));
        }
    }

    private static void take(int row, int target, Map<Integer, Integer> byRow, Map<Integer, Integer> taken) {
        byRow.put(row, target);
        taken.put(target, row);
    }

    private Finding labelFinding(String rule, Severity severity, Category category, GridRow row, int target,
                                 String message) {
        RowTarget t = targets.get(target);
        String expected = t.row().labels().get(0);
        List<String> cells = t.block().columns().stream().map(c -> t.block().cellId(table.id(), t.row(), c)).toList();
        return new Finding(rule, severity, category, cells, null, null,
                message + "：印作“" + row.label().replaceAll("\\s+", " ") + "”，应为“" + expected + "”");
    }
}
