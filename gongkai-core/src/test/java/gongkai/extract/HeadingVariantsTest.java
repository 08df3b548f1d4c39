package gongkai.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.format.ReportFormats;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Part headings found by meaning: wording variants, typos and lost numbering of real reports. */
class HeadingVariantsTest {
    private final SectionFinder finder = new SectionFinder(ReportFormats.standard().sections());

    private SectionHit only(String text, String key) {
        List<SectionHit> hits = finder.find(text).stream().filter(h -> h.key().equals(key)).toList();
        assertEquals(1, hits.size(), text + " → " + finder.find(text));
        return hits.get(0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "五、存在的主要问题及整改措施|s5|五、存在的主要问题及整改措施|WORDING",
        "五、存在的主要问题及改进措施（一）存在问题|s5|五、存在的主要问题及改进措施|WORDING",
        "四、政府信息公开行政法复议、行政诉讼情况行政复议行政诉讼结果维持|s4|四、政府信息公开行政法复议、行政诉讼情况|TYPO",
        "四、政府信息公开行政复议与行政诉讼情况2023年|s4|四、政府信息公开行政复议与行政诉讼情况|WORDING",
        "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况行政复议行|s4|四、因政府信息公开工作被申请行政复议、提起行政诉讼情况|WORDING",
        "五、政府信息公开存在的主要问题及改进情况2021年我局|s5|五、政府信息公开存在的主要问题及改进情况|WORDING",
        "六、需要说明的其他事项与附表按照《国务院办公厅关于|s6|六、需要说明的其他事项与附表|WORDING",
        "六、其他需报告的事项无。|s6|六、其他需报告的事项|WORDING",
        "六、其他须要报告的事项|s6|六、其他须要报告的事项|TYPO",
    })
    void findsARealHeadingVariantOfItsPart(String printed, String key, String heading, String kind) {
        SectionHit hit = only("一、总体情况\n正文。" + printed, key);
        assertEquals(heading, hit.heading());
        assertEquals(HeadingVariants.Kind.valueOf(kind), hit.variant());
        assertFalse(hit.misnumbered());
    }

    @Test
    void findsAHeadingWhoseNumberingWasLostAloneOnItsLine() {
        String text = "## 总体情况\n2024年，我局…\n## 主动公开政府信息情况\n表\n## 收到和处理政府信息公开申请情况\n";
        List<SectionHit> hits = finder.find(text);
        assertEquals(List.of("s1", "s2", "s3"), hits.stream().map(SectionHit::key).toList());
        assertEquals("总体情况", hits.get(0).heading());
        assertEquals(HeadingVariants.Kind.UNNUMBERED, hits.get(0).variant());
        assertTrue(text.startsWith("2024年", hits.get(0).headingEnd() + 1));
    }

    @Test
    void theTemplatesWordingIsNoVariant() {
        assertNull(only("一、总体情况\n四、政府信息公开行政复议、行政诉讼情况\n", "s4").variant());
    }

    @Test
    void takesNoSentenceOrTableRowForAHeading() {
        String text = "一、总体情况\n本报告包括总体情况、主动公开政府信息情况、存在的主要问题及改进情况等六部分。"
                + "四、结转下年度继续办理0四、加强行政复议应诉工作";
        assertEquals(List.of("s1"), finder.find(text).stream().map(SectionHit::key).toList());
    }

    @Test
    void aVariantWithAnotherPartsNumeralIsMisnumbered() {
        SectionHit hit = only("一、总体情况\n五、信息处理费收取情况\n六、存在的主要问题和改进情况（一）", "s5");
        assertTrue(hit.misnumbered());
        assertEquals("六、存在的主要问题和改进情况", hit.heading());
    }
}
