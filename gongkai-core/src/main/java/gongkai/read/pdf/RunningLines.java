package gongkai.read.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Drops running headers and footers: a line in the top or bottom margin whose text (digits aside) recurs in the
 * margins of at least half the pages, and of two at least. They are not part of the report's text, and a header
 * above a table's continuation would keep the two parts of the table apart.
 */
final class RunningLines {
    private RunningLines() {
    }

    static List<List<PageItem>> drop(List<List<PageItem>> pages, List<PageScan> scans) {
        Map<String, Integer> pagesWith = new HashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            double height = scans.get(i).height();
            pages.get(i).stream().filter(item -> inMargin(item, height)).map(RunningLines::key).distinct()
                    .forEach(key -> pagesWith.merge(key, 1, Integer::sum));
        }
        int needed = Math.max(2, (pages.size() + 1) / 2);
        List<List<PageItem>> kept = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            double height = scans.get(i).height();
            kept.add(pages.get(i).stream()
                    .filter(item -> !inMargin(item, height) || pagesWith.getOrDefault(key(item), 0) < needed)
                    .toList());
        }
        return kept;
    }

    private static boolean inMargin(PageItem item, double pageHeight) {
        return item instanceof PageItem.Line && (item.top() < pageHeight * PageNumbers.MARGIN_SHARE
                || item.top() > pageHeight * (1 - PageNumbers.MARGIN_SHARE));
    }

    /** The line's text without spaces, digits folded, so that "第 3 页" and "第 4 页" agree. */
    private static String key(PageItem item) {
        return CellTexts.squeeze(((PageItem.Line) item).line().text()).replaceAll("\\d+", "#");
    }
}
