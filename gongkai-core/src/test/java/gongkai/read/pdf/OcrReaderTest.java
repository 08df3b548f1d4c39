package gongkai.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.model.ErrorCode;
import gongkai.read.ReadException;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The OCR path without the engine: how a scan is reported when OCR is off or missing, deskewing, rule finding. */
class OcrReaderTest {
    private static final Path SCAN = Path.of("test-fixtures", "ocr", "v2021_libreoffice.150dpi.pdf");

    @Test
    void scanWithOcrOffIsNoTextLayerSayingSo() {
        ReadException e = assertThrows(ReadException.class, () -> new PdfReader(OcrMode.OFF, new OcrTimings()).read(SCAN));
        assertEquals(ErrorCode.NO_TEXT_LAYER, e.code());
        assertEquals("none of the 2 pages has a text layer (scanned or image-only PDF); OCR is off (--ocr off)",
                e.getMessage());
    }

    @Test
    void scanWithoutTesseractIsNoTextLayerWithTheInstallCommand() {
        ReadException e = assertThrows(ReadException.class,
                () -> new PdfReader(OcrMode.AUTO, new OcrTimings(), Optional::empty).read(SCAN));
        assertEquals(ErrorCode.NO_TEXT_LAYER, e.code());
        assertEquals("none of the 2 pages has a text layer (scanned or image-only PDF); to read it with OCR install "
                + "Tesseract 5: apt-get install -y tesseract-ocr tesseract-ocr-chi-sim", e.getMessage());
    }

    @Test
    void aMissingCommandIsNoEngine() {
        assertEquals(Optional.empty(), Tesseract.probe("/nonexistent/tesseract"));
    }

    @Test
    void ocrModeNamesAreAutoAndOff() {
        assertEquals(OcrMode.OFF, OcrMode.parse("Off"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OcrMode.parse("always"));
        assertEquals("--ocr must be auto or off, not 'always'", e.getMessage());
    }

    @Test
    void deskewMeasuresAOneDegreeTurn() {
        BufferedImage page = grid(1.0);
        assertEquals(1.0, Deskew.angle(InkMask.of(page)), 0.1);
        assertEquals(0.0, Deskew.angle(InkMask.of(Deskew.rotate(page, 1.0))), 0.15); // within the search grain
    }

    @Test
    void ruleFinderFindsEveryLineOfAGridAndNoStrokeOfText() {
        List<ImageRule> rules = RuleFinder.find(InkMask.faint(grid(0)), 300);
        assertEquals(4, rules.stream().filter(ImageRule::horizontal).count());
        assertEquals(5, rules.stream().filter(r -> !r.horizontal()).count());
        assertTrue(rules.stream().allMatch(r -> r.to() - r.from() >= 380), rules.toString());
    }

    /** A 3-row, 4-column ruled grid (rows 130 px, columns 200 px) with some short strokes, turned by degrees. */
    private static BufferedImage grid(double degrees) {
        BufferedImage image = new BufferedImage(1200, 800, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1200, 800);
        g.rotate(Math.toRadians(degrees), 600, 400);
        g.setColor(new Color(170, 170, 170)); // faint rules, as a light print or scan gives
        g.setStroke(new BasicStroke(3));
        for (int r = 0; r <= 3; r++) {
            g.drawLine(200, 200 + 130 * r, 1000, 200 + 130 * r);
        }
        for (int c = 0; c <= 4; c++) {
            g.drawLine(200 + 200 * c, 200, 200 + 200 * c, 590);
        }
        g.setColor(Color.BLACK);
        for (int k = 0; k < 6; k++) {
            g.drawLine(250 + 100 * k, 240, 280 + 100 * k, 240); // character strokes: too short to be rules
            g.drawLine(265 + 100 * k, 225, 265 + 100 * k, 290);
        }
        g.dispose();
        return image;
    }
}
