package gongkai.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gongkai.model.Report;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LayoutsTest {
    private static String t3Layout(Map<String, String> printed, String preferred) {
        Report report = TestReports.report(printed);
        return Layouts.infer(TestReports.FORMATS, new CellIndex(report.cells()), "t3", preferred).orElseThrow().layout();
    }

    @Test
    void singleOtherRowMeansV2019Layout() {
        assertEquals("v2019", t3Layout(Map.of("t3.other.natural_person", "0", "t3.granted.total", "1"), "v2021"));
    }

    @Test
    void otherSubRowsMeanV2021Layout() {
        assertEquals("v2021", t3Layout(Map.of("t3.other.other.total", "0", "t3.granted.total", "1"), "v2019"));
    }

    @Test
    void withoutAnyOtherRowTheReportsVersionDecides() {
        Map<String, String> printed = Map.of("t3.granted.total", "1");
        assertEquals("v2021", t3Layout(printed, "v2021"));
        assertEquals("v2019", t3Layout(printed, "v2019"));
    }

    @Test
    void preferredVersionFallsBackToTheYear() {
        assertEquals("v2021", Layouts.preferredVersion(TestReports.FORMATS, "unknown", 2022));
        assertEquals("v2019", Layouts.preferredVersion(TestReports.FORMATS, null, 2020));
    }
}
