package gongkai.check;

import static gongkai.check.TestReports.SECTIONS;
import static gongkai.check.TestReports.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.model.Basis;
import gongkai.model.Category;
import gongkai.model.Cell;
import gongkai.model.Finding;
import gongkai.model.Recognition;
import gongkai.model.Report;
import gongkai.model.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A filing finding rests only on cells read with certainty; a doubt about the reading is an extraction warning. */
class CertainFindingsTest {
    private final Validator validator = new Validator(TestReports.FORMATS, "en");

    /** Hongze 2023's table 4: parts 10 + 1 printed beside a total of 0. */
    private static Map<String, String> hongzeT4() {
        return TestReports.with(TestReports.consistentT4(), "t4.review.upheld", "10", "t4.review.corrected", "1",
                "t4.review.other", "0", "t4.review.pending", "0", "t4.review.total", "0");
    }

    @Test
    void aWrongTotalReadFromAGridIsAFilingError() {
        Report checked = validator.check(TestReports.report(hongzeT4()));

        Finding f = findings(checked, "t4.total").get(0);
        assertEquals(Category.FILING, f.category());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(new BigDecimal("11"), f.expected());
        assertEquals(BigDecimal.ZERO, f.actual());
    }

    @Test
    void aWrongTotalOverCellsPlacedByOrderIsAnExtractionWarningNamingThem() {
        Report report = withBasis(TestReports.report(hongzeT4()),
                Map.of("t4.review.upheld", Basis.ORDER, "t4.review.total", Basis.CHOICE));

        Report checked = validator.check(report);

        Finding f = findings(checked, "t4.total").get(0);
        assertEquals(Category.EXTRACTION, f.category());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(List.of("t4.review.upheld", "t4.review.total"), f.cells());
        assertTrue(f.message().contains("uncertain reading, not a filing error: the place of t4.review.upheld、t4.review.total"),
                f.message());
        assertTrue(checked.findings().stream().noneMatch(x -> x.category() == Category.FILING
                && x.severity() == Severity.ERROR), checked.findings().toString());
    }

    @Test
    void cellsPlacedByTheRulesOrByLayoutStillCarryAFilingError() {
        Report report = withBasis(TestReports.report(hongzeT4()),
                Map.of("t4.review.upheld", Basis.RULES, "t4.review.total", Basis.LAYOUT));

        Finding f = findings(validator.check(report), "t4.total").get(0);

        assertEquals(Category.FILING, f.category());
        assertEquals(Severity.ERROR, f.severity());
    }

    @Test
    void aDoubtfulOcrCellIsNoGroundForAFilingError() {
        Report report = TestReports.report(hongzeT4());
        List<Cell> cells = report.cells().stream().map(c -> c.id().equals("t4.review.total")
                ? c.withBasis(Basis.OCR).withConfidence(0.6) : c).toList();

        Finding f = findings(validator.check(withCells(report, cells)), "t4.total").get(0);

        assertEquals(Category.EXTRACTION, f.category());
        assertEquals(List.of("t4.review.total"), f.cells());
    }

    @Test
    void aWrongTotalOverOcrCellsReadWithStrongEvidenceIsAFilingError() {
        Report report = TestReports.report(hongzeT4());
        List<Cell> cells = report.cells().stream().map(c -> c.id().startsWith("t4.review.")
                ? c.withBasis(Basis.OCR).withConfidence(0.999) : c).toList();

        Report checked = validator.check(withCells(report, cells));

        Finding f = findings(checked, "t4.total").get(0);
        assertEquals(Category.FILING, f.category());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(null, cell(checked, "t4.review.total").note());
    }

    @Test
    void anOcrCellWithANoteIsDoubtfulHoweverConfidentAndTheFailedRuleIsNotedOnIt() {
        Report report = TestReports.report(hongzeT4());
        String readings = "OCR: readings differ, digit pass read '0', check pass read '11', full pass read '0'";
        List<Cell> cells = report.cells().stream().map(c -> c.id().startsWith("t4.review.")
                ? c.withBasis(Basis.OCR).withConfidence(0.999).withNote(c.id().endsWith("total") ? readings : null)
                : c).toList();

        Report checked = validator.check(withCells(report, cells));

        Finding f = findings(checked, "t4.total").get(0);
        assertEquals(Category.EXTRACTION, f.category());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(List.of("t4.review.total"), f.cells());
        assertEquals(readings + "；OCR: rule t4.total fails through this cell；suggestion: 11",
                cell(checked, "t4.review.total").note());
        assertEquals(null, cell(checked, "t4.review.upheld").note());
    }

