package gongkai.extract.flat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.format.LineSpec;
import gongkai.format.ReportFormats;
import gongkai.format.TableSpec;
import gongkai.model.Category;
import gongkai.model.Cell;
import gongkai.model.CellKind;
import gongkai.model.Finding;
import gongkai.model.Location;
import gongkai.model.ReportError;
import gongkai.model.Severity;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reading tables whose cells were flattened into glued runs of digits, with values from real reports. */
class FlattenedTableReaderTest {
    private static final ReportFormats FORMATS = ReportFormats.standard();
    private static final FlattenedTableReader READER = new FlattenedTableReader(FORMATS);
    private static final Location WHERE = Location.ofLine(40);
    private static final String T4_HEADER = "四、政府信息公开行政复议、行政诉讼情况 行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计"
            + "未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计";

    @Test
    void splitsTable4ByItsTotalsWhenOnlyOneSplitFits() {
        FlatReading reading = READER.read(table("t4", "v2019"), T4_HEADER + "10203120001200000五、存在的主要问题", WHERE);

        assertValues(reading, Map.of("t4.review.upheld", "1", "t4.review.other", "2", "t4.review.total", "3",
                "t4.lit_direct.upheld", "12", "t4.lit_direct.total", "12", "t4.lit_after_review.total", "0"));
        assertEquals("split by rule t4.total from \"10203120001200000\"", reading.cells().get("t4.review.total").note());
        assertEquals(15, reading.cells().size());
        assertTrue(reading.errors().isEmpty(), reading.errors().toString());
    }

    @Test
    void readsTheLargeCountsOfACityReportGluedTogetherAndFlagsWhatTheTotalsLeaveOpen() {
        // 淮安市 2024 table 4 (351 = 72+64+178+37; 26 = 13+4+8+1; 20 = 12+1+1+6) with its cells glued.
        FlatReading reading = READER.read(table("t4", "v2019"), T4_HEADER + "72641783735113481261211620", WHERE);

        assertValues(reading, Map.of("t4.review.upheld", "72", "t4.review.corrected", "64", "t4.review.other", "178",
                "t4.review.pending", "37", "t4.review.total", "351", "t4.lit_direct.upheld", "13",
                "t4.lit_direct.total", "26", "t4.lit_after_review.total", "20"));
        // 1211620 also reads 1|2|11|6|20, which adds up as well.
        assertEquals(Set.of("12", "1"), alternatives(reading.cells().get("t4.lit_after_review.upheld")));
        assertEquals(Set.of("1", "11"), alternatives(reading.cells().get("t4.lit_after_review.other")));
        assertEquals(4, only(reading.findings(), "flat.ambiguous_split").cells().size());
    }

    @Test
    void readsAThousandsSeparatorInsideACell() {
        String text = "第二十条第（五）项信息内容本年处理决定数量行政许可2,293 第二十条第（六）项信息内容本年处理决定数量行政处罚1282,行政强制42";

        FlatReading reading = READER.read(table("t2", "v2021"), text, WHERE);

        assertValues(reading, Map.of("t2.a20_5.licensing.decisions", "2293", "t2.a20_6.penalty.decisions", "1282",
                "t2.a20_6.coercion.decisions", "42"));
        assertEquals("2,293", reading.cells().get("t2.a20_5.licensing.decisions").raw());
    }

    @Test
    void readsASlashAsANotApplicableCellOfItsOwnAndLeavesItsRulesUnchecked() {
        String text = FlatTable3.text(Map.of("new_received", "5////05", "granted", "5////05", "result_total", "5////05"));

        FlatReading reading = READER.read(table("t3", "v2021"), text, WHERE);

        Cell na = reading.cells().get("t3.granted.commercial_enterprise");
        assertEquals(CellKind.NA, na.kind());
        assertNull(na.value());
        assertEquals("/", na.raw());
        assertValues(reading, Map.of("t3.granted.natural_person", "5", "t3.granted.other_org", "0", "t3.granted.total", "5"));
        assertTrue(reading.errors().isEmpty(), reading.errors().toString());
    }

    @Test
    void keepsATotalWhosePartsAreAllNotApplicable() {
        String text = FlatTable3.text(Map.of("new_received", "//////100", "granted", "//////100",
                "result_total", "//////100"));

        FlatReading reading = READER.read(table("t3", "v2021"), text, WHERE);

        assertValues(reading, Map.of("t3.new_received.total", "100", "t3.granted.total", "100"));
        assertEquals(CellKind.NA, reading.cells().get("t3.granted.natural_person").kind());
        assertTrue(reading.findings().isEmpty(), reading.findings().toString());
    }

