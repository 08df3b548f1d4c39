package gongkai.check;

import static gongkai.check.TestReports.SECTIONS;
import static gongkai.check.TestReports.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.format.AuditSpec;
import gongkai.format.AuditSpec.ClaimSpec;
import gongkai.model.Category;
import gongkai.model.Finding;
import gongkai.model.Report;
import gongkai.model.Section;
import gongkai.model.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Narrative vs tables, on the figures of 淮安市人民政府 2024 (formats.md [S2]). */
class NarrativeChecksTest {
    @Test
    void aClaimRuleWithoutPatternsIsAClearFormatError() {
        AuditSpec audits = new AuditSpec(List.of("s1"), List.of(new ClaimSpec("a9.unknown", "未知", List.of("t3.x.total"),
                "info", false)), null, null, null, null, null, null, null, null, null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NarrativeClaims.of(audits));
        assertEquals("formats.json: no patterns for claim rule a9.unknown", e.getMessage());
    }

    private static final String S3_HUAIAN = "2024 年，全市共受理政府信息公开申请 3119 件，答复 3050 件（含上年度结转申请 34 件，"
            + "另有 103 件顺延到下年度答复），均在法定期限内予以答复。";
    private static final String S4_HUAIAN = "政府信息公开行政复议 351件，其中结果维持 72 件，结果纠正 64 件，其他结果 178 件，尚未审结 37 件；"
            + "政府信息公开行政诉讼 46 件，其中结果维持 25件，结果纠正 5 件，其他结果 9 件，尚未审结 7 件。";
    private final Validator validator = new Validator(TestReports.FORMATS, "zh");

    private static Map<String, String> huaian() {
        Map<String, String> printed = new LinkedHashMap<>();
        printed.put("t3.new_received.total", "3119");
        printed.put("t3.carried_in.total", "34");
        printed.put("t3.result_total.total", "3050");
        printed.put("t3.carried_out.total", "103");
        printed.put("t4.review.total", "351");
        printed.put("t4.lit_direct.total", "26");
        printed.put("t4.lit_after_review.total", "20");
        return printed;
    }

    private Report check(String s3, String s4, String s6, Map<String, String> printed) {
        List<Section> sections = new ArrayList<>(SECTIONS);
        sections.set(2, new Section("s3", "三、收到和处理政府信息公开申请情况", s3));
        sections.set(3, new Section("s4", "四、政府信息公开行政复议、行政诉讼情况", s4));
        sections.set(5, new Section("s6", "六、其他需要报告的事项", s6));
        return validator.check(TestReports.report("r", "huaian-2024.pdf", "淮安市人民政府", 2024, printed, sections));
    }

    @Test
    void narrativeThatRestatesTheTablesGivesNoWarning() {
        Report checked = check(S3_HUAIAN, S4_HUAIAN, "收取信息处理费3940元。", huaian());
        assertEquals(List.of(), checked.findings().stream().filter(f -> f.rule().startsWith("a")).toList());
    }

    @ParameterizedTest
    @CsvSource({"a1.new_received, t3.new_received.total, 3119", "a1.result_total, t3.result_total.total, 3050",
            "a1.carried_in, t3.carried_in.total, 34", "a1.carried_out, t3.carried_out.total, 103",
            "a1.review, t4.review.total, 351", "a1.litigation, t4.lit_direct.total, 46"})
    void eachNarrativeCountThatDiffersFromItsTableCellIsAWarning(String rule, String cell, int stated) {
        Map<String, String> printed = huaian();
        printed.put(cell, String.valueOf(Integer.parseInt(printed.get(cell)) + 1));
        List<Finding> found = check(S3_HUAIAN, S4_HUAIAN, "收取信息处理费3940元。", printed).findings().stream()
                .filter(f -> f.rule().startsWith("a1.")).toList();
        assertEquals(List.of(rule), found.stream().map(Finding::rule).toList());
        assertEquals(Severity.WARNING, found.get(0).severity());
        assertEquals(Category.FILING, found.get(0).category());
        assertTrue(found.get(0).cells().contains(cell));
        assertEquals(BigDecimal.valueOf(stated + 1), found.get(0).expected());
        assertEquals(BigDecimal.valueOf(stated), found.get(0).actual());
    }

    @Test
    void resultGroupCountsThatDifferAreInfoNamingTheSubRowTheyEqual() {
        // 上海市人民政府办公厅 2019 (formats.md A2): 258 vs 272+3, 265 vs 265+47+25; 35 and 158 match
        Map<String, String> printed = new LinkedHashMap<>();
        printed.put("t3.granted.total", "272");
        printed.put("t3.partial.total", "3");
        printed.put("t3.unavailable.not_held.total", "265");
        printed.put("t3.unavailable.needs_creation.total", "47");
        printed.put("t3.unavailable.still_unclear.total", "25");
        printed.put("t3.other.total", "158");
        String s3 = "予以公开及部分公开258件，占33.9%；无法提供265件，占32.9%；其他处理158件。";
        Report checked = check(s3, S4_HUAIAN, "无。", printed);
        Finding both = findings(checked, "a2.granted_partial").get(0);
        assertEquals(Severity.INFO, both.severity());
        assertEquals(new BigDecimal("275"), both.expected());
        assertEquals(new BigDecimal("258"), both.actual());
        Finding unavailable = findings(checked, "a2.unavailable").get(0);
        assertEquals(new BigDecimal("337"), unavailable.expected());
        assertTrue(unavailable.message().contains("t3.unavailable.not_held.total"), unavailable.message());
        assertEquals(List.of(), findings(checked, "a2.other"));
        assertEquals(List.of(), findings(checked, "a2.granted"));
        assertEquals(List.of(), findings(checked, "a2.partial"));
    }

