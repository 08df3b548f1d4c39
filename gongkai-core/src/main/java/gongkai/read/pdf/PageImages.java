package gongkai.read.pdf;

import gongkai.model.BoundingBox;
import gongkai.model.PageImage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Renders regions of a PDF's pages as PNG pictures (PDFBox {@link PDFRenderer}), one per page asked for. */
public final class PageImages {
    /** Enough to read printed digits beside the drawn boxes, small enough for hundreds of reports. */
    public static final float DEFAULT_DPI = 110f;
    private static final float POINTS_PER_INCH = 72f;

    private final float dpi;

    public PageImages(float dpi) {
        this.dpi = dpi;
    }

    /**
     * Pictures of the given regions (1-based page → box in PDF points, origin top-left), clipped to the
     * page; pages outside the document are skipped.
     */
    public List<PageImage> render(Path pdf, Map<Integer, BoundingBox> regions) throws IOException {
        List<PageImage> images = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (Map.Entry<Integer, BoundingBox> entry : new TreeMap<>(regions).entrySet()) {
                int page = entry.getKey();
                if (page >= 1 && page <= document.getNumberOfPages()) {
                    images.add(render(renderer, document.getPage(page - 1).getCropBox(), page, entry.getValue()));
                }
            }
        }
        return images;
    }

    private PageImage render(PDFRenderer renderer, PDRectangle pageBox, int page, BoundingBox wanted)
            throws IOException {
        double scale = dpi / POINTS_PER_INCH;
        BufferedImage full = renderer.renderImageWithDPI(page - 1, dpi, ImageType.RGB);
        BoundingBox region = clip(wanted, pageBox.getWidth(), pageBox.getHeight());
        int x = (int) Math.floor(region.x0() * scale);
        int y = (int) Math.floor(region.y0() * scale);
        int w = Math.max(1, Math.min(full.getWidth() - x, (int) Math.ceil(region.width() * scale)));
        int h = Math.max(1, Math.min(full.getHeight() - y, (int) Math.ceil(region.height() * scale)));
        BufferedImage cropped = full.getSubimage(x, y, w, h);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(cropped, "png", png);
        BoundingBox drawn = new BoundingBox(x / scale, y / scale, (x + w) / scale, (y + h) / scale);
        return new PageImage(page, pageBox.getWidth(), pageBox.getHeight(), drawn, scale, png.toByteArray());
    }

    private static BoundingBox clip(BoundingBox box, double width, double height) {
        double x0 = Math.max(0, Math.min(box.x0(), width - 1));
        double y0 = Math.max(0, Math.min(box.y0(), height - 1));
        return new BoundingBox(x0, y0, Math.max(x0 + 1, Math.min(box.x1(), width)),
                Math.max(y0 + 1, Math.min(box.y1(), height)));
    }
}