    @Test
    void letsTheColumnRulesChooseBetweenTwoRowTotalConsistentSplits() {
        // 270020130 is 2|7|0|0|20|1|30 or 27|0|0|2|0|1|30 by its row total; only the second fits the columns.
        String text = FlatTable3.text(Map.of("new_received", "640020470", "granted", "270020130", "partial", "500000 5",
                "denied.internal_affairs", "1000001", "denied.enforcement_file", "6000006", "denied.admin_query", "1000001",
                "unavailable.not_held", "220000325", "other.other", "1000001", "result_total", "630020469",
                "carried_out", "1000001"));

        FlatReading reading = READER.read(table("t3", "v2021"), text, WHERE);

        assertValues(reading, Map.of("t3.granted.natural_person", "27", "t3.granted.commercial_enterprise", "0",
                "t3.granted.social_welfare_org", "2", "t3.granted.legal_service_org", "0", "t3.granted.total", "30",
                "t3.unavailable.not_held.natural_person", "22", "t3.partial.total", "5"));
        assertEquals("split by rule t3.row_total, t3.result_total from \"270020130\"",
                reading.cells().get("t3.granted.natural_person").note());
        assertNull(reading.cells().get("t3.carried_in.total").note(), "0000000 allows one split only");
        assertEquals(175, reading.cells().size());
        assertTrue(reading.errors().isEmpty(), reading.errors().toString());
    }

    @Test
    void flagsBothCellsOfATwoWaySplitAndKeepsTheMorePlausible() {
        String text = "二、主动公开政府信息情况 第二十条第（八）项信息内容上一年项目数量本年增/减行政事业性收费350"
                + "第二十条第（九）项信息内容采购项目数量采购总金额政府集中采购13575394432.52元";

        FlatReading reading = READER.read(table("t2", "v2019"), text, WHERE);

        Cell items = reading.cells().get("t2.a20_8.admin_fee.prev_year_items");
        Cell change = reading.cells().get("t2.a20_8.admin_fee.change");
        assertEquals("ambiguous, alternatives: 35|3", items.note());
        assertEquals("ambiguous, alternatives: 0|50", change.note());
        assertEquals(0, new BigDecimal("35").compareTo(items.value()));
        assertTrue(reading.errors().stream().anyMatch(e -> e.code().equals("AMBIGUOUS_SPLIT")));
        Finding finding = only(reading.findings(), "flat.ambiguous_split");
        assertEquals(Severity.WARNING, finding.severity());
        assertEquals(Category.EXTRACTION, finding.category());
        assertTrue(finding.cells().containsAll(List.of(items.id(), change.id())));
    }

    @Test
    void keepsTheUnitOnTheLastCellAndConvertsYuanToWanYuan() {
        String text = "第二十条第（九）项信息内容采购项目数量采购总金额政府集中采购13575394432.52元";

        FlatReading reading = READER.read(table("t2", "v2019"), text, WHERE);

        Cell amount = reading.cells().get("t2.a20_9.procurement.amount");
        assertTrue(amount.raw().endsWith("元"), amount.raw());
        assertTrue(amount.note().contains("75394432.52元"), amount.note());
        assertEquals(0, new BigDecimal("7539.443252").compareTo(
                FlatSplitter.value("75394432.52元", column("t2", "v2019", "t2.a20_9.procurement.amount"), true)));
        assertNull(FlatSplitter.value("432.52元", column("t2", "v2019", "t2.a20_9.procurement.amount"), false),
                "元 belongs to the end of the run only");
    }

    @Test
    void startsACellAtASignOnlyInASignedColumn() {
        String text = "第二十条第（五）项信息内容上一年项目数量本年增/减处理决定数量行政许可100+4120其他对外管理服务事项1-225";

        FlatReading reading = READER.read(table("t2", "v2019"), text, WHERE);

        Cell items = reading.cells().get("t2.a20_5.licensing.prev_year_items");
        assertEquals(0, BigDecimal.valueOf(100).compareTo(items.value()));
        assertEquals("split from \"100+4120\"", items.note(), "every reading agrees on the first cell");
        Cell change = reading.cells().get("t2.a20_5.licensing.change");
        assertEquals(Set.of("+4", "+41", "+412"), alternatives(change));
        assertTrue(change.value().compareTo(BigDecimal.valueOf(100)) <= 0, "a change larger than last year's count is"
                + " the least plausible reading: " + change);
        Cell otherChange = reading.cells().get("t2.a20_5.other_service.change");
        assertEquals(Set.of("-2", "-22"), alternatives(otherChange));
        assertEquals(0, BigDecimal.valueOf(-2).compareTo(otherChange.value()), "fewer digits in the longest cell");
    }

