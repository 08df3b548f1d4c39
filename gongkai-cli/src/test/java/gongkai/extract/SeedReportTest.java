package gongkai.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.cli.Pipeline;
import gongkai.model.Report;
import gongkai.model.Section;
import gongkai.model.Severity;
import gongkai.model.Status;
import gongkai.support.CellAssertions;
import gongkai.support.Gold;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The seed report (阿勒泰地区教育局 2020, tab-flattened text) read end to end. */
class SeedReportTest {
    static final Path SEED = Path.of("corpus", "000_be5ac688f3236744.txt");
    static final Path GOLD = Gold.SHARED_CORPUS.resolve("000_be5ac688f3236744.txt.gold.json");

    private final Report report = new Pipeline("zh").process(SEED);

    @Test
    void readsEveryCellOfTheSeedAsTheGoldSays() {
        Assumptions.assumeTrue(Files.exists(GOLD), "shared corpus absent");
        Gold gold = Gold.load(GOLD);
        assertEquals(198, gold.cells().size());
        CellAssertions.assertCellsEqual(gold, report);
    }

    @Test
    void countsTwentyTwoCellsInTableTwoAndOneHundredSixtyOneInTableThree() {
        assertEquals(22, report.cells().stream().filter(c -> c.id().startsWith("t2.")).count());
        assertEquals(161, report.cells().stream().filter(c -> c.id().startsWith("t3.")).count());
        assertEquals(15, report.cells().stream().filter(c -> c.id().startsWith("t4.")).count());
    }

    @Test
    void findsTitleAgencyYearAndFormat() {
        assertEquals(Status.OK, report.status());
        assertEquals("v2019", report.formatVersion());
        assertEquals("阿勒泰地区教育局", report.agency());
        assertEquals(2020, report.year());
    }

    @Test
    void findsAllSixSectionsWithTheirPrintedHeadings() {
        List<String> headings = report.sections().stream().map(Section::heading).toList();
        assertEquals(List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"), headings);
        assertTrue(report.sections().get(5).text().startsWith("无"));
    }

    @Test
    void sectionTextLeavesOutTheTablesRows() {
        Section s3 = report.sections().get(2);
        assertTrue(!s3.text().contains("本年新收政府信息公开申请数量") && !s3.text().contains("\t"), s3.text());
        assertTrue(report.sections().get(0).text().contains("对外公开发布各类信息 22 条"));
    }

    @Test
    void keepsSignedDeltasRawAndReadsTheirValue() {
        var cell = report.cells().stream().filter(c -> c.id().equals("t2.a20_5.licensing.change")).findFirst().orElseThrow();
        assertEquals("+2", cell.raw());
        assertEquals(2, cell.value().intValue());
        assertEquals(40, cell.location().line());
    }

    @Test
    void hasNoErrorFindings() {
        assertEquals(0, report.count(Severity.ERROR), report.findings().toString());
    }
}