    /** Hongze 2023 at 200 dpi: total 0 read surely, 10 read as 1 or 10, the 1 beside it unread. */
    @Test
    void aRuleThatFailsUnderEveryReadingOfItsDoubtfulCellsIsAFilingError() {
        Report report = TestReports.report(hongzeT4());
        List<Cell> cells = report.cells().stream().map(c -> switch (c.id()) {
            case "t4.review.upheld" -> c.withBasis(Basis.OCR).withConfidence(0.0)
                    .withNote("OCR: readings differ, digit pass read '1', check pass read '10', full pass read '[0'");
            case "t4.review.corrected" -> new Cell(c.id(), gongkai.model.CellKind.EMPTY, null, "", c.location(),
                    "OCR: unreadable, digit pass read '', check pass read '', full pass read ']'", Basis.OCR, 0.0,
                    null, null);
            case "t4.review.total", "t4.review.other", "t4.review.pending" -> c.withBasis(Basis.OCR).withConfidence(0.999);
            default -> c;
        }).toList();

        List<Finding> t4 = validator.check(withCells(report, cells)).findings().stream()
                .filter(f -> f.rule().startsWith("t4.total")).toList();

        assertEquals(1, t4.size(), t4.toString());
        assertEquals(Category.FILING, t4.get(0).category());
        assertEquals(Severity.ERROR, t4.get(0).severity());
        assertEquals("t4.total", t4.get(0).rule());
        assertEquals(List.of("t4.review.upheld", "t4.review.corrected", "t4.review.other", "t4.review.pending",
                "t4.review.total"), t4.get(0).cells());
        assertTrue(t4.get(0).message().endsWith("; the rule fails whatever t4.review.upheld、t4.review.corrected hold "
                + "(any OCR reading, or any count)"), t4.get(0).message());
    }

    /**
     * A scanned row placed by its order (its label garbled) holds digits read surely, yet its place is a doubt: a rule
     * over it that fails under every reading of the digits is still no filing error (ReadingBounds leaves it undecided).
     */
    @Test
    void aRowPlacedByOrderIsNoGroundForAFilingErrorHoweverSureItsDigits() {
        Report report = TestReports.report(hongzeT4());
        String placed = "OCR: row label recognised as “行政复汉”, " + Recognition.PLACED_BY_ORDER + " “行政复议”";
        List<Cell> cells = report.cells().stream().map(c -> c.id().startsWith("t4.review.")
                ? c.withBasis(Basis.OCR).withConfidence(0.999).withNote(placed) : c).toList();

        Report checked = validator.check(withCells(report, cells));

        Finding f = findings(checked, "t4.total").get(0);
        assertEquals(Category.EXTRACTION, f.category());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(List.of("t4.review.upheld", "t4.review.corrected", "t4.review.other", "t4.review.pending",
                "t4.review.total"), f.cells());
        assertTrue(checked.findings().stream().noneMatch(x -> x.category() == Category.FILING
                && x.severity() == Severity.ERROR), checked.findings().toString());
    }

    /** v2021_libreoffice.150dpi: a printed 4 that only the Chinese pass read, as 1; the row is sound. */
    @Test
    void aNumberOnlyTheChinesePassReadMayBeAnyCount() {
        assertEquals(Category.EXTRACTION, t4WithTotalRead("digit pass read '', check pass read '', full pass read '0'"));
    }

    @Test
    void aRuleThatOneNotedReadingWouldBalanceStaysAnExtractionDoubt() { // 0 read twice, 11 once: 11 balances
        assertEquals(Category.EXTRACTION, t4WithTotalRead("digit pass read '0', check pass read '11', full pass read '0'"));
    }

    /** The category of Hongze's review-row finding with its total 0 read by OCR as the note says. */
    private Category t4WithTotalRead(String readings) {
        Report report = TestReports.report(hongzeT4());
        List<Cell> cells = report.cells().stream().map(c -> c.id().equals("t4.review.total")
                ? c.withBasis(Basis.OCR).withConfidence(0.0).withNote("OCR: readings differ, " + readings) : c).toList();
        return findings(validator.check(withCells(report, cells)), "t4.total").get(0).category();
    }

    @Test
    void noCrossYearCheckOnAGuessedSplit() {
        // jingji-fazhan 2024: 行政规范性文件1129 splits 11|2|9 or 1|12|9 …: the in-force count is a choice.
        Report y2023 = TestReports.report("a/2023.txt", "a/2023.txt", "某局", 2023,
                Map.of("t2.a20_1.normative_doc.in_force", "6"), SECTIONS);
        Report y2024 = TestReports.report("a/2024.txt", "a/2024.txt", "某局", 2024, Map.of(
                "t2.a20_1.normative_doc.issued", "11", "t2.a20_1.normative_doc.repealed", "2",
                "t2.a20_1.normative_doc.in_force", "9"), SECTIONS);

        List<Report> certain = validator.checkAcrossYears(List.of(y2023, y2024));
        List<Report> guessed = validator.checkAcrossYears(List.of(y2023, withBasis(y2024,
                Map.of("t2.a20_1.normative_doc.issued", Basis.CHOICE, "t2.a20_1.normative_doc.in_force", Basis.CHOICE))));

        assertEquals(1, findings(certain.get(1), CrossYearChecks.X2).size());
        assertEquals(Set.of(), Set.copyOf(findings(guessed.get(1), CrossYearChecks.X2)));
    }

    private static Cell cell(Report report, String id) {
        return report.cells().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static Report withBasis(Report report, Map<String, Basis> bases) {
        return withCells(report, report.cells().stream()
                .map(c -> bases.containsKey(c.id()) ? c.withBasis(bases.get(c.id())) : c).toList());
    }

    private static Report withCells(Report r, List<Cell> cells) {
        return new Report(r.reportId(), r.source(), r.status(), r.errors(), r.formatVersion(), r.agency(), r.year(),
                r.sections(), cells, r.tables(), r.findings());
    }
}
