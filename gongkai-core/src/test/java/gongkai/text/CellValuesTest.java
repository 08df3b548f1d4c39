package gongkai.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import gongkai.model.CellKind;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CellValuesTest {

    @ParameterizedTest
    @CsvSource({"0,0", "12,12", "+2,2", "-15,-15", "96171.6,96171.6", "0件,0", "251000元,251000", "１２,12", "' 7 ',7", "'1,234',1234"})
    void readsNumbers(String printed, String value) {
        CellValue cell = CellValues.parse(printed);
        assertEquals(CellKind.NUMBER, cell.kind());
        assertEquals(0, new BigDecimal(value).compareTo(cell.value()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\u00A0", "\u3000", "\t"})
    void readsBlankCellsAsEmptyNotZero(String printed) {
        CellValue cell = CellValues.parse(printed);
        assertEquals(CellKind.EMPTY, cell.kind());
        assertNull(cell.value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "-", "—", "－", "不适用", "无"})
    void readsDashesAndNotApplicableAsNa(String printed) {
        assertEquals(CellKind.NA, CellValues.parse(printed).kind());
        assertNull(CellValues.parse(printed).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"详见附表", "规章", "12a", "一、总体情况"})
    void readsOtherTextAsText(String printed) {
        assertEquals(CellKind.TEXT, CellValues.parse(printed).kind());
    }

    @ParameterizedTest
    @CsvSource({"251000元,25.1", "75394432.52元,7539.443252", "96171.6,96171.6", "0,0", "1000000元,100"})
    void convertsYuanToWanYuan(String printed, String wan) {
        BigDecimal value = CellValues.inWanYuan(CellValues.parse(printed));
        assertEquals(new BigDecimal(wan), value);
    }

    @ParameterizedTest
    @CsvSource({"251000元,元", "0件,件", "12,"})
    void keepsThePrintedUnit(String printed, String unit) {
        assertEquals(unit, CellValues.parse(printed).unit());
    }

    @org.junit.jupiter.api.Test
    void readsARunLongerThanAnyPrintedNumberAsText() {
        assertEquals(CellKind.NUMBER, CellValues.parse("9".repeat(CellValues.MAX_NUMBER_CHARS)).kind());
        assertEquals(CellKind.TEXT, CellValues.parse("9".repeat(CellValues.MAX_NUMBER_CHARS + 1)).kind());
        assertEquals(CellKind.TEXT, CellValues.parse("7".repeat(1_000_000)).kind());
    }
}
