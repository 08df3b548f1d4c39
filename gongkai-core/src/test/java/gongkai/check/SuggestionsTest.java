package gongkai.check;

import static gongkai.check.TestReports.consistent;
import static gongkai.check.TestReports.errors;
import static gongkai.check.TestReports.findings;
import static gongkai.check.TestReports.report;
import static gongkai.check.TestReports.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.model.Category;
import gongkai.model.Cell;
import gongkai.model.CellKind;
import gongkai.model.Finding;
import gongkai.model.Report;
import gongkai.model.Severity;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
    private final Validator validator = new Validator(TestReports.FORMATS, "zh");

    private static Cell cell(Report report, String id) {
        return report.cells().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void blankRowTotalGetsTheRowSumAsSuggestionButStaysBlank() {
        // Shanghai 2019 style: the 予以公开 total left blank although the row sums to 272
        Map<String, String> printed = new LinkedHashMap<>();
        List<String> values = List.of("250", "20", "1", "0", "1", "0", "");
        List<String> columns = List.of("natural_person", "commercial_enterprise", "research_institution",
                "social_welfare_org", "legal_service_org", "other_org", "total");
        for (int i = 0; i < columns.size(); i++) {
            printed.put("t3.granted." + columns.get(i), values.get(i));
        }
        Report checked = validator.check(report(printed));
        Finding f = findings(checked, Suggestions.BLANK_CELL).get(0);
        assertEquals(Severity.INFO, f.severity());
        assertEquals(new BigDecimal("272"), f.expected());
        assertTrue(f.message().contains("总计为空；按本行各项之和应为 272"), f.message());
        Cell total = cell(checked, "t3.granted.total");
        assertEquals(CellKind.EMPTY, total.kind());
        assertNull(total.value());
        assertTrue(total.note().contains("应为 272"), total.note());
        assertEquals(List.of(), errors(checked));
    }

    @Test
    void blankCellWhoseRowImpliesANegativeValueGetsNoSuggestion() {
        Map<String, String> printed = new LinkedHashMap<>();
        SumRuleEngineTest.put(printed, "review", "5", "", "2", "0", "6");
        assertEquals(List.of(), findings(validator.check(report(printed)), Suggestions.BLANK_CELL));
    }

    @Test
    void blankDetailCellGetsTheValueTheTotalImplies() {
        Map<String, String> printed = new LinkedHashMap<>();
        SumRuleEngineTest.put(printed, "review", "5", "", "2", "0", "9");
        Finding f = findings(validator.check(report(printed)), Suggestions.BLANK_CELL).get(0);
        assertEquals(new BigDecimal("2"), f.expected());
        assertTrue(f.message().startsWith("t4.review.corrected："), f.message());
    }

    @Test
    void blankCarriedOutGetsTheValueTheFlowIdentityImplies() {
        Map<String, String> printed = new LinkedHashMap<>();
        printed.put("t3.new_received.total", "3119");
        printed.put("t3.carried_in.total", "34");
        printed.put("t3.result_total.total", "3050");
        printed.put("t3.carried_out.total", "");
        Report checked = validator.check(report(printed));
        Finding f = findings(checked, Suggestions.BLANK_CELL).get(0);
        assertEquals(new BigDecimal("103"), f.expected());
        assertTrue(cell(checked, "t3.carried_out.total").note().contains("应为 103"));
    }

    @Test
    void adjacentSingleDigitsThatBalanceTheRowAsOneNumberAreASplitCellSuggestion() {
        Map<String, String> base = consistent("v2021");
        int total = Integer.parseInt(base.get("t3.granted.total"));
        int a = Integer.parseInt(base.get("t3.granted.natural_person"));
        int b = Integer.parseInt(base.get("t3.granted.commercial_enterprise"));
        // print 1 and 2 where the row needs 12 in one cell: the total was printed for the joined reading
        Map<String, String> printed = with(base, "t3.granted.natural_person", "1",
                "t3.granted.commercial_enterprise", "2", "t3.granted.total", String.valueOf(total - a - b + 12));
        Report checked = validator.check(report(printed));
        Finding f = findings(checked, Suggestions.SPLIT_CELL).get(0);
        assertEquals(Category.EXTRACTION, f.category());
        assertEquals(List.of("t3.granted.natural_person", "t3.granted.commercial_enterprise"), f.cells());
        assertEquals(new BigDecimal("12"), f.expected());
        assertEquals("1", cell(checked, "t3.granted.natural_person").raw());
    }

    @Test
    void violationWithoutAdjacentDigitsGetsNoSplitSuggestion() {
        Map<String, String> printed = new LinkedHashMap<>();
        SumRuleEngineTest.put(printed, "review", "10", "1", "0", "0", "0");
        assertEquals(List.of(), findings(validator.check(report(printed)), Suggestions.SPLIT_CELL));
    }

    @Test
    void validatorNeverChangesAPublishedNumber() {
        Map<String, String> printed = with(consistent("v2019"), "t3.granted.total", "", "t3.partial.natural_person", "1",
                "t3.partial.commercial_enterprise", "2", "t4.review.total", "0", "t3.other.total", "/");
        Report report = report(printed);
        Report checked = validator.check(report);
        assertEquals(report.cells().size(), checked.cells().size());
        for (int i = 0; i < report.cells().size(); i++) {
            Cell before = report.cells().get(i);
            Cell after = checked.cells().get(i);
            assertEquals(List.of(before.id(), before.kind(), String.valueOf(before.value()), before.raw()),
                    List.of(after.id(), after.kind(), String.valueOf(after.value()), after.raw()));
        }
        assertTrue(checked.cells().stream().anyMatch(c -> c.note() != null));
    }
}
