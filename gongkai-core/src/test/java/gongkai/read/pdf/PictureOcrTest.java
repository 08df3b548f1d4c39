package gongkai.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gongkai.model.Document;
import gongkai.read.ReadLimits;
import gongkai.read.html.HtmlReader;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Without Tesseract a table picture stays TABLE_IS_IMAGE and the message gives the command that installs it. */
class PictureOcrTest {
    @Test
    void withoutTesseractTheMessageSaysHowToInstallIt() throws Exception {
        PictureOcr none = new PictureOcr(OcrMode.AUTO, Optional::empty, OcrTimings.TOTAL, ReadLimits.DEFAULT);
        Document doc = new HtmlReader(ReadLimits.DEFAULT, none)
                .read(Path.of("test-fixtures", "pictures", "v2021_libreoffice.html"));
        assertEquals("part 四、 has no table but 1 image(s), first: 表4 (line 17): to read it with OCR install Tesseract 5: "
                + "apt-get install -y tesseract-ocr tesseract-ocr-chi-sim", doc.problems().get(2).message());
        assertEquals(3, doc.problems().size());
    }
}
