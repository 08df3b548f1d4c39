// Makes the scanned-PDF fixtures of test-fixtures/ocr from the project's own PDF fixtures: each page rendered to an
// image (at 150, 200 or 300 dpi; skewed, noisy + JPEG, or 1-bit fax) and put back into an image-only PDF.
// Run from the project root after `mvn -q -DskipTests package`:
//     java -cp target/gongkai.jar tools/MakeOcrFixtures.java
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.CCITTFactory;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

public class MakeOcrFixtures {
    enum Variant { CLEAN, SKEW, NOISE_JPEG, FAX }

    record Spec(String original, int dpi, Variant variant, String suffix) {
    }

    static final Spec[] SPECS = {
            new Spec("v2021_libreoffice", 150, Variant.CLEAN, "150dpi"),
            new Spec("v2021_libreoffice", 200, Variant.CLEAN, "200dpi"),
            new Spec("v2021_libreoffice", 300, Variant.CLEAN, "300dpi"),
            new Spec("v2019_chromium", 200, Variant.SKEW, "200dpi.skew1"),
            new Spec("v2021_split_chromium", 200, Variant.NOISE_JPEG, "200dpi.noise-jpeg"),
            new Spec("v2021_narrow_labels", 200, Variant.FAX, "200dpi.fax"),
    };

    public static void main(String[] args) throws Exception {
        for (Spec spec : SPECS) {
            if (args.length > 0 && !(spec.original() + "." + spec.suffix()).contains(args[0])) {
                continue;
            }
            File in = new File("test-fixtures/pdf/" + spec.original() + ".pdf");
            File out = new File("test-fixtures/ocr/" + spec.original() + "." + spec.suffix() + ".pdf");
            try (PDDocument source = Loader.loadPDF(in); PDDocument scan = new PDDocument()) {
                PDFRenderer renderer = new PDFRenderer(source);
                Random random = new Random(spec.suffix().hashCode());
                for (int i = 0; i < source.getNumberOfPages(); i++) {
                    PDRectangle box = source.getPage(i).getCropBox();
                    BufferedImage image = renderer.renderImageWithDPI(i, spec.dpi(), ImageType.GRAY);
                    PDPage page = new PDPage(new PDRectangle(box.getWidth(), box.getHeight()));
                    scan.addPage(page);
                    PDImageXObject xobject = encode(scan, spec.variant(), image, random);
                    try (PDPageContentStream content = new PDPageContentStream(scan, page)) {
                        content.drawImage(xobject, 0, 0, box.getWidth(), box.getHeight());
                    }
                }
                scan.save(out);
            }
            System.out.println(out + ": " + out.length() / 1024 + " KB");
        }
    }

    static PDImageXObject encode(PDDocument doc, Variant variant, BufferedImage image, Random random) throws Exception {
        return switch (variant) {
            case CLEAN -> LosslessFactory.createFromImage(doc, posterised(image));
            case SKEW -> LosslessFactory.createFromImage(doc, posterised(rotated(image, 1.0)));
            case NOISE_JPEG -> JPEGFactory.createFromImage(doc, noisy(image, random), 0.3f);
            case FAX -> CCITTFactory.createFromImage(doc, oneBit(image));
        };
    }

    /** Sixteen grey levels: the image compresses several times better and still looks like a scan. */
    static BufferedImage posterised(BufferedImage grey) {
        var raster = grey.getRaster();
        for (int y = 0; y < grey.getHeight(); y++) {
            for (int x = 0; x < grey.getWidth(); x++) {
                raster.setSample(x, y, 0, Math.min(255, (raster.getSample(x, y, 0) / 17) * 17));
            }
        }
        return grey;
    }

    static BufferedImage rotated(BufferedImage grey, double degrees) {
        BufferedImage out = new BufferedImage(grey.getWidth(), grey.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.rotate(Math.toRadians(degrees), grey.getWidth() / 2.0, grey.getHeight() / 2.0);
        g.drawImage(grey, 0, 0, null);
        g.dispose();
        return out;
    }

    /** Gaussian grain, a few dark specks, a slightly grey paper. */
    static BufferedImage noisy(BufferedImage grey, Random random) {
        var raster = grey.getRaster();
        for (int y = 0; y < grey.getHeight(); y++) {
            for (int x = 0; x < grey.getWidth(); x++) {
                double v = raster.getSample(x, y, 0) * 0.92 + random.nextGaussian() * 6;
                if (random.nextDouble() < 0.0015) {
                    v = 40;
                }
                raster.setSample(x, y, 0, (int) Math.max(0, Math.min(255, v)));
            }
        }
        return grey;
    }

    static BufferedImage oneBit(BufferedImage grey) {
        BufferedImage out = new BufferedImage(grey.getWidth(), grey.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < grey.getHeight(); y++) {
            for (int x = 0; x < grey.getWidth(); x++) {
                out.setRGB(x, y, grey.getRaster().getSample(x, y, 0) < 160 ? 0xff000000 : 0xffffffff);
            }
        }
        return out;
    }
}
