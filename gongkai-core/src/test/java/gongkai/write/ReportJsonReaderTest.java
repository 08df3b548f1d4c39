package gongkai.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.Gongkai;
import gongkai.model.Basis;
import gongkai.model.BoundingBox;
import gongkai.model.Category;
import gongkai.model.Cell;
import gongkai.model.CellKind;
import gongkai.model.Finding;
import gongkai.model.Location;
import gongkai.model.Report;
import gongkai.model.ReportError;
import gongkai.model.Section;
import gongkai.model.Severity;
import gongkai.model.Source;
import gongkai.model.Status;
import gongkai.model.TableRead;
import gongkai.read.pdf.OcrMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A line of reports.jsonl read back is the report written (boxes rounded as written), and writes the same bytes. */
class ReportJsonReaderTest {
    private static final ReportJson JSON = new ReportJson();
    private static final ReportJsonReader READER = new ReportJsonReader();

    @Test
    void everyFieldOfAHandMadeReportComesBack() {
        Cell ocr = new Cell("t3.r1.c1", CellKind.NUMBER, new BigDecimal("12.50"), "12.5O",
                Location.onPage(2, new BoundingBox(10.04, 20.16, 30.25, 40.333)), "O read as 0", Basis.OCR, 0.8731,
                "一、本年新收", "自然人");
        Cell text = new Cell("t1.r2", CellKind.TEXT, null, "见附件", Location.ofLine(17), null, Basis.LAYOUT, null, null, null);
        Cell empty = new Cell("t1.r3", CellKind.EMPTY, null, "", null, null);
        Cell na = new Cell("t1.r4", CellKind.NA, null, "—", Location.ofLine(18), null, Basis.CHOICE, null, null, "（元）");
        Cell scaled = new Cell("t1.r5", CellKind.NUMBER, new BigDecimal("1.2E+3"), "1,200", null, null);
        Cell negative = new Cell("t1.r6", CellKind.NUMBER, new BigDecimal("-3"), "-3", null, null, Basis.RULES, null, null, null);
        Finding filing = new Finding("t3.sum", Severity.ERROR, Category.FILING, List.of("t3.r1.c1", "t3.r1.c2"),
                new BigDecimal("120"), new BigDecimal("119.0"), "合计不符");
        Finding doubt = new Finding("extract.ocr_label", Severity.WARNING, Category.EXTRACTION, List.of(), null, null, "");
        Report report = new Report("0123456789ab", new Source("a/b\u2028c \"q\".pdf", "0123456789abcdef", "pdf"),
                Status.PARTIAL, List.of(new ReportError("TABLE_INCOMPLETE", "t3 不全"), new ReportError("OCR_USED", "")),
                "v2021", "某县人民政府", 2023, List.of(new Section("s1", "一、总体情况", "正文\n第二行"), new Section("s2", null, "")),
                List.of(ocr, text, empty, na, scaled, negative), List.of(new TableRead("t3", "v2021", 1, 56)),
                List.of(filing, doubt));
        assertRoundTrip(report);
        Report failed = new Report("", new Source("x.bin", "", ""), Status.FAILED,
                List.of(new ReportError("UNSUPPORTED_TYPE", "not a report")), null, null, null, List.of(), List.of(), List.of());
        assertRoundTrip(failed);
        assertEquals(new BoundingBox(10.0, 20.2, 30.3, 40.3), READER.read(JSON.toJsonString(report)).cells().get(0).location().bbox());
    }

    @Test
    void aLineNamingTheFileItDuplicatesReadsAsTheReportAndWritesTheSameLine() {
        Report report = Gongkai.standard().read(Path.of("corpus", "000_be5ac688f3236744.txt"));
        String line = JSON.toJsonString(report, "corpus/earlier.txt");
        assertTrue(line.contains("\"duplicateOf\":\"corpus/earlier.txt\""), line);
        assertEquals(ReportJson.asWritten(report), READER.read(line));
        assertEquals(line, JSON.toJsonString(READER.read(line), "corpus/earlier.txt"));
    }

    @Test
    void aLineThatIsNotAReportIsAClearError() {
        assertThrows(UncheckedIOException.class, () -> READER.read("{\"reportId\":"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> READER.read("{\"a\":1}"));
        assertTrue(e.getMessage().startsWith("not a line of reports.jsonl"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> READER.read(
                "{\"reportId\":\"\",\"source\":{},\"status\":\"done\",\"cells\":[]}"));
    }

    /**
     * Every report of the seed corpus, the fixtures and the development corpus (when present; OCR off here, the
     * OCR cells' lines are read back in the command line's tests of the whole corpus).
     */
    @Test
    void everyReportOfTheCorporaComesBackAsWritten() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(Path.of("corpus"), Path.of("test-fixtures"), Path.of("../shared/corpus"))) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(files::add);
                }
            }
        }
        assertTrue(files.size() > 250, "the fixtures are there: " + files.size());
        Gongkai gongkai = Gongkai.builder().ocr(OcrMode.OFF).build();
        long withCells = files.parallelStream().map(gongkai::read).peek(ReportJsonReaderTest::assertRoundTrip)
                .filter(r -> !r.cells().isEmpty()).count();
        assertTrue(withCells > 100, "reports with cells: " + withCells);
    }

    private static void assertRoundTrip(Report report) {
        String line = JSON.toJsonString(report);
        Report read = READER.read(line);
        assertEquals(ReportJson.asWritten(report), read, report.source().path());
        assertEquals(line, JSON.toJsonString(read), report.source().path());
    }
}
