package gongkai.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.Gongkai;
import gongkai.model.Cell;
import gongkai.model.Report;
import gongkai.model.Status;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PDF larger than the memory PDFBox may keep for one document ({@link PdfReader#STREAM_CACHE_MEMORY_BYTES}, the
 * rest spills to a temporary file) still reads: the report pages of a fixture followed by pages of incompressible
 * images give the fixture's cells.
 */
class LargePdfTest {
    private static final int IMAGE_SIDE = 1000;
    private static final Path FIXTURE = Path.of("test-fixtures", "pdf", "v2021_libreoffice.pdf");

    @TempDir
    Path dir;

    @Test
    void aPdfLargerThanTheStreamMemoryReadsWithTheCellsOfItsReportPages() throws IOException {
        Path large = dir.resolve("large.pdf");
        int extraPages = (int) (PdfReader.STREAM_CACHE_MEMORY_BYTES / (3L * IMAGE_SIDE * IMAGE_SIDE)) + 2;
        try (PDDocument doc = Loader.loadPDF(FIXTURE.toFile())) {
            Random random = new Random(5);
            for (int i = 0; i < extraPages; i++) {
                imagePage(doc, random);
            }
            doc.save(large.toFile());
        }
        assertTrue(Files.size(large) > PdfReader.STREAM_CACHE_MEMORY_BYTES, "the file is larger than the stream memory");
        Gongkai gongkai = Gongkai.builder().ocr(OcrMode.OFF).build();
        Report original = gongkai.read(FIXTURE);
        Report read = gongkai.read(large);
        assertEquals(Status.OK, original.status());
        assertEquals(200, original.cells().size());
        assertEquals(values(original.cells()), values(read.cells()));
    }

    private static List<String> values(List<Cell> cells) {
        return cells.stream().map(c -> c.id() + "=" + c.kind().id() + ":" + c.value() + "@" + c.location().page()).toList();
    }

    private static void imagePage(PDDocument doc, Random random) throws IOException {
        BufferedImage noise = new BufferedImage(IMAGE_SIDE, IMAGE_SIDE, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < IMAGE_SIDE; y++) {
            for (int x = 0; x < IMAGE_SIDE; x++) {
                noise.setRGB(x, y, random.nextInt(1 << 24));
            }
        }
        PDImageXObject image = LosslessFactory.createFromImage(doc, noise);
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
            content.drawImage(image, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
        }
    }
}
