package gongkai.read.pdf;

/** A cell of a grid in slot units: its top-left slot and how many rows and columns it covers. */
record Span(int row, int col, int rowSpan, int colSpan) {
    int lastRow() {
        return row + rowSpan - 1;
    }

    int lastCol() {
        return col + colSpan - 1;
    }
}
