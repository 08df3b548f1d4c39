package gongkai.model;

import java.util.Locale;

/**
 * How a cell's value was placed (spec/output.md {@code basis}). GRID — a cell of a ruled PDF, HTML or Word
 * grid; LAYOUT — a column position in text or on a page without rules; ORDER — the position was lost and the
 * value placed by order; RULES — a split or placement the sum rules force uniquely; CHOICE — one of several
 * readings (the cell's note lists the alternatives); OCR — recognised from an image (with a confidence).
 * A filing finding only rests on cells whose basis {@link #isCertain() is certain}.
 */
public enum Basis {
    GRID, LAYOUT, ORDER, RULES, CHOICE, OCR;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True where the document itself fixes the cell's place; OCR certainty depends on its confidence. */
    public boolean isCertain() {
        return this == GRID || this == LAYOUT || this == RULES;
    }
}
