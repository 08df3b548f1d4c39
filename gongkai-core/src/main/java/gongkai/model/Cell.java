package gongkai.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One canonical cell of a report's statistical tables (identifiers as in spec/cells.md). {@code value}
 * is set only for kind NUMBER; {@code raw} is the printed text, trimmed; {@code note} says why a reading is
 * uncertain or suggested; {@code basis} how the value was placed; {@code confidence} (0–1) for OCR cells;
 * {@code rowLabel}/{@code columnLabel} the labels as printed where they are not the canonical ones.
 */
public record Cell(String id, CellKind kind, BigDecimal value, String raw, Location location, String note,
                   Basis basis, Double confidence, String rowLabel, String columnLabel) {
    public Cell {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        raw = raw == null ? "" : raw;
        location = location == null ? Location.UNKNOWN : location;
        basis = basis == null ? Basis.GRID : basis;
        if ((kind == CellKind.NUMBER) != (value != null)) {
            throw new IllegalArgumentException("cell " + id + ": a value goes with kind number only, got " + kind + " " + value);
        }
    }

    /** A cell read from a grid (basis GRID), with no printed labels of its own. */
    public Cell(String id, CellKind kind, BigDecimal value, String raw, Location location, String note) {
        this(id, kind, value, raw, location, note, Basis.GRID, null, null, null);
    }

    /** Below this an OCR reading is a doubt, never the ground of a filing finding. */
    public static final double CONFIDENT_OCR = 0.90;

    /**
     * Whether a filing finding may rest on this cell: its place is fixed by the document (grid, layout, rules), or,
     * for an OCR cell, the reader found strong evidence for it: confidence at least {@link #CONFIDENT_OCR} and no
     * note (the OCR reader notes every doubt: readings that differ, an unsure glyph, a doubtful grid).
     */
    public boolean isCertain() {
        if (basis == Basis.OCR) {
            return confidence != null && confidence >= CONFIDENT_OCR && (note == null || note.isBlank());
        }
        return basis.isCertain();
    }

    public boolean isNumber() {
        return kind == CellKind.NUMBER;
    }

    public Cell withNote(String newNote) {
        return new Cell(id, kind, value, raw, location, newNote, basis, confidence, rowLabel, columnLabel);
    }

    public Cell withBasis(Basis newBasis) {
        return new Cell(id, kind, value, raw, location, note, newBasis, confidence, rowLabel, columnLabel);
    }

    public Cell withConfidence(Double newConfidence) {
        return new Cell(id, kind, value, raw, location, note, basis, newConfidence, rowLabel, columnLabel);
    }

    public Cell withLabels(String newRowLabel, String newColumnLabel) {
        return new Cell(id, kind, value, raw, location, note, basis, confidence, newRowLabel, newColumnLabel);
    }
}
