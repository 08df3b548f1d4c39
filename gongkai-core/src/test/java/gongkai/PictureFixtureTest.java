package gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import gongkai.model.Basis;
import gongkai.model.BoundingBox;
import gongkai.model.Category;
import gongkai.model.Cell;
import gongkai.model.ImageRegion;
import gongkai.model.Recognition;
import gongkai.model.Report;
import gongkai.model.Severity;
import gongkai.model.Status;
import gongkai.read.pdf.PdfReader;
import gongkai.support.Gold;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reports whose tables 2, 3 and 4 are pictures (test-fixtures/pictures, made by tools/MakePictureFixtures.java from
 * the PDF fixture v2021_libreoffice: 150 dpi grey; the DOC converted from the DOCX by LibreOffice), read by OCR and checked against the original's expected cells:
 * every cell exact or flagged, the counts as measured, no filing error, each cell located in its picture. Needs
 * Tesseract 5 with chi_sim; skipped without it.
 */
class PictureFixtureTest {
    private static final Path FIXTURES = Path.of("test-fixtures", "pictures");
    private static final Gold ORIGINAL = Gold.load(Path.of("test-fixtures", "pdf", "v2021_libreoffice.expected.json"));
    private static final Map<String, Report> READ = new ConcurrentHashMap<>();

    @BeforeAll
    static void needsTesseract() {
        assumeTrue(PdfReader.ocrAvailable(), "Tesseract 5 with chi_sim is not installed: OCR tests skipped "
                + "(apt-get install -y tesseract-ocr tesseract-ocr-chi-sim)");
    }

    private static Report report(String file) {
        return READ.computeIfAbsent(file, f -> Gongkai.standard().read(FIXTURES.resolve(f)));
    }

    private static Map<String, Cell> cells(String file) {
        return report(file).cells().stream().collect(Collectors.toMap(Cell::id, Function.identity()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"v2021_libreoffice.html", "v2021_libreoffice.docx", "v2021_libreoffice.doc"})
    void everyCellIsExactOrFlaggedAndAllTwoHundredAreExact(String file) {
        Map<String, Cell> cells = cells(file);
        List<String> wrongUnflagged = new ArrayList<>();
        int exact = 0, flagged = 0;
        for (var e : ORIGINAL.cells().entrySet()) {
            Cell cell = cells.get(e.getKey());
            if (cell != null && exact(cell, e.getValue())) {
                exact++;
            } else if (cell != null && !cell.isCertain()) {
                flagged++;
            } else if (cell != null) {
                wrongUnflagged.add(e.getKey() + " read " + cell.raw() + ", printed " + e.getValue().raw());
            }
        }
        assertEquals(List.of(), wrongUnflagged);
        assertEquals(200, ORIGINAL.cells().size());
        assertEquals(200, exact, flagged + " flagged");
        assertEquals(200, cells.size());
        assertTrue(cells.values().stream().allMatch(c -> c.basis() == Basis.OCR));
    }

    @ParameterizedTest
    @ValueSource(strings = {"v2021_libreoffice.html", "v2021_libreoffice.docx", "v2021_libreoffice.doc"})
    void noFilingErrorAndEachPictureNamedAsReadByOcr(String file) {
        Report report = report(file);
        assertEquals(Status.OK, report.status(), report.errors().toString());
        assertEquals(List.of(), report.findings().stream()
                .filter(f -> f.category() == Category.FILING && f.severity() != Severity.INFO).map(f -> f.rule()).toList());
        assertEquals(3, report.findings().stream().filter(f -> f.rule().equals(Recognition.PAGE_RULE)).count());
    }

    @ParameterizedTest
    @CsvSource({"v2021_libreoffice.html, v2021_libreoffice_files/t3.png, 15, ",
            "v2021_libreoffice.docx, /word/media/image2.png, , 8", "v2021_libreoffice.doc, picture at offset 21140, , 8"})
    void aCellIsLocatedByItsPictureAndItsBoxInThePicturesPixels(String file, String src, Integer line,
                                                                 Integer paragraph) {
        Cell total = cells(file).get("t3.new_received.total");
        assertEquals(line, total.location().line());
        assertEquals(null, total.location().page());
        ImageRegion image = total.location().image();
        assertEquals(src, image.image());
        assertEquals(paragraph, image.paragraph());
        BoundingBox box = image.box();
        // the last column of the row 一、本年新收 in a picture 1078 × 999 pixels
        assertTrue(box.x0() > 1000 && box.x1() <= 1078 && box.y0() > 120 && box.y1() < 170, box.toString());
    }

    private static boolean exact(Cell cell, Gold.ExpectedCell expected) {
        return cell.kind().id().equals(expected.kind()) && (expected.value() == null
                ? cell.value() == null : cell.value() != null && cell.value().compareTo(expected.value()) == 0);
    }
}
