package gongkai.check;

import static gongkai.check.TestReports.SECTIONS;
import static gongkai.check.TestReports.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.model.Category;
import gongkai.model.Finding;
import gongkai.model.Report;
import gongkai.model.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CrossYearChecksTest {
    private final Validator validator = new Validator(TestReports.FORMATS, "zh");

    private static Report report(String path, String agency, int year, Map<String, String> printed) {
        return TestReports.report(path, path, agency, year, printed, SECTIONS);
    }

    @Test
    void carriedInThatDiffersFromLastYearsCarriedOutIsOneWarningNamingBothFiles() {
        Report y2023 = report("hz/2023.pdf", "淮安市洪泽区人民政府", 2023,
                Map.of("t3.carried_out.total", "7", "t3.carried_out.natural_person", "5"));
        Report y2024 = report("hz/2024.pdf", "淮安市洪泽区人民政府（区政府办）", 2024,
                Map.of("t3.carried_in.total", "6", "t3.carried_in.natural_person", "4"));
        List<Report> checked = validator.checkAcrossYears(List.of(y2024, y2023));
        assertEquals(List.of(), checked.get(1).findings());
        List<Finding> found = findings(checked.get(0), CrossYearChecks.X1);
        assertEquals(1, found.size());
        Finding f = found.get(0);
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(Category.FILING, f.category());
        assertEquals(List.of("t3.carried_in.natural_person", "t3.carried_in.total"), f.cells());
        assertEquals(new BigDecimal("7"), f.expected());
        assertEquals(new BigDecimal("6"), f.actual());
        assertTrue(f.message().contains("hz/2023.pdf") && f.message().contains("hz/2024.pdf"), f.message());
    }

    @Test
    void matchingCarryOverGivesNoFinding() {
        Report y2023 = report("a/2023.pdf", "某局", 2023, Map.of("t3.carried_out.total", "7"));
        Report y2024 = report("a/2024.pdf", "某局", 2024, Map.of("t3.carried_in.total", "7"));
        assertTrue(validator.checkAcrossYears(List.of(y2023, y2024)).stream().allMatch(r -> r.findings().isEmpty()));
    }

    @Test
    void blankOrOtherAgencyOrGapYearIsSkipped() {
        Report y2023 = report("a/2023.pdf", "某局", 2023, Map.of("t3.carried_out.total", ""));
        Report y2024 = report("a/2024.pdf", "某局", 2024, Map.of("t3.carried_in.total", "7"));
        Report other = report("b/2024.pdf", "另一局", 2024, Map.of("t3.carried_in.total", "9"));
        Report y2022 = report("a/2022.pdf", "某局", 2022, Map.of("t3.carried_out.total", "1"));
        List<Report> checked = validator.checkAcrossYears(List.of(y2022, y2023, y2024, other));
        assertTrue(checked.stream().allMatch(r -> r.findings().isEmpty()));
    }

    @Test
    void inForceDocumentsThatDoNotCarryOverAreASoftWarning() {
        Report y2022 = report("a/2022.pdf", "某局", 2022, Map.of("t2.a20_1.normative_doc.in_force", "40"));
        Report y2023 = report("a/2023.pdf", "某局", 2023, Map.of("t2.a20_1.normative_doc.issued", "5",
                "t2.a20_1.normative_doc.repealed", "2", "t2.a20_1.normative_doc.in_force", "44"));
        Finding f = findings(validator.checkAcrossYears(List.of(y2022, y2023)).get(1), CrossYearChecks.X2).get(0);
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(new BigDecimal("43"), f.expected());
        assertEquals(new BigDecimal("44"), f.actual());
    }

    @Test
    void inForceDocumentsThatCarryOverAndItemsThatFollowGiveNoFinding() {
        Report y2022 = report("a/2022.pdf", "某局", 2022, Map.of("t2.a20_1.normative_doc.in_force", "40"));
        Report y2023 = report("a/2023.pdf", "某局", 2023, Map.of("t2.a20_1.normative_doc.issued", "5",
                "t2.a20_1.normative_doc.repealed", "2", "t2.a20_1.normative_doc.in_force", "43"));
        Report y2019 = report("b/2019.pdf", "乙局", 2019,
                Map.of("t2.a20_5.licensing.prev_year_items", "120", "t2.a20_5.licensing.change", "+4"));
        Report y2020 = report("b/2020.pdf", "乙局", 2020, Map.of("t2.a20_5.licensing.prev_year_items", "124"));
        assertTrue(validator.checkAcrossYears(List.of(y2022, y2023, y2019, y2020)).stream()
                .allMatch(r -> r.findings().isEmpty()));
    }

    @Test
    void previousYearItemsThatDoNotFollowLastYearsChangeAreInfo() {
        Report y2019 = report("a/2019.pdf", "某局", 2019,
                Map.of("t2.a20_5.licensing.prev_year_items", "120", "t2.a20_5.licensing.change", "+4"));
        Report y2020 = report("a/2020.pdf", "某局", 2020, Map.of("t2.a20_5.licensing.prev_year_items", "123"));
        Finding f = findings(validator.checkAcrossYears(List.of(y2019, y2020)).get(1), CrossYearChecks.X3).get(0);
        assertEquals(Severity.INFO, f.severity());
        assertEquals(new BigDecimal("124"), f.expected());
        assertEquals(new BigDecimal("123"), f.actual());
    }

    @Test
    void agencyKeyIgnoresSpacesAndATrailingBracket() {
        assertEquals(CrossYearChecks.agencyKey("某某开发区"), CrossYearChecks.agencyKey("某某 开发区（管委会）"));
    }
}
