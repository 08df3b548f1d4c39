package gongkai.extract.flat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.format.BlockSpec;
import gongkai.format.LineSpec;
import gongkai.format.ReportFormats;
import gongkai.format.TableSpec;
import gongkai.model.Basis;
import gongkai.model.Cell;
import gongkai.model.CellKind;
import gongkai.model.Finding;
import gongkai.model.Location;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * How sure the flattened-text reader is of each cell (basis), and that it never gives a number the text does
 * not hold: lost blanks placed by the rules, lone numbers kept whole, prose after a table left out.
 */
class FlatCertaintyTest {
    private static final ReportFormats FORMATS = ReportFormats.standard();
    private static final FlattenedTableReader READER = new FlattenedTableReader(FORMATS);
    private static final Location WHERE = Location.ofLine(1);
    private static final String T4_HEADER = "四、政府信息公开行政复议、行政诉讼情况 行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计"
            + "未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计";

    @Test
    void gluedDigitsSplitOneWayAreRules() {
        FlatReading reading = READER.read(t3(), FlatTable3.text(Map.of("new_received", "1000001",
                "other.other", "1000001", "result_total", "1000001", "carried_out", "1000001")), WHERE);

        Cell cell = reading.cells().get("t3.carried_out.natural_person");
        assertEquals(BigDecimal.ONE, cell.value());
        assertEquals(Basis.RULES, cell.basis());
        assertTrue(reading.cells().values().stream().allMatch(Cell::isCertain));
    }

    @Test
    void gluedTable4WhoseOneSplitBreaksItsTotalIsReadAsPrinted() {
        // jingji-fazhan 2025: 复议 纠正 1, 总计 0 — a real filing error, the split forced by the digits.
        FlatReading reading = READER.read(t4(), T4_HEADER + "010000000000000五、存在的主要问题", WHERE);

        assertEquals(BigDecimal.ONE, reading.cells().get("t4.review.corrected").value());
        assertEquals(BigDecimal.ZERO, reading.cells().get("t4.review.total").value());
        assertEquals(Basis.RULES, reading.cells().get("t4.review.total").basis());
    }

    @Test
    void gluedTable4WithSeveralSplitsNoneOfWhichHoldsIsLeftOutWithTheReason() {
        // shehui-shiye 2024: 17 digits for 15 cells, none of the 24 splits satisfies the totals.
        FlatReading reading = READER.read(t4(), T4_HEADER + "00202000001324015五、存在的主要问题", WHERE);

        assertEquals(Map.of(), reading.cells());
        Finding f = only(reading.findings(), "flat.no_reading");
        assertEquals("table t4 t4: \"00202000001324015\" has 24 possible splits into its 15 cells and none satisfies"
                + " t4.total; the cells are left out rather than given as printed", f.message());
        assertEquals(15, f.cells().size());
        assertEquals(List.of("MISSING_CELLS"), reading.errors().stream().map(e -> e.code()).toList());
    }

    @Test
    void separatedValuesWhoseRowTotalHoldsAreRules() {
        String text = separatedT3(Map.of("new_received", "21 0 0 0 0 0 21", "granted", "21 0 0 0 0 0 21",
                "result_total", "21 0 0 0 0 0 21"));

        FlatReading reading = READER.read(t3(), text, WHERE);

        assertEquals(175, reading.cells().size());
        assertEquals(new BigDecimal("21"), reading.cells().get("t3.granted.natural_person").value());
        assertTrue(reading.cells().values().stream().allMatch(c -> c.basis() == Basis.RULES));
    }

    @Test
    void separatedTable4WhoseTotalsFailIsPlacedByOrderAndSaysSo() {
        // Hongze 2023 through pypdf: 15 values for 15 cells, totals printed 0 beside 10 + 1 and 5.
        FlatReading reading = READER.read(t4(), T4_HEADER + "\n10 1 0 0 0 0 0 0 0 0 5 0 0 0 0\n五、存在的主要问题", WHERE);

        assertEquals(new BigDecimal("10"), reading.cells().get("t4.review.upheld").value());
        assertEquals(new BigDecimal("5"), reading.cells().get("t4.lit_after_review.upheld").value());
        assertTrue(reading.cells().values().stream().allMatch(c -> c.basis() == Basis.ORDER));
        assertEquals(15, only(reading.findings(), "flat.placed_by_order").cells().size());
    }