    @Test
    void countsWithThousandsSeparatorsAreRead() {
        Report checked = check("全年共收到政府信息公开申请3,119件，答复3,050件。", S4_HUAIAN, "无。", huaian());
        assertEquals(List.of(), checked.findings().stream().filter(f -> f.rule().startsWith("a1.")).toList());
        Finding f = findings(check("全年共收到政府信息公开申请3,129件。", S4_HUAIAN, "无。", huaian()),
                "a1.new_received").get(0);
        assertEquals(new BigDecimal("3129"), f.actual());
    }

    @Test
    void countBeforeTheWordApplicationIsRead() {
        // 平潭综合实验区 2021: table 3 totals 70 new, 69 results, 1 carried out
        Map<String, String> printed = new LinkedHashMap<>();
        printed.put("t3.new_received.total", "70");
        printed.put("t3.result_total.total", "69");
        printed.put("t3.carried_out.total", "1");
        String s1 = "本年度全区共收到70件申请，及时依法依规办结69件，1件结转下年度继续办理。";
        assertEquals(List.of(), check(s1, "", "无。", printed).findings().stream()
                .filter(f -> f.rule().startsWith("a1.")).toList());
        printed.put("t3.new_received.total", "71");
        Finding f = findings(check(s1, "", "无。", printed), "a1.new_received").get(0);
        assertEquals(new BigDecimal("70"), f.actual());
    }

    @Test
    void receivedCountThatDiffersFromTheTableIsAFilingWarningWithTheSentence() {
        String s3 = "全年共收到政府信息公开申请3153件，答复3050件。";
        Finding f = findings(check(s3, S4_HUAIAN, "无。", huaian()), "a1.new_received").get(0);
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(Category.FILING, f.category());
        assertEquals(List.of("t3.new_received.total"), f.cells());
        assertEquals(new BigDecimal("3119"), f.expected());
        assertEquals(new BigDecimal("3153"), f.actual());
        assertTrue(f.message().contains("全年共收到政府信息公开申请3153件"), f.message());
        assertTrue(f.message().contains("t3.new_received.total+t3.carried_in.total"), f.message());
    }

    @Test
    void litigationCountIsComparedWithBothLitigationTotals() {
        Finding f = findings(check(S3_HUAIAN, "行政复议351件，行政诉讼26件。", "无。", huaian()), "a1.litigation").get(0);
        assertEquals(List.of("t4.lit_direct.total", "t4.lit_after_review.total"), f.cells());
        assertEquals(new BigDecimal("46"), f.expected());
        assertEquals(new BigDecimal("26"), f.actual());
        assertTrue(f.message().contains("t4.lit_direct.total"), f.message());
    }

    @Test
    void carriedOutStatedBeforeItsVerbIsCompared() {
        String s3 = "答复3050件（含上年度结转申请34件，另有13件顺延到下年度答复）。";
        Finding f = findings(check(s3, S4_HUAIAN, "无。", huaian()), "a1.carried_out").get(0);
        assertEquals(new BigDecimal("103"), f.expected());
        assertEquals(new BigDecimal("13"), f.actual());
    }

    @Test
    void reviewApplicationsAreNotTakenForDisclosureApplications() {
        Report checked = check("收到行政复议申请2件。", S4_HUAIAN, "无。", huaian());
        assertEquals(List.of(), findings(checked, "a1.new_received"));
    }

    @Test
    void partsOfABreakdownAreNotTakenForTotals() {
        String s3 = "全年共收到政府信息公开申请3119件，其中网上收到申请3000件；答复3050件，其中按时答复3000件，延期答复50件。";
        Report checked = check(s3, S4_HUAIAN, "无。", huaian());
        assertEquals(List.of(), checked.findings().stream().filter(f -> f.rule().startsWith("a1.")).toList());
    }

    @Test
    void feesInTheTablesWithoutAWordOnFeesInPartSixAreInfo() {
        Map<String, String> printed = huaian();
        printed.put("t3.other.overdue_no_fee.total", "2");
        Finding f = findings(check(S3_HUAIAN, S4_HUAIAN, "无。", printed), NarrativeChecks.FEE_MENTION).get(0);
        assertEquals(Severity.INFO, f.severity());
        assertEquals(List.of("t3.other.overdue_no_fee.total"), f.cells());
        assertEquals(List.of(), findings(check(S3_HUAIAN, S4_HUAIAN, "收取信息处理费3940元。", printed),
                NarrativeChecks.FEE_MENTION));
    }
}
