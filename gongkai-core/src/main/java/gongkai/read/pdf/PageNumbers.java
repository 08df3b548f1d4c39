package gongkai.read.pdf;

import gongkai.text.PageNumberLines;

/** Recognises printed page numbers (`- 4 -`, `第 4 页`) in a page's top or bottom margin. */
final class PageNumbers {
    /** Share of the page height at the top and at the bottom where page numbers are printed. */
    static final double MARGIN_SHARE = 0.12;

    private PageNumbers() {
    }

    static boolean isPageNumber(TextLine line, double pageHeight) {
        double top = line.top();
        boolean inMargin = top < pageHeight * MARGIN_SHARE || top > pageHeight * (1 - MARGIN_SHARE);
        return inMargin && PageNumberLines.isMarginPageNumber(line.text());
    }
}
