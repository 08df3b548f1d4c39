package gongkai.check;

import static gongkai.check.TestReports.consistent;
import static gongkai.check.TestReports.findings;
import static gongkai.check.TestReports.report;
import static gongkai.check.TestReports.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gongkai.model.Category;
import gongkai.model.Finding;
import gongkai.model.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CellRuleEngineTest {
    private final Validator validator = new Validator(TestReports.FORMATS, "zh");

    @Test
    void negativeNumberInTable4IsAFilingError() {
        List<Finding> found = findings(validator.check(report(Map.of("t4.review.upheld", "-1"))), "nonnegative_integer");
        assertEquals(1, found.size());
        assertEquals(Severity.ERROR, found.get(0).severity());
        assertEquals(Category.FILING, found.get(0).category());
        assertEquals(List.of("t4.review.upheld"), found.get(0).cells());
        assertEquals(new BigDecimal("-1"), found.get(0).actual());
    }

    @Test
    void fractionInTable3IsAFilingError() {
        Map<String, String> printed = with(consistent("v2021"), "t3.granted.natural_person", "1.5");
        List<Finding> found = findings(validator.check(report(printed)), "nonnegative_integer");
        assertEquals(List.of("t3.granted.natural_person"), found.get(0).cells());
    }

    @Test
    void wholeNumbersAndDecimalFeesInTable2PassTheCellRule() {
        Map<String, String> printed = with(consistent("v2021"), "t2.a20_8.admin_fee.amount", "96171.6",
                "t3.granted.natural_person", "0件");
        // the 0件 breaks no cell rule; only the sum rules may complain about it
        assertEquals(List.of(), findings(validator.check(report(printed)), "nonnegative_integer"));
    }

    @Test
    void signedChangeInV2019Table2MayBeNegativeButCountsMayNot() {
        Map<String, String> printed = Map.of("t2.a20_5.licensing.prev_year_items", "396",
                "t2.a20_5.licensing.change", "-15", "t2.a20_5.licensing.decisions", "-1",
                "t2.a20_9.procurement.amount", "7539.443252");
        List<Finding> found = findings(validator.check(report(printed)), "nonnegative_integer");
        assertEquals(List.of(List.of("t2.a20_5.licensing.decisions")), found.stream().map(Finding::cells).toList());
    }

    @Test
    void fractionalDecisionCountInV2021Table2IsAFilingError() {
        Map<String, String> printed = Map.of("t2.a20_6.penalty.decisions", "12.5", "t2.a20_8.admin_fee.amount", "0.35");
        List<Finding> found = findings(validator.check(report(printed)), "nonnegative_integer");
        assertEquals(List.of(List.of("t2.a20_6.penalty.decisions")), found.stream().map(Finding::cells).toList());
    }
}
