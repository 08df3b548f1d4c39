package gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.cli.Pipeline;
import gongkai.model.Basis;
import gongkai.model.Category;
import gongkai.model.Cell;
import gongkai.model.Finding;
import gongkai.model.Report;
import gongkai.model.ReportError;
import gongkai.model.Severity;
import gongkai.model.Status;
import gongkai.support.CellAssertions;
import gongkai.support.Gold;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The PDFs whose tables do not fit their cells or their page, read end to end: a table wider than the page
 * (its columns past the edge left out and named) and numbers wrapped inside narrow cells (one number each).
 */
class PdfEdgeFixturesTest {
    private static final Pipeline PIPELINE = new Pipeline("en");
    private static final Path PDF = Path.of("test-fixtures", "pdf");

    @Test
    void aTableWiderThanThePageGivesTheColumnsOnThePageAndNamesTheOthers() {
        Report report = PIPELINE.process(PDF.resolve("v2021_wide_table.pdf"));

        CellAssertions.assertCellsEqual(Gold.load(PDF.resolve("v2021_wide_table.expected.json")), report);
        assertEquals(121, report.cells().size()); // table 2: 10; table 3: 25 rows x 4 columns; table 4: 11 of 15
        assertTrue(report.cells().stream().allMatch(c -> c.basis() == Basis.GRID && c.note() == null));
        String t3 = "table t3: table wider than the page: columns 法律服务机构, 其他, 总计 not in the file (75 cells not read)";
        String t4 = "table t4: table wider than the page: columns 复议后起诉·结果纠正, 复议后起诉·其他结果, 复议后起诉·尚未审结, "
                + "复议后起诉·总计 not in the file (4 cells not read)";
        assertEquals(List.of(new ReportError("MISSING_CELLS", t3), new ReportError("MISSING_CELLS", t4)),
                report.errors());
        assertEquals(Status.PARTIAL, report.status());
        List<Finding> cut = report.findings().stream().filter(f -> f.rule().equals("extract.cut_by_page_edge")).toList();
        assertEquals(List.of(t3, t4), cut.stream().map(Finding::message).toList());
        assertTrue(cut.stream().allMatch(f -> f.severity() == Severity.WARNING && f.category() == Category.EXTRACTION));
        assertEquals(List.of(), problems(report));
    }

    @Test
    void numbersWrappedInNarrowCellsAreOneNumberEach() {
        Report report = PIPELINE.process(PDF.resolve("v2021_stacked_digits.pdf"));

        CellAssertions.assertCellsEqual(Gold.load(PDF.resolve("v2021_stacked_digits.expected.json")), report);
        assertEquals(200, report.cells().size());
        assertTrue(report.cells().stream().allMatch(c -> c.basis() == Basis.GRID && c.note() == null));
        assertEquals(Status.OK, report.status());
        assertEquals(List.of(), report.errors());
        assertEquals(List.of(), problems(report));
        Cell received = report.cells().stream().filter(c -> c.id().equals("t3.new_received.total")).findFirst()
                .orElseThrow();
        assertEquals("658883", received.raw());
    }

    /**
     * A borderless table whose numbers wrap two digits a line: without cell rules a line of bare digits may also be
     * other rows' values, so every joined number (and every value with a labelled line of digits below it) is a
     * choice with both readings in its note; no number is given wrong without a flag, no filing finding.
     */
    @Test
    void digitsStackedWithoutCellRulesAreFlaggedNeverGuessed() {
        Path pdf = PDF.resolve("borderless").resolve("v2021_stacked_borderless.pdf");
        Report report = PIPELINE.process(pdf);
        Gold gold = Gold.load(PDF.resolve("borderless").resolve("v2021_stacked_borderless.gold.json"));

        int exact = 0, flagged = 0, leftOut = 0;
        List<String> wrong = new java.util.ArrayList<>();
        for (var e : gold.cells().entrySet()) {
            Cell cell = report.cells().stream().filter(c -> c.id().equals(e.getKey())).findFirst().orElse(null);
            if (cell == null) {
                leftOut++;
            } else if (cell.basis() == Basis.CHOICE && cell.note().startsWith("ambiguous, alternatives: ")) {
                flagged++;
            } else if (e.getValue().raw().equals(cell.raw()) && cell.isCertain()) {
                exact++;
            } else {
                wrong.add(cell.toString());
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(List.of(10, 169, 21), List.of(exact, flagged, leftOut));
        assertEquals(List.of(), report.findings().stream()
                .filter(f -> f.category() == Category.FILING && f.severity() != Severity.INFO).toList());
        Cell granted = report.cells().stream().filter(c -> c.id().equals("t3.granted.natural_person")).findFirst()
                .orElseThrow();
        assertEquals("909", granted.raw());
        assertEquals("ambiguous, alternatives: 909|90", granted.note());
        Cell secret = report.cells().stream().filter(c -> c.id().equals("t3.denied.state_secret.natural_person"))
                .findFirst().orElseThrow();
        assertEquals("ambiguous, alternatives: 70|7028", secret.note());
        assertEquals(4, report.findings().stream().filter(f -> f.rule().equals("pdf.stacked_digits")).count());
    }

    /** Findings other than info: filing errors and warnings, or doubts about the reading. */
    private static List<String> problems(Report report) {
        return report.findings().stream().filter(f -> f.severity() != Severity.INFO)
                .filter(f -> !f.rule().equals("extract.cut_by_page_edge")).map(Finding::toString).toList();
    }
}
