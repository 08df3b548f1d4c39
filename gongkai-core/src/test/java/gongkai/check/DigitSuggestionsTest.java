package gongkai.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gongkai.model.Basis;
import gongkai.model.Cell;
import gongkai.model.Report;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A doubtful OCR digit whose one alternative reading balances every rule through it gets a suggestion note. */
class DigitSuggestionsTest {
    private final Validator validator = new Validator(TestReports.FORMATS, "en");

    /** Table 4's review row: parts 10 + 1 + 0 + 0, total read 17 (the check pass read 11). */
    private static Report reviewTotalRead(String total, String note) {
        Report report = TestReports.report(TestReports.with(TestReports.consistentT4(), "t4.review.upheld", "10",
                "t4.review.corrected", "1", "t4.review.other", "0", "t4.review.pending", "0", "t4.review.total", total));
        List<Cell> cells = report.cells().stream().map(c -> c.id().equals("t4.review.total")
                ? c.withBasis(Basis.OCR).withConfidence(0.5).withNote(note) : c).toList();
        return report.withCells(cells);
    }

    @Test
    void theOtherPassesReadingThatBalancesTheRowIsSuggestedAndTheValueKept() {
        String note = "OCR: readings differ, digit pass read '17', check pass read '11', full pass read '17'";

        Cell total = cell(validator.check(reviewTotalRead("17", note)), "t4.review.total");

        assertEquals(0, total.value().compareTo(new java.math.BigDecimal("17")));
        assertEquals(note + "；OCR: rule t4.total fails through this cell；suggestion: 11", total.note());
    }

    @Test
    void aCommonConfusionThatBalancesTheRowIsSuggested() {
        Cell total = cell(validator.check(reviewTotalRead("17", "OCR: low confidence (digit pass 0.60, check pass 0.90)")),
                "t4.review.total");

        assertEquals("OCR: low confidence (digit pass 0.60, check pass 0.90)；OCR: rule t4.total fails through this cell"
                + "；suggestion: 11", total.note());
    }

    @Test
    void noSuggestionWhereNoOneReadingBalances() {
        Cell total = cell(validator.check(reviewTotalRead("25", "OCR: low confidence (digit pass 0.60, check pass 0.90)")),
                "t4.review.total");

        assertEquals("OCR: low confidence (digit pass 0.60, check pass 0.90)；OCR: rule t4.total fails through this cell",
                total.note());
    }

    @Test
    void alternativesAreTheNotedReadingsThenOneDigitConfusions() {
        Cell cell = new Cell("x", gongkai.model.CellKind.NUMBER, new java.math.BigDecimal("38"), "38", null,
                "OCR: readings differ, digit pass read '38', check pass read '36', full pass read '88'");

        assertEquals(List.of("36", "88", "33", "30"),
                DigitSuggestions.alternatives(cell).stream().map(java.math.BigDecimal::toPlainString).toList());
    }

    private static Cell cell(Report report, String id) {
        return report.cells().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }
}
