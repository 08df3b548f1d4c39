package gongkai.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.format.ReportFormats;
import gongkai.format.TableSpec;
import gongkai.model.Basis;
import gongkai.model.TableGrid;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Tables cut by the page's right edge: the columns on the page read under their header, the others named. */
class CutTableTest {
    private final GridTableReader reader = new GridTableReader();
    private final ReportFormats formats = ReportFormats.standard();

    /** A grid from rows of cells ("|" between them, no spans), cut by the page's edge or not. */
    private static TableGrid grid(boolean cut, String... rows) {
        TableGrid grid = GridTableReaderTest.grid(rows);
        return new TableGrid(grid.cells(), grid.rowCount(), grid.colCount(), grid.location(), Basis.GRID, cut);
    }

    /** Table 4 cut after its eleventh column, whose lowest header cell is {@code lastHeader}: values 1…7. */
    private static TableGrid cutTableFour(String lastHeader) {
        return grid(true, "行政复议|||||行政诉讼||||||", "结果维持|结果纠正|其他结果|尚未审结|总计|未经复议直接起诉|||||",
                "结果维持|结果纠正|其他结果|尚未审结|总计|结果维持|结果纠正|其他结果|尚未审结|总计|" + lastHeader,
                "1|2|0|0|3|4|0|0|1|5|7");
    }

    private static final String[] T3_CUT_AFTER_RESEARCH = {
            "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）|自然人|法人或其他组织|",
            "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）|自然人|商业企业|科研机构",
            "一、本年新收政府信息公开申请数量|26|3|1",
            "二、上年结转政府信息公开申请数量|2|0|",
            "三、本年度办理结果|（三）不予公开|3.其他|0|1|0"};

    @Test
    void readsTheColumnsOfACutTableThreeUnderTheirHeader() {
        TableSpec t3 = formats.table("t3", "v2021").orElseThrow();
        TableReading reading = reader.read(t3, grid(true, T3_CUT_AFTER_RESEARCH));

        assertEquals(List.of("t3.new_received.natural_person", "t3.new_received.commercial_enterprise",
                "t3.new_received.research_institution", "t3.carried_in.natural_person",
                "t3.carried_in.commercial_enterprise", "t3.carried_in.research_institution",
                "t3.other.other.natural_person", "t3.other.other.commercial_enterprise",
                "t3.other.other.research_institution"),
                List.copyOf(reading.cells().keySet()));
        assertEquals(26, reading.cells().get("t3.new_received.natural_person").value().intValue());
        assertEquals(1, reading.cells().get("t3.new_received.research_institution").value().intValue());
        assertEquals("empty", reading.cells().get("t3.carried_in.research_institution").kind().id());
        assertTrue(reading.findings().isEmpty(), reading.findings().toString());
    }

    @Test
    void aWholeTableWithTooFewValuesIsNotReadAsCut() {
        TableSpec t3 = formats.table("t3", "v2021").orElseThrow();
        TableReading reading = reader.read(t3, grid(false, T3_CUT_AFTER_RESEARCH));

        assertEquals(Set.of(), reading.cells().keySet());
        assertTrue(reading.findings().stream().allMatch(f -> f.rule().equals("extract.row_width")));
    }

    @Test
    void explainsTheMissingColumnsOfACutTableThree() {
        TableSpec t3 = formats.table("t3", "v2021").orElseThrow();
        TableReading reading = CutTable.explained(GridTableReader.withMissingCells(
                reader.read(t3, grid(true, T3_CUT_AFTER_RESEARCH))));

        assertEquals(1, reading.errors().size());
        assertEquals("MISSING_CELLS", reading.errors().get(0).code());
        String message = reading.errors().get(0).message();
        assertTrue(message.startsWith("table t3: table wider than the page: columns 社会公益组织, 法律服务机构, 其他, 总计, "
                + "予以公开·自然人, 部分公开（区分处理的，只计这一情形，不计其他情形）·自然人, "), message);
        assertTrue(message.endsWith(" … not in the file (166 cells not read)"), message);
        assertEquals(List.of(CutTable.RULE), reading.findings().stream().map(f -> f.rule()).toList());
        assertEquals(message, reading.findings().get(0).message());
    }

    @Test
    void readsTableFourAsFarAsItsCutRowGoes() {
        TableSpec t4 = formats.table("t4", "v2019").orElseThrow();
        TableReading reading = reader.read(t4, cutTableFour("结果维持"));

        assertEquals(11, reading.cells().size());
        assertEquals(3, reading.cells().get("t4.review.total").value().intValue());
        assertEquals(5, reading.cells().get("t4.lit_direct.total").value().intValue());
        assertEquals(7, reading.cells().get("t4.lit_after_review.upheld").value().intValue());
        TableReading explained = CutTable.explained(GridTableReader.withMissingCells(reading));
        assertEquals("table t4: table wider than the page: columns 复议后起诉·结果纠正, 复议后起诉·其他结果, "
                + "复议后起诉·尚未审结, 复议后起诉·总计 not in the file (4 cells not read)",
                explained.errors().get(0).message());
    }

    @Test
    void placesNoValueOfACutTableFourUnderAnotherColumnsHeader() {
        TableSpec t4 = formats.table("t4", "v2019").orElseThrow();
        TableReading reading = reader.read(t4, cutTableFour("尚未审结"));

        assertTrue(reading.cells().keySet().stream().noneMatch(id -> id.startsWith("t4.lit_after_review")),
                reading.cells().toString());
    }
}
