package gongkai.model;

import java.util.Locale;

/** What a table cell holds. An empty cell is not zero. */
public enum CellKind {
    NUMBER, EMPTY, NA, TEXT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
