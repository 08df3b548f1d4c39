package gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import gongkai.model.Category;
import gongkai.model.Cell;
import gongkai.model.Report;
import gongkai.model.Severity;
import gongkai.read.pdf.PdfReader;
import gongkai.support.Gold;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scanned copies of the project's PDF fixtures (test-fixtures/ocr, made by tools/MakeOcrFixtures.java) read by OCR
 * and checked against the originals' expected cells: every cell exact or flagged, at 200–300 dpi at least 97 %
 * exact, and no filing error where the original has none. Needs Tesseract 5 with chi_sim; skipped without it.
 * OCR takes tens of seconds a page, so the suite reads the 300 dpi scan only; {@code -Dgongkai.ocrFixtures=all}
 * reads every scan, each held to the exact cells it reached (the 1-bit fax scan too: its lost inner rules are told
 * from where the verticals end and from text lines, every cell of those tables flagged; see docs/benchmarks.md).
 */
class OcrFixtureTest {
    private static final Path SCANS = Path.of("test-fixtures", "ocr");
    private static final Path ORIGINALS = Path.of("test-fixtures", "pdf");
    private static final double MIN_EXACT_SHARE = 0.97;
    private static final Map<String, Report> READ = new ConcurrentHashMap<>();
    /**
     * Cells exact and cells flagged (not certain) of each scan as measured (docs/benchmarks.md, OCR accuracy): exact may
     * only rise and flagged only fall as the reading improves; update them with it.
     */
    private static final Map<String, int[]> MEASURED = Map.of(
            "v2021_libreoffice.300dpi.pdf", new int[] {200, 48},
            "v2021_libreoffice.200dpi.pdf", new int[] {200, 51},
            "v2021_libreoffice.150dpi.pdf", new int[] {198, 68},
            "v2019_chromium.200dpi.skew1.pdf", new int[] {194, 50},
            "v2021_split_chromium.200dpi.noise-jpeg.pdf", new int[] {199, 63},
            "v2021_narrow_labels.200dpi.fax.pdf", new int[] {200, 190});

    @BeforeAll
    static void needsTesseract() {
        assumeTrue(PdfReader.ocrAvailable(), "Tesseract 5 with chi_sim is not installed: OCR tests skipped "
                + "(apt-get install -y tesseract-ocr tesseract-ocr-chi-sim)");
    }

    static Stream<String> scans() throws IOException {
        try (Stream<Path> files = Files.list(SCANS)) {
            boolean all = "all".equals(System.getProperty("gongkai.ocrFixtures"));
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".pdf"))
                    .filter(n -> all || n.contains(".300dpi")).sorted().toList().stream();
        }
    }

    private static Report report(String scan) {
        return READ.computeIfAbsent(scan, s -> Gongkai.standard().read(SCANS.resolve(s)));
    }

    private static Gold original(String scan) {
        return Gold.load(ORIGINALS.resolve(scan.substring(0, scan.indexOf('.')) + ".expected.json"));
    }

    @ParameterizedTest
    @MethodSource("scans")
    void everyCellIsExactOrFlagged(String scan) {
        Map<String, Cell> cells = report(scan).cells().stream().collect(Collectors.toMap(Cell::id, Function.identity()));
        List<String> wrongUnflagged = new ArrayList<>();
        original(scan).cells().forEach((id, expected) -> {
            Cell cell = cells.get(id);
            if (cell != null && !exact(cell, expected) && cell.isCertain()) {
                wrongUnflagged.add(id + " read " + cell.raw() + ", printed " + expected.raw());
            }
        });
        assertEquals(List.of(), wrongUnflagged);
    }

    @ParameterizedTest
    @MethodSource("scans")
    void atTwoHundredDpiOrMoreAtLeast97PercentOfCellsAreExact(String scan) {
        assumeTrue(!scan.contains(".150dpi"), "150 dpi: below the resolution the 97 % target is set for");
        long exact = exactCells(scan);
        int expected = original(scan).cells().size();
        assertTrue(exact >= MIN_EXACT_SHARE * expected, exact + " of " + expected + " cells exact");
    }

    private static long exactCells(String scan) {
        Map<String, Cell> cells = report(scan).cells().stream().collect(Collectors.toMap(Cell::id, Function.identity()));
        return original(scan).cells().entrySet().stream()
                .filter(e -> cells.containsKey(e.getKey()) && exact(cells.get(e.getKey()), e.getValue())).count();
    }

    @ParameterizedTest
    @MethodSource("scans")
    void asManyCellsExactAndAsFewFlaggedAsMeasured(String scan) {
        Map<String, Cell> cells = report(scan).cells().stream().collect(Collectors.toMap(Cell::id, Function.identity()));
        long exact = exactCells(scan);
        long flagged = original(scan).cells().keySet().stream().filter(id -> cells.containsKey(id) && !cells.get(id).isCertain()).count();
        int[] measured = MEASURED.get(scan);
        assertTrue(exact >= measured[0], exact + " cells exact, measured " + measured[0]);
        assertTrue(flagged <= measured[1], flagged + " cells flagged, measured " + measured[1]);
    }

    @ParameterizedTest
    @MethodSource("scans")
    void noFilingErrorWhereTheOriginalHasNone(String scan) {
        List<String> filing = report(scan).findings().stream()
                .filter(f -> f.category() == Category.FILING && f.severity() == Severity.ERROR)
                .map(f -> f.rule() + " " + f.cells()).toList();
        assertEquals(List.of(), filing);
    }

    private static boolean exact(Cell cell, Gold.ExpectedCell expected) {
        return cell.kind().id().equals(expected.kind()) && (expected.value() == null
                ? cell.value() == null : cell.value() != null && cell.value().compareTo(expected.value()) == 0);
    }
}
