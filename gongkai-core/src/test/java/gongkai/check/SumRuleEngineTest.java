package gongkai.check;

import static gongkai.check.TestReports.consistent;
import static gongkai.check.TestReports.errors;
import static gongkai.check.TestReports.findings;
import static gongkai.check.TestReports.report;
import static gongkai.check.TestReports.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.model.Category;
import gongkai.model.Finding;
import gongkai.model.Report;
import gongkai.model.Severity;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SumRuleEngineTest {
    private final Validator validator = new Validator(TestReports.FORMATS, "zh");

    private Report check(Map<String, String> printed) {
        return validator.check(report(printed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"v2019", "v2021"})
    void consistentTablesHaveNoFindings(String layout) {
        assertEquals(List.of(), validator.check(TestReports.reportIn(layout, consistent(layout))).findings());
    }

    @Test
    void rowTotalThatDoesNotAddUpIsAFilingError() {
        Map<String, String> base = consistent("v2021");
        int printed = Integer.parseInt(base.get("t3.granted.total"));
        Report checked = check(with(base, "t3.granted.total", String.valueOf(printed + 1)));
        List<Finding> row = findings(checked, "t3.row_total");
        assertEquals(1, row.size());
        Finding f = row.get(0);
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(Category.FILING, f.category());
        assertEquals(BigDecimal.valueOf(printed), f.expected());
        assertEquals(BigDecimal.valueOf(printed + 1), f.actual());
        assertEquals(List.of("t3.granted.natural_person", "t3.granted.commercial_enterprise",
                "t3.granted.research_institution", "t3.granted.social_welfare_org", "t3.granted.legal_service_org",
                "t3.granted.other_org", "t3.granted.total"), f.cells());
        assertTrue(f.message().startsWith("表三“予以公开”行"), f.message());
    }

    @Test
    void flowIdentityBrokenInOneColumnIsAFilingError() {
        // Huai'an 2024 total column: 3119 + 34 = 3050 + 103; print 3118 new instead, row total kept consistent
        Map<String, String> printed = new LinkedHashMap<>();
        printed.put("t3.new_received.total", "3118");
        printed.put("t3.carried_in.total", "34");
        printed.put("t3.result_total.total", "3050");
        printed.put("t3.carried_out.total", "103");
        Report checked = check(printed);
        Finding f = findings(checked, "t3.flow").stream().filter(x -> x.cells().contains("t3.new_received.total"))
                .findFirst().orElseThrow();
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(Category.FILING, f.category());
        assertEquals(List.of("t3.new_received.total", "t3.carried_in.total", "t3.result_total.total",
                "t3.carried_out.total"), f.cells());
        assertEquals(new BigDecimal("3152"), f.expected());
        assertEquals(new BigDecimal("3153"), f.actual());
        assertTrue(f.message().contains("“总计”列"), f.message());
    }

    @Test
    void flowIdentityThatBalancesGivesNoError() {
        Map<String, String> printed = Map.of("t3.new_received.total", "3119", "t3.carried_in.total", "34",
                "t3.result_total.total", "3050", "t3.carried_out.total", "103");
        assertTrue(findings(check(printed), "t3.flow").stream().noneMatch(f -> f.severity() == Severity.ERROR));
    }

    @ParameterizedTest
    @ValueSource(strings = {"v2019", "v2021"})
    void resultRowsThatDoNotAddUpToTotalAreAFilingError(String layout) {
        Map<String, String> base = consistent(layout);
        String otherRow = layout.equals("v2019") ? "t3.other.natural_person" : "t3.other.overdue_no_fee.natural_person";
        int printed = Integer.parseInt(base.get("t3.result_total.natural_person"));
        Report checked = check(with(base, "t3.result_total.natural_person", String.valueOf(printed + 2)));
        Finding f = findings(checked, "t3.result_total").get(0);
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(Category.FILING, f.category());
        assertEquals(BigDecimal.valueOf(printed), f.expected());
        assertEquals(BigDecimal.valueOf(printed + 2), f.actual());
        assertTrue(f.cells().contains(otherRow), f.cells().toString());
        assertEquals(layout.equals("v2019") ? 20 : 22, f.cells().size());
    }

    @Test
    void hongze2023ReviewAndLitigationTotalsPrintedAsZeroAreTwoErrors() {
        Map<String, String> printed = new LinkedHashMap<>();
        put(printed, "review", "10", "1", "0", "0", "0");
        put(printed, "lit_direct", "0", "0", "0", "0", "0");
        put(printed, "lit_after_review", "5", "0", "0", "0", "0");
        List<Finding> errors = errors(check(printed));
        assertEquals(2, errors.size(), errors.toString());
        assertEquals("t4.total", errors.get(0).rule());
        assertTrue(errors.get(0).cells().contains("t4.review.total"));
        assertEquals(new BigDecimal("11"), errors.get(0).expected());
        assertEquals(BigDecimal.ZERO, errors.get(0).actual());
        assertTrue(errors.get(1).cells().contains("t4.lit_after_review.total"));
        assertEquals(new BigDecimal("5"), errors.get(1).expected());
        assertEquals(BigDecimal.ZERO, errors.get(1).actual());
        assertEquals(Category.FILING, errors.get(1).category());
    }

    @Test
    void t4TotalThatAddsUpGivesNoFinding() {
        Map<String, String> printed = new LinkedHashMap<>();
        put(printed, "review", "72", "64", "178", "37", "351");
        put(printed, "lit_direct", "13", "4", "8", "1", "26");
        put(printed, "lit_after_review", "12", "1", "1", "6", "20");
        assertEquals(List.of(), check(printed).findings());
    }

    @Test
    void blankOperandIsReportedAsInfoNotError() {
        Map<String, String> printed = new LinkedHashMap<>();
        put(printed, "review", "5", "", "2", "", "9");
        Report checked = check(printed);
        assertEquals(List.of(), errors(checked));
        Finding f = findings(checked, "t4.total.not_evaluated").get(0);
        assertEquals(Severity.INFO, f.severity());
        assertEquals(Category.FILING, f.category());
        assertEquals(List.of("t4.review.corrected", "t4.review.pending"), f.cells());
        assertTrue(f.message().contains("空白按 0 计也不平衡"), f.message());
    }

    @Test
    void missingOperandIsAnExtractionInfo() {
        Map<String, String> printed = new LinkedHashMap<>();
        put(printed, "review", "5", "2", "0", "0", "7");
        printed.remove("t4.review.other");
        Finding f = findings(check(printed), "t4.total.not_evaluated").get(0);
        assertEquals(Category.EXTRACTION, f.category());
        assertEquals(List.of("t4.review.other"), f.cells());
    }

    @Test
    void naAndTextOperandsAreNotReadAsZero() {
        Map<String, String> printed = new LinkedHashMap<>();
        put(printed, "review", "5", "/", "详见附表", "0", "5");
        Report checked = check(printed);
        assertEquals(List.of(), errors(checked));
        assertEquals(List.of("t4.review.corrected", "t4.review.other"),
                findings(checked, "t4.total.not_evaluated").get(0).cells());
    }

    @Test
    void englishMessagesNameTheRowByKey() {
        Map<String, String> printed = new LinkedHashMap<>();
        put(printed, "review", "10", "1", "0", "0", "0");
        Report checked = new Validator(TestReports.FORMATS, "en").check(report(printed));
        assertEquals("table 4 review: upheld + corrected + other + pending must equal the total: expected 11 (10+1+0+0), printed 0",
                errors(checked).get(0).message());
    }

    static void put(Map<String, String> printed, String group, String... values) {
        List<String> parts = List.of("upheld", "corrected", "other", "pending", "total");
        for (int i = 0; i < parts.size(); i++) {
            printed.put("t4." + group + "." + parts.get(i), values[i]);
        }
    }
}
