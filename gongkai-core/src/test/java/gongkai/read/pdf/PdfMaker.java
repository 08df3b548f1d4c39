package gongkai.read.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Writes small PDFs for tests with PDFBox, in top-left page coordinates like the reader's. */
final class PdfMaker {
    static final PDFont HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    static final float HEIGHT = PDRectangle.A4.getHeight();

    private PdfMaker() {
    }

    static PDPage addPage(PDDocument doc) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        return page;
    }

    static PDPageContentStream open(PDDocument doc, PDPage page) throws IOException {
        return new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, false);
    }

    /** Shows {@code text} with its baseline at (x, y), y measured from the top. */
    static void text(PDPageContentStream out, PDFont font, float size, float x, float y, String text) throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, HEIGHT - y);
        out.showText(text);
        out.endText();
    }

    /** The same, with {@code /ActualText} replacing what the glyphs map to. */
    static void textWithActualText(PDPageContentStream out, float x, float y, String shown, String actual)
            throws IOException {
        COSDictionary properties = new COSDictionary();
        properties.setString(COSName.ACTUAL_TEXT, actual);
        out.beginMarkedContent(COSName.getPDFName("Span"), PDPropertyList.create(properties));
        text(out, HELVETICA, 10, x, y, shown);
        out.endMarkedContent();
    }

    /** A stroked line (Word/LibreOffice style), coordinates from the top-left. */
    static void line(PDPageContentStream out, float x0, float y0, float x1, float y1) throws IOException {
        out.setLineWidth(0.5f);
        out.moveTo(x0, HEIGHT - y0);
        out.lineTo(x1, HEIGHT - y1);
        out.stroke();
    }

    /** A thin filled rectangle (Chromium style) along the segment. */
    static void bar(PDPageContentStream out, float x0, float y0, float x1, float y1) throws IOException {
        float w = Math.max(0.75f, x1 - x0);
        float h = Math.max(0.75f, y1 - y0);
        out.addRect(x0, HEIGHT - y0 - h, w, h);
        out.fill();
    }

    static void image(PDDocument doc, PDPageContentStream out) throws IOException {
        BufferedImage pixels = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        PDImageXObject image = LosslessFactory.createFromImage(doc, pixels);
        out.drawImage(image, 100, 500, 200, 100);
    }

    /**
     * A page with one line of mapped text and, in a composite font, {@code count} glyphs of GID 0 (.notdef), which
     * no cmap maps to Unicode.
     */
    static void unmappedGlyphsPage(PDDocument doc, int count) throws IOException {
        PDPage page = addPage(doc);
        try (InputStream ttf = PDDocument.class.getResourceAsStream(
                "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            PDFont composite = PDType0Font.load(doc, ttf, false);
            page.setResources(new PDResources());
            COSName plain = page.getResources().add(HELVETICA);
            COSName cid = page.getResources().add(composite);
            String content = "BT /" + plain.getName() + " 12 Tf 72 700 Td (mapped text) Tj ET\n"
                    + "BT /" + cid.getName() + " 12 Tf 72 670 Td <" + "0000".repeat(count) + "> Tj ET\n";
            page.setContents(new PDStream(doc, new ByteArrayInputStream(content.getBytes(StandardCharsets.US_ASCII))));
        }
    }

    static Path save(PDDocument doc, Path file) throws IOException {
        doc.save(file.toFile());
        return file;
    }
}
