package gongkai.read;

import java.util.regex.Pattern;

/** Recognises printed page numbers (`- 4 -`, `第 4 页`) in a page's top or bottom margin. */
final class PageNumbers {
    /** Share of the page height at the top and at the bottom where page numbers are printed. */
    static final double MARGIN_SHARE = 0.12;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[-‐–—－\\s]*\\d{1,4}[-‐–—－\\s]*|第\\s*\\d{1,4}\\s*页(\\s*[,，/]?\\s*共\\s*\\d{1,4}\\s*页)?|\\d{1,4}\\s*/\\s*\\d{1,4}");

    private PageNumbers() {
    }

    static boolean isPageNumber(TextLine line, double pageHeight) {
        double top = line.top();
        boolean inMargin = top < pageHeight * MARGIN_SHARE || top > pageHeight * (1 - MARGIN_SHARE);
        return inMargin && PAGE_NUMBER.matcher(line.text().strip()).matches();
    }
}
