package gongkai.text;

import gongkai.model.CellKind;
import java.math.BigDecimal;

/** A printed cell value read into its kind and number; {@code unit} is the unit printed in the cell, if any. */
public record CellValue(CellKind kind, BigDecimal value, String unit) {
    public static final CellValue EMPTY = new CellValue(CellKind.EMPTY, null, null);
    public static final CellValue NA = new CellValue(CellKind.NA, null, null);
    public static final CellValue TEXT = new CellValue(CellKind.TEXT, null, null);

    public boolean isNumber() {
        return kind == CellKind.NUMBER;
    }
}
