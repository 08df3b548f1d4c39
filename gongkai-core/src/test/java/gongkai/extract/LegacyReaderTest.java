package gongkai.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.format.LegacyFormat;
import gongkai.model.Basis;
import gongkai.model.Cell;
import gongkai.model.CellKind;
import gongkai.model.Section;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The legacy reader on small made-up texts: each way an annex is printed, and what is flagged. */
class LegacyReaderTest {
    private final LegacyReader reader = new LegacyReader(LegacyFormat.standard());

    private static Cell cell(LegacyReader.Reading r, String id) {
        return r.cells().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    @Test
    void findsNumberedPartsByTopicWithTheHeadingAsPrinted() {
        LegacyReader.Reading r = reader.read("本报告由概述、主动公开等部分组成。一、概述今年（一）工作二、主动公开政府信息情况2015年主动公开政府信息12条。"
                + "三、回应解读情况略。四、依申请公开政府信息情况未收到申请。五、主要问题和改进措施虽然，一、工作职责");
        assertEquals(List.of("overview", "proactive", "part3", "on_request", "problems"),
                r.sections().stream().map(Section::key).toList());
        assertEquals(List.of("一、概述", "二、主动公开政府信息情况", "三、回应解读情况", "四、依申请公开政府信息情况", "五、主要问题和改进措施"),
                r.sections().stream().map(Section::heading).toList());
        assertEquals("2015年主动公开政府信息12条。", r.sections().get(1).text());
        assertEquals(new BigDecimal(12), cell(r, "narrative.proactive.value").value());
        assertEquals("二、主动公开政府信息情况", cell(r, "narrative.proactive.value").columnLabel());
        assertEquals(BigDecimal.ZERO, cell(r, "narrative.received.value").value());
    }

    @Test
    void splitsGluedDigitsByTheAnnexSumsAndTheNarrative() {
        LegacyReader.Reading r = reader.read("二、主动公开政府信息情况全年主动公开政府信息3460条。三、政府信息公开情况统计表"
                + "指标名称计量单位2016年度历年累计主动公开文件数条346085376其中：1、政府网站公开数条3460853762、政府公报公开数条00"
                + "受理依申请公开信息总数条728其中：1、当面申请数条0182、网上申请数条710");
        Cell total = cell(r, "annex.proactive.year");
        assertEquals(new BigDecimal(3460), total.value());
        assertEquals(Basis.RULES, total.basis());
        assertEquals("主动公开文件数", total.rowLabel());
        assertEquals("2016年度", total.columnLabel());
        assertEquals("85376", cell(r, "annex.proactive_website.cumulative").raw());
        assertEquals("2、政府公报公开数", cell(r, "annex.proactive_gazette.year").rowLabel());
        assertEquals("条", cell(r, "annex.proactive.unit").raw());
        assertEquals("计量单位", cell(r, "annex.proactive.unit").columnLabel());
        // 728 = 7|28 forced by the channels 0|18 and 7|10 (72|8 would need 72 = 0 + 7)
        assertEquals("7", cell(r, "annex.received.year").raw());
        assertEquals("28", cell(r, "annex.received.cumulative").raw());
        assertEquals(Basis.LAYOUT, cell(r, "annex.received_in_person.year").basis(), "018 splits one way only");
        assertTrue(r.errors().isEmpty(), r.errors().toString());
    }

    @Test
    void flagsASplitNothingDecidesAndNeverPassesItOffAsCertain() {
        LegacyReader.Reading r = reader.read("一、政府信息公开情况统计表指标名称计量单位2012年度历年累计行政复议数件1234行政诉讼数件00");
        Cell year = cell(r, "annex.review.year");
        assertEquals(Basis.CHOICE, year.basis());
        assertTrue(year.note().startsWith(LegacyReader.AMBIGUOUS) && year.note().contains("1234"), year.note());
        assertTrue(!year.isCertain());
        assertEquals("AMBIGUOUS_SPLIT", r.errors().get(0).code());
        assertEquals(List.of("annex.review.year", "annex.review.cumulative"), r.findings().get(0).cells());
        assertEquals(Basis.LAYOUT, cell(r, "annex.litigation.year").basis());
    }

    @Test
    void flagsOneNumberPrintedForTwoColumns() {
        LegacyReader.Reading r = reader.read("指标名称 计量单位 2013年度 历年累计 主动公开信息数 条 5 9 其中：1、网站公开 条 5 9 2、政府公报公开 条 0 行政复议数 件 0 0");
        assertEquals("5", cell(r, "annex.proactive.year").raw());
        assertEquals(Basis.LAYOUT, cell(r, "annex.proactive.year").basis());
        Cell gazette = cell(r, "annex.proactive_gazette.year");
        assertEquals(Basis.CHOICE, gazette.basis());
        assertEquals(CellKind.EMPTY, cell(r, "annex.proactive_gazette.cumulative").kind());
        assertTrue(gazette.note().contains("which column"), gazette.note());
    }

    @Test
    void readsTheNationalTemplateKeepingUnknownRowsAsGenericCellsAndMoneyInWanYuan() {
        LegacyReader.Reading r = reader.read("政府信息公开情况统计表 统计指标 单位 统计数 一、主动公开情况 （一）主动公开政府信息数 条 120 "
                + "二、回应解读情况 （一）回应公众关注热点或重大舆情数 次 7 七、依申请公开信息收取的费用 元 2500");
        Cell generic = r.cells().stream().filter(c -> c.rowLabel() != null && c.rowLabel().contains("回应公众关注热点")
                && c.id().endsWith(".year")).findFirst().orElseThrow();
        assertTrue(generic.id().matches("annex\\.x_[0-9a-f]{8}\\.year"), generic.id());
        assertEquals("统计数", generic.columnLabel());
        assertEquals(new BigDecimal(7), generic.value());
        Cell fees = cell(r, "annex.fees.year");
        assertEquals("2500", fees.raw());
        assertEquals(0, new BigDecimal("0.25").compareTo(fees.value()), "money in 万元 as every cell");
        assertNull(fees.note());
    }

    @Test
    void hasNoCellsWithoutAnAnnexOrFigures() {
        LegacyReader.Reading r = reader.read("一、概述 我局认真开展工作。");
        assertEquals(List.of(), r.cells());
        assertEquals(List.of("一、概述"), r.sections().stream().map(Section::heading).toList());
    }
}
