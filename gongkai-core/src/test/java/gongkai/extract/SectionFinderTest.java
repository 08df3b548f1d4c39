package gongkai.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.format.ReportFormats;
import java.util.List;
import org.junit.jupiter.api.Test;

class SectionFinderTest {
    private final SectionFinder finder = new SectionFinder(ReportFormats.standard().sections());

    private List<String> keys(String text) {
        return finder.find(text).stream().map(SectionHit::key).toList();
    }

    @Test
    void findsTheSixHeadingsOnTheirOwnLines() {
        String text = "一、总体情况\n甲\n二、主动公开政府信息情况\n乙\n三、收到和处理政府信息公开申请情况\n"
                + "四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n六、其他需要报告的事项\n无";
        assertEquals(List.of("s1", "s2", "s3", "s4", "s5", "s6"), keys(text));
    }

    @Test
    void acceptsHeadingVariants() {
        String text = "一、总体情况\n四、行政复议、行政诉讼情况\n五、政府信息公开工作存在的主要问题及改进情况\n";
        assertEquals(List.of("s1", "s4", "s5"), keys(text));
    }

    @Test
    void acceptsSpacesInsideHeadingsAndHeadingsInsideALine() {
        String text = "前言 一、 总体 情况 正文…二、主动公开政府信息情况 第二十条";
        assertEquals(List.of("s1", "s2"), keys(text));
    }

    @Test
    void doesNotTakeSubHeadingsOfPartOneForParts() {
        String text = "一、总体情况\n（二）主动公开政府信息情况\n正文\n二、主动公开政府信息情况\n";
        List<SectionHit> hits = finder.find(text);
        assertEquals(2, hits.size());
        assertTrue(text.substring(hits.get(1).start()).startsWith("二、主动"));
    }

    @Test
    void marksAHeadingWithAnotherPartsNumeral() {
        List<SectionHit> hits = finder.find("一、总体情况\n五、其他需要报告的事项\n");
        assertEquals("s6", hits.get(1).key());
        assertTrue(hits.get(1).misnumbered());
        assertFalse(hits.get(0).misnumbered());
    }

    @Test
    void findsPartsNumberedInAHouseStyle() {
        String paren = "（一）总体情况\n1.主动公开\n（二）主动公开政府信息情况\n（三）收到和处理政府信息公开申请情况\n"
                + "（四）政府信息公开行政复议、行政诉讼情况\n（五）存在的主要问题及改进情况\n（六）其他需要报告的事项\n";
        assertEquals(List.of("s1", "s2", "s3", "s4", "s5", "s6"), keys(paren));
        String part = "第一部分　总体情况\n第二部分：主动公开政府信息情况\n第六部分 其他需要报告的事项\n";
        assertEquals(List.of("s1", "s2", "s6"), keys(part));
        assertFalse(finder.find(paren).get(0).misnumbered());
    }
}