    @Test
    void aPrintedNumberIsNotBrokenToFillCellsWhoseBlanksWereLost() {
        // pdftotext: 14 values for 15 cells; 10 must not become 1|0. No placement with one blank satisfies
        // the totals (printed 0 beside 11 and 5): left out, said why.
        FlatReading reading = READER.read(t4(), T4_HEADER + "\n10 1 0 0 0 0 0 0 0 0 5 0 0 0\n五、存在的主要问题", WHERE);

        assertEquals(Map.of(), reading.cells());
        assertTrue(only(reading.findings(), "flat.no_reading").message().contains("has no placement into its 15 cells"));
    }

    @Test
    void aLoneNumberIsNotSplitIntoDigits() {
        // pdfminer kept 62 of a row of two cells: 6|2 is not a reading; the two placements are a choice.
        FlatReading reading = READER.read(t2v2019(), separatedT2v2019("62"), WHERE);

        Cell items = reading.cells().get("t2.a20_9.procurement.items");
        Cell amount = reading.cells().get("t2.a20_9.procurement.amount");
        assertEquals(Basis.CHOICE, items.basis());
        assertEquals(Basis.CHOICE, amount.basis());
        assertEquals(FlatCells.AMBIGUOUS_NOTE + "62|", items.note());
        assertEquals(FlatCells.AMBIGUOUS_NOTE + "|62", amount.note());
        assertEquals("62", items.raw());
        assertEquals(CellKind.EMPTY, amount.kind());
    }

    @Test
    void valuesOfARowWhoseBlanksWereLostArePlacedWhereTheRulesAllowOnly() {
        // pypdf keeps "258 12 270" of a row whose other columns are blank; table 3's column sums place them.
        Map<String, String> rows = Map.of("new_received", "258 12 270", "granted", "258 0 0 0 12 0 270",
                "result_total", "258 0 0 0 12 0 270");

        FlatReading reading = READER.read(t3(), separatedT3(rows), WHERE);

        Map<String, String> row = rawsOf(reading, "t3.new_received.");
        assertEquals(Map.of("natural_person", "258", "commercial_enterprise", "", "research_institution", "",
                "social_welfare_org", "", "legal_service_org", "12", "other_org", "", "total", "270"), row);
        Cell blank = reading.cells().get("t3.new_received.commercial_enterprise");
        assertEquals(CellKind.EMPTY, blank.kind());
        assertEquals(Basis.RULES, blank.basis());
        assertEquals(Basis.RULES, reading.cells().get("t3.new_received.legal_service_org").basis());
    }

    @Test
    void valuesOfARowWhoseBlanksWereLostAreAChoiceWhenTheRulesLeaveSeveralPlaces() {
        String text = separatedT3(Map.of("new_received", "258 12 270")).replaceAll("(?<=[^0-9 ]) 0 0 0 0 0 0 0", "");

        FlatReading reading = READER.read(t3(), text, WHERE);

        Cell total = reading.cells().get("t3.new_received.total");
        assertEquals(new BigDecimal("270"), total.value());
        assertEquals(Basis.RULES, total.basis());
        Cell first = reading.cells().get("t3.new_received.natural_person");
        assertEquals(Basis.CHOICE, first.basis());
        assertEquals(FlatCells.AMBIGUOUS_NOTE + "258|", first.note());
        assertEquals(FlatCells.AMBIGUOUS_NOTE + "12||258",
                reading.cells().get("t3.new_received.commercial_enterprise").note());
    }

    @Test
    void textAfterTheTableIsNotPartOfItsLastRow() {
        String text = FlatTable3.text(Map.of("new_received", "2000002", "granted", "2000002", "result_total", "2000002"))
                .replace(" 四、政府信息公开行政复议、行政诉讼情况", "2000002 2025年，我局将继续做好政府信息公开工作。");
        String fixed = text.replace("四、结转下年度继续办理00000002000002", "四、结转下年度继续办理2000002");

        FlatReading reading = READER.read(t3(), fixed, WHERE);

        assertEquals(new BigDecimal("2"), reading.cells().get("t3.carried_out.total").value());
        assertEquals("2", reading.cells().get("t3.carried_out.total").raw());
        assertTrue(reading.cells().values().stream().noneMatch(c -> c.raw().contains("2025")));
    }

