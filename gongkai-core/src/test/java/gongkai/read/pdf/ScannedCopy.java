package gongkai.read.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** A scan made in a test: every page of a PDF rendered grey at a resolution and put back as an image-only PDF. */
final class ScannedCopy {
    private ScannedCopy() {
    }

    static Path of(Path pdf, float dpi, Path target) throws IOException {
        try (PDDocument source = Loader.loadPDF(pdf.toFile()); PDDocument scan = new PDDocument()) {
            PDFRenderer renderer = new PDFRenderer(source);
            for (int i = 0; i < source.getNumberOfPages(); i++) {
                PDRectangle box = source.getPage(i).getCropBox();
                BufferedImage image = renderer.renderImageWithDPI(i, dpi, ImageType.GRAY);
                PDPage page = new PDPage(new PDRectangle(box.getWidth(), box.getHeight()));
                scan.addPage(page);
                PDImageXObject picture = LosslessFactory.createFromImage(scan, image);
                try (PDPageContentStream content = new PDPageContentStream(scan, page)) {
                    content.drawImage(picture, 0, 0, box.getWidth(), box.getHeight());
                }
            }
            scan.save(target.toFile());
        }
        return target;
    }
}
