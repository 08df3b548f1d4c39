package gongkai.extract;

import gongkai.format.LineSpec;
import gongkai.model.Basis;
import gongkai.model.Cell;
import gongkai.model.GridCell;
import gongkai.model.Recognition;
import gongkai.text.CellValue;
import gongkai.text.CellValues;
import java.math.BigDecimal;

/** Makes canonical cells from printed grid cells: kind and value parsed, raw text and location kept. */
final class CellFactory {
    private CellFactory() {
    }

    /**
     * @param yuanByDefault for money columns: the header states 元, so an unmarked value is in 元
     */
    static Cell cell(String id, LineSpec column, GridCell printed, boolean yuanByDefault) {
        String raw = printed.text().strip();
        CellValue value = CellValues.parse(raw);
        BigDecimal number = value.value();
        if (column.money() && value.isNumber()) {
            CellValue unitAware = yuanByDefault && value.unit() == null
                    ? new CellValue(value.kind(), value.value(), "元") : value;
            number = CellValues.inWanYuan(unitAware);
        }
        Cell cell = new Cell(id, value.kind(), number, raw, printed.location(), null);
        Recognition ocr = printed.recognition();
        return ocr == null ? cell : cell.withBasis(Basis.OCR).withConfidence(ocr.confidence()).withNote(ocr.note());
    }
}