    @Test
    void table4IsNotReadFromTable3sDigitsWhenItsLabelsAreAbsent() {
        // A copy that ends inside table 3: 3001 53 0 0 61 4 3119 must not become table 4.
        String truncated = "三、收到和处理政府信息公开申请情况 （七）总计 3001 53 0 0 61 4 3119 四、结转下年度继续办理 0 0 0 0 0 0 0";

        FlatReading reading = READER.read(t4(), truncated, WHERE);

        assertEquals(Map.of(), reading.cells());
    }

    @Test
    void aCountWordInsideACellIsPartOfIt() {
        // caizheng-jinrong 2020: 政府集中采购 2笔 984361元 (amount in 万元).
        FlatReading reading = READER.read(t2v2019(), separatedT2v2019("2笔 984361元"), WHERE);

        assertEquals(new BigDecimal("2"), reading.cells().get("t2.a20_9.procurement.items").value());
        assertEquals("2笔", reading.cells().get("t2.a20_9.procurement.items").raw());
        assertEquals(0, new BigDecimal("98.4361").compareTo(reading.cells().get("t2.a20_9.procurement.amount").value()));
    }

    /** Table 3 as pypdf prints it: each row's values apart, a line per row. */
    private static String separatedT3(Map<String, String> runs) {
        StringBuilder text = new StringBuilder("三、收到和处理政府信息公开申请情况\n申请人情况\n自然人 法人或其他组织 总计\n"
                + "商业企业 科研机构 社会公益组织 法律服务机构 其他\n");
        for (BlockSpec block : t3().blocks()) {
            for (LineSpec row : block.rows()) {
                text.append(row.labels().get(0)).append(' ')
                        .append(runs.getOrDefault(row.key(), "0 0 0 0 0 0 0")).append('\n');
            }
        }
        return text.append("四、政府信息公开行政复议、行政诉讼情况\n").toString();
    }

    private static String separatedT2v2019(String procurement) {
        return "二、主动公开政府信息情况\n第二十条第（一）项\n信息内容 本年新制作数量 本年新公开数量 对外公开总数量\n规章 0 0 0\n"
                + "规范性文件 6 4 11\n第二十条第（五）项\n信息内容 上一年项目数量 本年增/减 处理决定数量\n行政许可 1 0 5\n"
                + "其他对外管理服务事项 0 0 0\n第二十条第（六）项\n信息内容 上一年项目数量 本年增/减 处理决定数量\n"
                + "行政处罚 3 1 40\n行政强制 0 0 0\n第二十条第（八）项\n信息内容 上一年项目数量 本年增/减\n行政事业性收费 0 0\n"
                + "第二十条第（九）项\n信息内容 采购项目数量 采购总金额\n政府集中采购 " + procurement + "\n三、收到和处理政府信息公开申请情况\n";
    }

    private static Map<String, String> rawsOf(FlatReading reading, String prefix) {
        return reading.cells().values().stream().filter(c -> c.id().startsWith(prefix))
                .collect(Collectors.toMap(c -> c.id().substring(prefix.length()), Cell::raw));
    }

    /** The one finding of a rule among findings (fails when there is not exactly one). */
    static Finding only(List<Finding> findings, String rule) {
        List<Finding> matching = findings.stream().filter(f -> f.rule().equals(rule)).toList();
        assertEquals(1, matching.size(), findings.toString());
        return matching.get(0);
    }

    private static TableSpec t3() {
        return FORMATS.table("t3", "v2021").orElseThrow();
    }

    private static TableSpec t4() {
        return FORMATS.table("t4", "v2019").orElseThrow();
    }

    private static TableSpec t2v2019() {
        return FORMATS.table("t2", "v2019").orElseThrow();
    }

}
