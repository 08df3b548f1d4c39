package gongkai.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.cli.Pipeline;
import gongkai.model.Block;
import gongkai.model.Document;
import gongkai.model.GridCell;
import gongkai.model.Paragraph;
import gongkai.model.Report;
import gongkai.model.TableGrid;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A report with an electronic seal (form XObjects of marked content, an /Artifact, a stamp annotation) on its
 * first and last page (tools/make-sealed-pdf.sh): PDFBox's marked-content Do used to throw a
 * ClassCastException on it, and the file was reported CORRUPT_PDF.
 */
class SealedPdfTest {
    private static final Path SEALED = Path.of("test-fixtures", "pdf", "v2021_sealed.pdf");
    private static final String SEAL_SERIAL = "3208000012345";

    @Test
    void readsThroughTheSealAndLeavesItsTextOut() throws Exception {
        Document document = new PdfReader().read(SEALED);
        assertTrue(document.problems().isEmpty(), document.problems().toString());
        List<String> texts = new ArrayList<>();
        for (Block block : document.blocks()) {
            if (block instanceof Paragraph p) {
                texts.add(p.text());
            } else if (block instanceof TableGrid grid) {
                grid.cells().stream().map(GridCell::text).forEach(texts::add);
            }
        }
        assertFalse(String.join("|", texts).contains(SEAL_SERIAL), "the seal's serial number was read as text");
        assertTrue(texts.contains("行政规范性文件"), "table 2 under the seal");
    }

    @Test
    void sealedReportIsReadWhole() {
        Report report = new Pipeline("zh").process(SEALED);
        assertEquals(gongkai.model.Status.OK, report.status(), report.errors().toString());
        assertEquals(200, report.cells().size());
        assertEquals("7", report.cells().stream().filter(c -> c.id().equals("t2.a20_1.normative_doc.issued"))
                .findFirst().orElseThrow().raw());
    }
}