    @Test
    void takesTheWholeRunOfASingleCellRowAndKeepsDecimals() {
        String text = "二、主动公开政府信息情况 第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章 000"
                + "行政规范性文件693665第二十条第（五）项信息内容本年处理决定数量行政许可2293 第二十条第（六）项信息内容 "
                + "本年处理决定数量行政处罚1282行政强制42第二十条第（八）项信息内容 本年收费金额（单位：万元）行政事业性收费24252.311082";

        FlatReading reading = READER.read(table("t2", "v2021"), text, WHERE);

        assertValues(reading, Map.of("t2.a20_1.regulation.issued", "0", "t2.a20_1.regulation.in_force", "0",
                "t2.a20_5.licensing.decisions", "2293", "t2.a20_6.penalty.decisions", "1282",
                "t2.a20_6.coercion.decisions", "42", "t2.a20_8.admin_fee.amount", "24252.311082"));
        assertNull(reading.cells().get("t2.a20_1.regulation.issued").note(), "000 splits one way only");
        assertTrue(reading.cells().get("t2.a20_1.normative_doc.repealed").note().startsWith("ambiguous"));
        assertEquals(10, reading.cells().size());
    }

    @Test
    void flagsTheCellsOfTwoRowsWhoseSplitsTheColumnRulesCannotTellApart() {
        // Two rows print 270020130: one is 2|7|0|0|20|1|30, the other 27|0|0|2|0|1|30, either way round.
        String both = "29 7 0 2 20 2 60";
        String text = FlatTable3.text(Map.of("new_received", both, "granted", "270020130", "partial", "270020130",
                "result_total", both));

        FlatReading reading = READER.read(table("t3", "v2021"), text, WHERE);

        Cell granted = reading.cells().get("t3.granted.natural_person");
        Cell partial = reading.cells().get("t3.partial.natural_person");
        assertTrue(Set.of("ambiguous, alternatives: 2|27", "ambiguous, alternatives: 27|2").contains(granted.note()),
                granted.toString());
        assertEquals(0, granted.value().add(partial.value()).compareTo(BigDecimal.valueOf(29)),
                "the value kept comes from one consistent reading of the whole table");
        assertFalse(reading.cells().get("t3.granted.total").note().startsWith("ambiguous"),
                "the total, 30 either way, is not ambiguous");
        Finding finding = only(reading.findings(), "flat.ambiguous_split");
        assertEquals(8, finding.cells().size(), finding.cells().toString());
        assertEquals(1, reading.errors().size());
        assertEquals("AMBIGUOUS_SPLIT", reading.errors().get(0).code());
    }

    @Test
    void readsAPublishedInconsistencyAsPrintedAndFlagsWhatOnlyAColumnRuleCouldDecide() {
        // The result rows add up to 26 + 27 while (七)总计 says 20: no split satisfies every rule.
        String text = FlatTable3.text(Map.of("new_received", "200000020", "granted", "260000026",
                "partial", "270020130", "result_total", "200000020"));

        FlatReading reading = READER.read(table("t3", "v2021"), text, WHERE);

        assertValues(reading, Map.of("t3.granted.natural_person", "26", "t3.granted.total", "26",
                "t3.result_total.total", "20", "t3.partial.total", "30"));
        assertTrue(reading.cells().get("t3.partial.natural_person").note().startsWith("ambiguous, alternatives: "));
        assertEquals(Severity.INFO, only(reading.findings(), "flat.rules_unsatisfiable").severity());
        assertTrue(reading.findings().stream().noneMatch(f -> f.category() == Category.FILING),
                "the validator, not the reader, reports the filing error");
    }

    @Test
    void stopsWithAClearErrorWhenARunIsTooLongForTheBudget() {
        String glued = "123456789".repeat(25);
        String text = FlatTable3.text(Map.of("granted", glued));

        FlatReading reading = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> READER.read(table("t3", "v2021"), text, WHERE));

