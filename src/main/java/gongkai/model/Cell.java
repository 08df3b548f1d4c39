package gongkai.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One canonical cell of a report's statistical tables (identifiers as in spec/cells.md). {@code value}
 * is set only for kind NUMBER; {@code raw} is the printed text, trimmed; {@code note} says why a reading is
 * uncertain or suggested.
 */
public record Cell(String id, CellKind kind, BigDecimal value, String raw, Location location, String note) {
    public Cell {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        raw = raw == null ? "" : raw;
        location = location == null ? Location.UNKNOWN : location;
        if ((kind == CellKind.NUMBER) != (value != null)) {
            throw new IllegalArgumentException("cell " + id + ": a value goes with kind number only, got " + kind + " " + value);
        }
    }

    public boolean isNumber() {
        return kind == CellKind.NUMBER;
    }

    public Cell withNote(String newNote) {
        return new Cell(id, kind, value, raw, location, newNote);
    }
}
