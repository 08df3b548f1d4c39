package gongkai.extract;

import gongkai.format.LineSpec;
import gongkai.model.GridCell;
import gongkai.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Gives back their own labels to value rows that share one label cell. When a PDF lacks the rules between
 * some label cells (a Word export with partial borders), the reader merges them into one cell spanning
 * several value rows: "4.无正当理由大量反复申请 5.要求行政机关确认… （六）其他处理" over three rows. If that cell
 * holds exactly as many layout labels as the rows it spans, the rows take them in printed order.
 */
final class SharedLabels {
    private record Hit(int start, int end, LineSpec line) {
    }

    private SharedLabels() {
    }

    static List<GridRow> split(List<GridRow> rows, List<LineSpec> lines) {
        List<GridRow> out = new ArrayList<>(rows);
        int i = 0;
        while (i < out.size()) {
            int end = i + 1;
            GridCell shared = lastLabelCell(out.get(i));
            while (shared != null && shared.rowSpan() > 1 && end < out.size() && lastLabelCell(out.get(end)) == shared) {
                end++;
            }
            if (end - i > 1) {
                List<Hit> hits = labelsIn(out.get(i).label(), lines);
                if (hits.size() == end - i) {
                    for (int k = i; k < end; k++) {
                        GridRow r = out.get(k);
                        String label = hits.get(k - i).line().labels().get(0);
                        out.set(k, new GridRow(r.index(), label, r.labelCells(), r.values()));
                    }
                }
            }
            i = end;
        }
        return out;
    }

    private static GridCell lastLabelCell(GridRow row) {
        return row.labelCells().isEmpty() ? null : row.labelCells().get(row.labelCells().size() - 1);
    }

    /** The layout labels the text holds, longest first where they overlap, in printed order. */
    private static List<Hit> labelsIn(String printed, List<LineSpec> lines) {
        String words = Normalizer.words(printed);
        List<Hit> all = new ArrayList<>();
        for (LineSpec line : lines) {
            for (String variant : line.labels()) {
                String v = Normalizer.words(variant);
                if (v.length() <= LineSpec.SHORT_LABEL) {
                    continue; // 其他, 总计: too short to tell inside a merged label
                }
                for (int at = words.indexOf(v); at >= 0; at = words.indexOf(v, at + 1)) {
                    all.add(new Hit(at, at + v.length(), line));
                }
            }
        }
        all.sort(Comparator.comparingInt(Hit::start).thenComparing(h -> h.start() - h.end()));
        List<Hit> kept = new ArrayList<>();
        for (Hit h : all) {
            if (kept.isEmpty() || h.start() >= kept.get(kept.size() - 1).end()) {
                kept.add(h);
            }
        }
        return kept;
    }
}