        ReportError error = reading.errors().stream().filter(e -> e.code().equals("SPLIT_BUDGET_EXCEEDED"))
                .findFirst().orElseThrow();
        assertTrue(error.message().contains("granted"), error.message());
        assertTrue(only(reading.findings(), "flat.split_budget").cells().contains("t3.granted.total"));
        assertNull(reading.cells().get("t3.granted.total"));
        assertEquals(168, reading.cells().size(), "the other rows are still read");
    }

    @Test
    void findsARowWhoseLabelIsWrappedAroundItsValues() {
        // pdftotext -layout of 淮安市 2024: the label's second line comes after the values.
        String text = FlatTable3.text(Map.of("new_received", "1000001", "not_processed.confirm_or_reissue", "1000001",
                "result_total", "1000001")).replace("5.要求行政机关确认或重新出具已获取信息1000001",
                "5.要求行政机关确认或重新出\n            1         0        0         0        0         0    1\n   具已获取信息\n");

        FlatReading reading = READER.read(table("t3", "v2021"), text, WHERE);

        assertValues(reading, Map.of("t3.not_processed.confirm_or_reissue.natural_person", "1",
                "t3.not_processed.confirm_or_reissue.total", "1"));
        assertTrue(reading.errors().isEmpty(), reading.errors().toString());
    }

    @Test
    void findsARowWhoseLabelIsMisprinted() {
        // 淮安市洪泽区 2023 prints 2.其他法律行政止公开 (法规禁 missing).
        String text = FlatTable3.text(Map.of()).replace("其他法律行政法规禁止公开", "其他法律行政止公开");

        FlatReading reading = READER.read(table("t3", "v2021"), text, WHERE);

        assertEquals(175, reading.cells().size());
        assertTrue(reading.errors().isEmpty(), reading.errors().toString());
    }

    @Test
    void ignoresAPageNumberLineInsideTheTable() {
        String text = FlatTable3.text(Map.of("new_received", "3 0 0 0 0 0 3", "unavailable.needs_creation", "3 0 0 0 0 0 3",
                "result_total", "3 0 0 0 0 0 3")).replace("3 0 0 0 0 0 33.补正后", "3 0 0 0 0 0 3\n\n          -3-\n3.补正后");

        FlatReading reading = READER.read(table("t3", "v2021"), text, WHERE);

        assertValues(reading, Map.of("t3.unavailable.needs_creation.total", "3", "t3.unavailable.still_unclear.total", "0"));
        assertTrue(reading.errors().isEmpty(), reading.errors().toString());
        assertEquals("   ", FlatRowLocator.withoutPageFooters("-3-"));
        assertEquals("第3页 共10页 is a footer only on a line of its own",
                FlatRowLocator.withoutPageFooters("第3页 共10页 is a footer only on a line of its own"));
    }

    @Test
    void readsEachRowByItsOwnRulesWhenSolvingTheTableExceedsItsBudget() {
        String both = "29 7 0 2 20 2 60";
        String text = FlatTable3.text(Map.of("new_received", both, "granted", "270020130", "partial", "270020130",
                "result_total", both));
        FlatLimits tight = new FlatLimits(FlatLimits.STANDARD.runSteps(), 10, 2_000, 64);

        FlatReading reading = new FlattenedTableReader(FORMATS, tight).read(table("t3", "v2021"), text, WHERE);

        assertTrue(reading.errors().stream().anyMatch(e -> e.code().equals("SPLIT_BUDGET_EXCEEDED")
                && e.message().contains("each row read by its own rules")), reading.errors().toString());
        assertEquals(Set.of("2", "27"), alternatives(reading.cells().get("t3.granted.natural_person")));
        assertEquals(175, reading.cells().size());
    }

    @Test
    void reportsARowWhoseLabelIsMissing() {
        String text = FlatTable3.text(Map.of()).replace("重复申请", "重复提交");

        FlatReading reading = READER.read(table("t3", "v2021"), text, WHERE);

        assertTrue(reading.errors().stream().anyMatch(e -> e.code().equals("ROW_NOT_FOUND")
                && e.message().contains("not_processed.duplicate")));
        assertNull(reading.cells().get("t3.not_processed.duplicate.total"));
    }

    private static Set<String> alternatives(Cell cell) {
        assertTrue(cell.note() != null && cell.note().startsWith(FlatCells.AMBIGUOUS_NOTE), cell.toString());
        return Set.of(cell.note().substring(FlatCells.AMBIGUOUS_NOTE.length()).split("\\|"));
    }

    private static TableSpec table(String id, String layout) {
        return FORMATS.table(id, layout).orElseThrow();
    }

    private static LineSpec column(String id, String layout, String cellId) {
        return table(id, layout).columnOf(cellId);
    }

    private static Finding only(List<Finding> findings, String rule) {
        List<Finding> matching = findings.stream().filter(f -> f.rule().equals(rule)).toList();
        assertEquals(1, matching.size(), findings.toString());
        return matching.get(0);
    }

    private static void assertValues(FlatReading reading, Map<String, String> expected) {
        expected.forEach((id, value) -> {
            Cell cell = reading.cells().get(id);
            assertTrue(cell != null && cell.value().compareTo(new BigDecimal(value)) == 0, id + ": " + cell);
        });
    }
}
