package gongkai.check;

import static gongkai.check.TestReports.SECTIONS;
import static gongkai.check.TestReports.consistentT3;
import static gongkai.check.TestReports.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.model.Category;
import gongkai.model.Finding;
import gongkai.model.Recognition;
import gongkai.model.Report;
import gongkai.model.Section;
import gongkai.model.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormatChecksTest {
    private final Validator validator = new Validator(TestReports.FORMATS, "zh");

    private static Map<String, String> t2v2021() {
        Map<String, String> printed = new LinkedHashMap<>();
        printed.put("t2.a20_1.regulation.issued", "0");
        printed.put("t2.a20_1.regulation.repealed", "0");
        printed.put("t2.a20_1.regulation.in_force", "0");
        printed.put("t2.a20_5.licensing.decisions", "1379");
        printed.put("t2.a20_8.admin_fee.amount", "0");
        return printed;
    }

    @Test
    void missingPartIsAFormatWarning() {
        List<Section> sections = new ArrayList<>(SECTIONS);
        sections.remove(4);
        Report report = TestReports.report("r", "a.pdf", "某局", 2023, consistentT3("v2021"), sections);
        List<Finding> found = findings(validator.check(report), FormatChecks.MISSING_SECTION);
        assertEquals(1, found.size());
        assertEquals(Severity.WARNING, found.get(0).severity());
        assertEquals(Category.FORMAT, found.get(0).category());
        assertTrue(found.get(0).message().contains("五、存在的主要问题及改进情况"), found.get(0).message());
    }

    @Test
    void aMissingPartOfAScannedReportIsOurDoubt() {
        List<Section> sections = new ArrayList<>(SECTIONS);
        sections.remove(4);
        Report report = TestReports.report("r", "a.pdf", "某局", 2023, consistentT3("v2021"), sections);
        Report scanned = report.withFindings(List.of(Finding.of(Recognition.PAGE_RULE, Severity.INFO,
                Category.EXTRACTION, "page 1 has no text layer: read by OCR (skew 0.00°)")));
        List<Finding> found = findings(validator.check(scanned), FormatChecks.MISSING_SECTION);
        assertEquals(1, found.size());
        assertEquals(Category.EXTRACTION, found.get(0).category());
    }

    @Test
    void hongze2023MixOfV2021Table2AndV2019Table3IsAFormatInfo() {
        Map<String, String> printed = new LinkedHashMap<>(t2v2021());
        printed.putAll(consistentT3("v2019"));
        Report report = TestReports.report("r", "a.pdf", "洪泽区", 2023, printed, SECTIONS);
        List<Finding> found = findings(validator.check(report), FormatChecks.MIXED_LAYOUT);
        assertEquals(1, found.size());
        assertEquals(Severity.INFO, found.get(0).severity());
        assertEquals(Category.FORMAT, found.get(0).category());
    }

    @Test
    void tablesOfOneVersionAreNotMixed() {
        Map<String, String> printed = new LinkedHashMap<>(t2v2021());
        printed.putAll(consistentT3("v2021"));
        Report checked = validator.check(TestReports.report("r", "a.pdf", "某局", 2023, printed, SECTIONS));
        assertEquals(List.of(), checked.findings());
    }

    @Test
    void partFiveSayingOnlyNoneIsAFormatWarning() {
        List<Section> sections = new ArrayList<>(SECTIONS);
        sections.set(4, new Section("s5", "五、存在的主要问题及改进情况", " 无。"));
        Report report = TestReports.report("r", "a.pdf", "某局", 2023, consistentT3("v2021"), sections);
        Finding f = findings(validator.check(report), FormatChecks.S5_EMPTY).get(0);
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(Category.FORMAT, f.category());
    }
}
