package gongkai.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.format.ReportFormats;
import gongkai.format.TableSpec;
import gongkai.model.Cell;
import gongkai.model.CellKind;
import gongkai.model.GridCell;
import gongkai.model.Location;
import gongkai.model.TableGrid;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GridTableReaderTest {
    private final GridTableReader reader = new GridTableReader();
    private final ReportFormats formats = ReportFormats.standard();

    /** A grid from rows of cells; "|" separates cells, no spans. */
    static TableGrid grid(String... rows) {
        List<GridCell> cells = new ArrayList<>();
        int width = 0;
        for (int r = 0; r < rows.length; r++) {
            String[] parts = rows[r].split("\\|", -1);
            for (int c = 0; c < parts.length; c++) {
                cells.add(GridCell.single(r, c, parts[c], new Location(1, null, null)));
            }
            width = Math.max(width, parts.length);
        }
        return new TableGrid(cells, rows.length, width, Location.UNKNOWN);
    }

    private static Cell cell(TableReading reading, String id) {
        return reading.cells().get(id);
    }

    @Test
    void readsATableFourRowOfBlankCellsAsEmptyNotZero() {
        TableSpec t4 = formats.table("t4", "v2019").orElseThrow();
        TableReading reading = reader.read(t4, grid("行政复议|行政诉讼", "结果维持|结果纠正", "\u00A0|".repeat(14) + "\u00A0"));
        assertEquals(15, reading.cells().size());
        Cell total = cell(reading, "t4.review.total");
        assertEquals(CellKind.EMPTY, total.kind());
        assertNull(total.value());
    }

    @Test
    void joinsTableFourPrintedAsTwoValueRows() {
        TableSpec t4 = formats.table("t4", "v2019").orElseThrow();
        TableReading reading = reader.read(t4, grid("行政复议|行政诉讼", "1|0|0|0|1", "2|0|0|0|2|0|0|0|1|1"));
        assertEquals(15, reading.cells().size());
        assertEquals(1, cell(reading, "t4.review.total").value().intValue());
        assertEquals(2, cell(reading, "t4.lit_direct.upheld").value().intValue());
        assertEquals(1, cell(reading, "t4.lit_after_review.total").value().intValue());
    }

    @Test
    void mapsTableTwoValuesByTheBlockHeaderOrder() {
        TableSpec t2 = formats.table("t2", "v2021").orElseThrow();
        TableReading reading = reader.read(t2, grid(
                "第二十条第（一）项", "信息内容|现行有效件数|本年制发件数|本年废止件数", "规章|9|1|2", "行政规范性文件|40|3|0",
                "第二十条第（五）项", "信息内容|本年处理决定数量", "行政许可|2293"));
        assertEquals(9, cell(reading, "t2.a20_1.regulation.in_force").value().intValue());
        assertEquals(1, cell(reading, "t2.a20_1.regulation.issued").value().intValue());
        assertEquals(2293, cell(reading, "t2.a20_5.licensing.decisions").value().intValue());
        assertTrue(reading.findings().stream().anyMatch(f -> f.rule().equals("format.column_order")));
    }

    @Test
    void takesATypoedRowLabelByItsClosestLabelAndSaysSo() {
        TableSpec t3 = formats.table("t3", "v2019").orElseThrow();
        TableReading reading = reader.read(t3, grid(
                "（三）不予公开|1.属于国家秘密|0|0|0|0|0|0|0",
                "（三）不予公开|2.其他法律行政止公开|1|0|0|0|0|0|1",
                "（三）不予公开|3.危及“三安全一稳定”|0|0|0|0|0|0|0"));
        assertEquals(1, cell(reading, "t3.denied.law_prohibited.total").value().intValue());
        assertTrue(reading.findings().stream().anyMatch(f -> f.rule().equals("format.label_typo")
                && f.message().contains("其他法律行政止公开")));
    }

    @Test
    void doesNotTakeALongLabelForAShortOneItHappensToContain() {
        TableSpec t2 = formats.table("t2", "v2021").orElseThrow();
        TableReading reading = reader.read(t2, grid(
                "（六）其他处理|1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请|0|0|0|0|0|0|0"));
        assertEquals(0, reading.cells().size());
        assertEquals(List.of(), reading.findings());
    }

    @Test
    void doesNotTakeALabelThatMerelyStartsWithAShortLabel() {
        TableSpec t3 = formats.table("t3", "v2021").orElseThrow();
        TableReading reading = reader.read(t3, grid(
                "（六）其他处理|3.其他|2|0|0|0|0|0|2", "（七）总计|2|0|0|0|0|0|2"));
        assertEquals(2, cell(reading, "t3.other.other.total").value().intValue());
        assertEquals(2, cell(reading, "t3.result_total.natural_person").value().intValue());
    }

    @Test
    void convertsAMoneyCellPrintedInYuanToWanYuan() {
        TableSpec t2 = formats.table("t2", "v2019").orElseThrow();
        TableReading reading = reader.read(t2, grid("第二十条第（九）项", "信息内容|采购项目数量|采购总金额", "政府集中采购|3|251000元"));
        Cell amount = cell(reading, "t2.a20_9.procurement.amount");
        assertEquals("251000元", amount.raw());
        assertEquals(0, new java.math.BigDecimal("25.1").compareTo(amount.value()));
    }

    @Test
    void reportsCellsThatWereNotRead() {
        TableSpec t3 = formats.table("t3", "v2019").orElseThrow();
        TableReading reading = GridTableReader.withMissingCells(reader.read(t3, grid("（一）予以公开|1|0|0|0|0|0|1")));
        assertEquals(7, reading.cells().size());
        assertEquals("MISSING_CELLS", reading.errors().get(0).code());
    }

    @Test
    void readsTableFourGroupsInTheOrderTheHeaderPrintsThem() {
        TableSpec t4 = formats.table("t4", "v2019").orElseThrow();
        TableReading reading = reader.read(t4, grid(
                "行政复议|||||行政诉讼", "结果维持|结果纠正|其他结果|尚未审结|总计|复议后起诉|||||未经复议直接起诉",
                "1|0|0|0|1|2|0|0|0|2|3|0|0|0|3"));
        assertEquals(2, cell(reading, "t4.lit_after_review.total").value().intValue());
        assertEquals(3, cell(reading, "t4.lit_direct.total").value().intValue());
        assertTrue(reading.findings().stream().anyMatch(f -> f.rule().equals("format.group_order")));
    }

    @Test
    void readsTableFourPrintedAsOneRowPerGroup() {
        TableSpec t4 = formats.table("t4", "v2019").orElseThrow();
        TableReading reading = reader.read(t4, grid("类别|结果维持|结果纠正|其他结果|尚未审结|总计",
                "行政复议|1|0|0|0|1", "行政诉讼（未经复议直接起诉）|2|0|0|0|2", "行政诉讼（复议后起诉）|0|1|0|0|1"));
        assertEquals(15, reading.cells().size());
        assertEquals(2, cell(reading, "t4.lit_direct.upheld").value().intValue());
        assertEquals(1, cell(reading, "t4.lit_after_review.corrected").value().intValue());
    }

    @Test
    void givesRowsThatShareOneMergedLabelCellTheLabelsItHolds() {
        TableSpec t3 = formats.table("t3", "v2019").orElseThrow();
        Location at = new Location(1, null, null);
        GridCell merged = new GridCell(0, 0, 3, 1, "4.无正当理由大量反复申请 5.要求行政机关确认或重新出具已获取信息 （六）其他处理", at);
        List<GridCell> cells = new ArrayList<>(List.of(merged));
        for (int r = 0; r < 3; r++) {
            for (int c = 1; c <= 7; c++) {
                cells.add(GridCell.single(r, c, c == 7 ? String.valueOf(r + 1) : (c == 1 ? String.valueOf(r + 1) : "0"), at));
            }
        }
        TableReading reading = reader.read(t3, new TableGrid(cells, 3, 8, Location.UNKNOWN));
        assertEquals(1, cell(reading, "t3.not_processed.mass_repeat.total").value().intValue());
        assertEquals(2, cell(reading, "t3.not_processed.confirm_or_reissue.total").value().intValue());
        assertEquals(3, cell(reading, "t3.other.total").value().intValue());
    }

    @Test
    void keepsAnOcrRowWhoseDigitWasReadAsACharacterWithThatCellFlagged() {
        TableSpec t3 = formats.table("t3", "v2021").orElseThrow();
        String[] printed = {"（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                "0", "0", "0", "6", "2", "吕", "8"};
        List<GridCell> cells = new ArrayList<>();
        for (int c = 0; c < printed.length; c++) {
            cells.add(GridCell.single(0, c, printed[c], new Location(1, null, null))
                    .withRecognition(new gongkai.model.Recognition(0.95, null)));
        }
        TableReading reading = reader.read(t3, new TableGrid(cells, 1, printed.length, Location.UNKNOWN), true);
        assertEquals(6, cell(reading, "t3.other.overdue_no_correction.social_welfare_org").value().intValue());
        assertEquals(8, cell(reading, "t3.other.overdue_no_correction.total").value().intValue());
        assertTrue(cell(reading, "t3.other.overdue_no_correction.total").isCertain());
        Cell misread = cell(reading, "t3.other.overdue_no_correction.other_org");
        assertEquals(CellKind.TEXT, misread.kind());
        assertEquals("OCR: “吕” read where a number is printed", misread.note());
        assertTrue(!misread.isCertain());
    }

    @Test
    void leavesARowWithTooFewValuesOutWhenItWasNotReadByOcr() {
        TableSpec t3 = formats.table("t3", "v2021").orElseThrow();
        TableReading reading = reader.read(t3, grid(
                "（六）其他处理|1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请|0|0|0|6|2|吕|8"));
        assertNull(cell(reading, "t3.other.overdue_no_correction.total"));
        assertTrue(reading.findings().stream().anyMatch(f -> f.rule().equals("extract.row_width")));
    }
}
