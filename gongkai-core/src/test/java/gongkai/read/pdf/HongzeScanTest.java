package gongkai.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import gongkai.Gongkai;
import gongkai.model.Category;
import gongkai.model.Report;
import gongkai.model.Severity;
import gongkai.support.Gold;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hongze 2023 (shared corpus) scanned at 200 dpi inside the test and read by OCR: its two real table-4 errors (the
 * review and the litigation-after-review totals print 0 beside non-zero parts) fail under every reading of the
 * doubtful digits, so they stay filing errors; nothing else is blamed on the publisher. The scan is made in a
 * temporary folder, never kept.
 */
class HongzeScanTest {
    private static final Path HONGZE = Gold.SHARED_CORPUS.resolve("jiangsu_huaian_hongze_qzf_2023.pdf");

    @Test
    void theTwoRealTableFourErrorsAreStillFilingErrorsAndNothingElse(@TempDir Path dir) throws Exception {
        assumeTrue(PdfReader.ocrAvailable(), "Tesseract 5 with chi_sim is not installed: OCR test skipped ("
                + Tesseract.INSTALL_HINT + ")");
        assumeTrue(Files.isRegularFile(HONGZE), "shared corpus absent: " + HONGZE);
        Path scan = ScannedCopy.of(HONGZE, 200, dir.resolve("hongze-2023.200dpi.pdf"));

        Report report = Gongkai.standard().read(scan);

        List<String> filing = report.findings().stream()
                .filter(f -> f.category() == Category.FILING && f.severity() != Severity.INFO)
                .map(f -> f.rule() + " " + f.severity() + " " + f.cells()).toList();
        assertEquals(List.of(
                "t4.total ERROR [t4.review.upheld, t4.review.corrected, t4.review.other, t4.review.pending, "
                        + "t4.review.total]",
                "t4.total ERROR [t4.lit_after_review.upheld, t4.lit_after_review.corrected, t4.lit_after_review.other, "
                        + "t4.lit_after_review.pending, t4.lit_after_review.total]"), filing);
    }
}
