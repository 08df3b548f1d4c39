package gongkai.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.format.ReportFormats;
import gongkai.format.TableSpec;
import gongkai.model.Basis;
import gongkai.model.Cell;
import gongkai.model.Finding;
import gongkai.model.GridCell;
import gongkai.model.Location;
import gongkai.model.Recognition;
import gongkai.model.TableGrid;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rows of a scanned table whose labels OCR garbled beyond a fuzzy match are placed by their order between matched
 * rows, when the gap's sizes agree and the label is like the expected one; their cells keep their values and are
 * flagged. A gap whose sizes disagree, an unlike label and a text document get no placement by this step.
 */
class OrderedLabelFillTest {
    private static final String VALUES = "|1|2|0|0|0|0|3";
    private static final String PARTIAL = "（二）部分公开（区分处理的，只计这一情形，不计其他情形）|0|1|0|0|0|0|1";
    private static final String LAW = "（三）不予公开|2.其他法律行政法规禁止公开|0|0|1|0|0|0|1";
    private final TableSpec t3 = ReportFormats.standard().table("t3", "v2021").orElseThrow();
    private final GridTableReader reader = new GridTableReader();

    /** A grid whose cells were read by OCR, sure of every reading (as the digit passes decide a clean cell). */
    private static TableGrid scanned(String... rows) {
        List<GridCell> cells = new ArrayList<>();
        for (GridCell c : GridTableReaderTest.grid(rows).cells()) {
            cells.add(c.withRecognition(new Recognition(0.99, null)));
        }
        TableGrid printed = GridTableReaderTest.grid(rows);
        return new TableGrid(cells, printed.rowCount(), printed.colCount(), Location.UNKNOWN);
    }

    @Test
    void placesAGarbledRowBetweenTwoMatchedRowsAndFlagsItsCells() {
        TableReading reading = reader.read(t3, scanned(PARTIAL, "（三）不予公开|1.届丁国家秘密" + VALUES, LAW));

        Cell natural = reading.cells().get("t3.denied.state_secret.natural_person");
        assertEquals(1, natural.value().intValue());
        assertEquals(3, reading.cells().get("t3.denied.state_secret.total").value().intValue());
        assertEquals(Basis.OCR, natural.basis());
        assertFalse(natural.isCertain());
        assertEquals("OCR: row label recognised as “（三）不予公开 1.届丁国家秘密”, placed by order on row “属于国家秘密”",
                natural.note());
        assertTrue(reading.cells().get("t3.denied.law_prohibited.total").isCertain());
        Finding placed = only(reading, RowAssigner.ORDER_RULE);
        assertEquals(7, placed.cells().size());
        assertEquals("t3.denied.state_secret.natural_person", placed.cells().get(0));
    }

    @Test
    void placesTheTablesFirstRowGarbledInFourCharactersByTheGridsStart() { // 年→牟 息→自 申→中 量→重: fuzzy fails
        TableReading reading = reader.read(t3, scanned("一、本牟新收政府信自公开中请数重" + VALUES,
                "二、上年结转政府信息公开申请数量|0|0|0|0|0|0|0"));

        Cell total = reading.cells().get("t3.new_received.total");
        assertEquals(3, total.value().intValue());
        assertTrue(Recognition.placedByOrder(total.note()), total.note());
    }

    @Test
    void neverPlacesAcrossAGapWhoseSizesDisagree() { // two unmatched rows for the one layout row left between
        TableReading reading = reader.read(t3, scanned(PARTIAL, "（三）不予公开|1.届丁国家秘密" + VALUES,
                "|" + VALUES, LAW));

        assertNull(reading.cells().get("t3.denied.state_secret.natural_person"));
        assertTrue(reading.findings().stream().noneMatch(f -> f.rule().equals(RowAssigner.ORDER_RULE)));
        assertTrue(reading.findings().stream().noneMatch(f -> f.rule().equals("extract.row_by_position")));
        assertTrue(reading.cells().get("t3.denied.law_prohibited.total").isCertain());
    }

    @Test
    void neverPlacesARowWhoseLabelIsUnlikeTheExpectedOne() { // the right gap, but a heading read with values
        TableReading reading = reader.read(t3, scanned(PARTIAL, "（三）不予公开|申请人情况说明" + VALUES, LAW));

        assertNull(reading.cells().get("t3.denied.state_secret.natural_person"));
    }

    @Test
    void aTextDocumentKeepsItsOwnRuleOfOneLabelledRowForOneGap() { // printed labels: a typo, not a misreading
        TableReading reading = reader.read(t3, GridTableReaderTest.grid(PARTIAL, "（三）不予公开|1.届丁国家秘密" + VALUES,
                "|" + VALUES, LAW));

        assertNull(reading.cells().get("t3.denied.state_secret.natural_person").note());
        assertTrue(reading.findings().stream().noneMatch(f -> f.rule().equals(RowAssigner.ORDER_RULE)));
        only(reading, "extract.row_by_position");
    }

    @Test
    void aTextGridOfAScannedDocumentIsTreatedAsScanned() { // tables built from the OCR running text carry no recognition
        TableReading reading = reader.read(t3, GridTableReaderTest.grid(PARTIAL, "（三）不予公开|1.届丁国家秘密" + VALUES,
                LAW), true);

        Cell natural = reading.cells().get("t3.denied.state_secret.natural_person");
        assertEquals(Basis.ORDER, natural.basis());
        assertFalse(natural.isCertain());
        assertTrue(Recognition.placedByOrder(natural.note()), natural.note());
    }

    @Test
    void similarityNeedsHalfTheLabelOrSixCharactersOfALongOneAndNoNoise() {
        var lines = RowTarget.rows(RowTarget.of(t3));
        var secret = lines.stream().filter(l -> l.labels().get(0).equals("属于国家秘密")).findFirst().orElseThrow();
        var partial = lines.stream().filter(l -> l.labels().get(0).startsWith("部分公开")).findFirst().orElseThrow();
        assertTrue(OrderedLabelFill.similar("1.届丁国家秘密", secret));
        assertTrue(OrderedLabelFill.similar("1.FE局一本 [瑟一1号家一秘相史密", secret)); // 200 dpi fixture: 家秘密
        assertFalse(OrderedLabelFill.similar("1.国家", secret));
        assertFalse(OrderedLabelFill.similar("属于国家秘密" + "让二本全人八大天二站和有失丰名几有由", secret));
        assertTrue(OrderedLabelFill.similar("(二)部分会开《分区处理", partial));
        assertFalse(OrderedLabelFill.similar("只计这一情", partial));
    }

    private static Finding only(TableReading reading, String rule) {
        List<Finding> found = reading.findings().stream().filter(f -> f.rule().equals(rule)).toList();
        assertEquals(1, found.size(), reading.findings().toString());
        return found.get(0);
    }
}
