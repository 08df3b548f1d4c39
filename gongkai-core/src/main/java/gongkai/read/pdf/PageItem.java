package gongkai.read.pdf;

/** Something laid out on one page: a line of running text or (a page's part of) a table. */
sealed interface PageItem permits PageItem.Line, TablePart {
    /** Top edge on the page; items are read top to bottom. */
    double top();

    /** A line of running text outside any table. */
    record Line(int page, TextLine line) implements PageItem {
        @Override
        public double top() {
            return line.top();
        }
    }
}
