import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationRubberStamp;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;

/**
 * Puts an official seal (公章) over the first and the last page of a PDF, the way electronic-seal software
 * does: a form XObject whose content is a marked-content sequence (BDC … EMC) drawing a red ring, a star and
 * a serial number, nested in a second form XObject; plus a rubber-stamp annotation with its own appearance
 * stream. Run: java -cp target/gongkai.jar tools/SealPdf.java IN.pdf OUT.pdf
 */
public final class SealPdf {
    private static final float SIZE = 120;

    public static void main(String[] args) throws IOException {
        try (PDDocument doc = Loader.loadPDF(new File(args[0]))) {
            PDFormXObject seal = seal(doc);
            PDFormXObject outer = wrap(doc, seal);
            seal(doc, doc.getPage(0), outer, 0.62f, 0.70f);
            int last = doc.getNumberOfPages() - 1;
            seal(doc, doc.getPage(last), outer, 0.55f, 0.12f);
            doc.getDocumentInformation().setProducer("gongkai tools/SealPdf.java");
            doc.save(new File(args[1]));
        }
    }

    /** Draws the seal form at (x, y), given as shares of the page's width and height from the bottom left. */
    private static void seal(PDDocument doc, PDPage page, PDFormXObject form, float x, float y) throws IOException {
        PDRectangle box = page.getMediaBox();
        try (PDPageContentStream out = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
            COSDictionary properties = new COSDictionary();
            properties.setName(COSName.TYPE, "Pagination");
            properties.setName(COSName.SUBTYPE, "Watermark");
            out.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(properties));
            out.saveGraphicsState();
            out.transform(org.apache.pdfbox.util.Matrix.getTranslateInstance(box.getWidth() * x, box.getHeight() * y));
            out.drawForm(form);
            out.restoreGraphicsState();
            out.endMarkedContent();
        }
        PDAnnotationRubberStamp stamp = new PDAnnotationRubberStamp();
        stamp.setRectangle(new PDRectangle(box.getWidth() * x, box.getHeight() * y, SIZE, SIZE));
        stamp.setContents("electronic seal");
        PDAppearanceStream appearance = new PDAppearanceStream(doc);
        appearance.setBBox(new PDRectangle(SIZE, SIZE));
        appearance.setResources(new PDResources());
        try (OutputStream out = appearance.getStream().createOutputStream()) {
            out.write("/Stamp <</MCID 0>> BDC 1 0 0 RG 2 w 10 10 100 100 re S EMC\n".getBytes(StandardCharsets.US_ASCII));
        }
        PDAppearanceDictionary dictionary = new PDAppearanceDictionary();
        dictionary.setNormalAppearance(appearance);
        stamp.setAppearance(dictionary);
        page.getAnnotations().add(stamp);
    }

    /** The seal: marked content holding a red ring (four Béziers), a five-pointed star and a serial number. */
    private static PDFormXObject seal(PDDocument doc) throws IOException {
        PDFormXObject form = new PDFormXObject(new PDStream(doc));
        form.setBBox(new PDRectangle(SIZE, SIZE));
        PDResources resources = new PDResources();
        COSName font = resources.add(new PDType1Font(Standard14Fonts.FontName.HELVETICA));
        form.setResources(resources);
        float c = SIZE / 2;
        float r = c - 4;
        float k = 0.5523f * r;
        String content = "/Seal <</MCID 1>> BDC\n"
                + "q 0.86 0.08 0.08 RG 0.86 0.08 0.08 rg 3 w\n"
                + (c + r) + " " + c + " m\n"
                + (c + r) + " " + (c + k) + " " + (c + k) + " " + (c + r) + " " + c + " " + (c + r) + " c\n"
                + (c - k) + " " + (c + r) + " " + (c - r) + " " + (c + k) + " " + (c - r) + " " + c + " c\n"
                + (c - r) + " " + (c - k) + " " + (c - k) + " " + (c - r) + " " + c + " " + (c - r) + " c\n"
                + (c + k) + " " + (c - r) + " " + (c + r) + " " + (c - k) + " " + (c + r) + " " + c + " c S\n"
                + star(c, c, 22) + " f\n"
                + "BT /" + font.getName() + " 6 Tf " + (c - 14) + " " + (c - 40) + " Td (3208000012345) Tj ET\n"
                + "Q EMC\n";
        try (OutputStream out = form.getStream().createOutputStream()) {
            out.write(content.getBytes(StandardCharsets.US_ASCII));
        }
        return form;
    }

    /** A form that draws the seal form inside optional content marked as an electronic signature. */
    private static PDFormXObject wrap(PDDocument doc, PDFormXObject seal) throws IOException {
        PDFormXObject form = new PDFormXObject(new PDStream(doc));
        form.setBBox(new PDRectangle(SIZE, SIZE));
        PDResources resources = new PDResources();
        COSName inner = resources.add(seal);
        form.setResources(resources);
        String content = "/Signature <</MCID 2>> BDC q /" + inner.getName() + " Do Q EMC\n";
        try (OutputStream out = form.getStream().createOutputStream()) {
            out.write(content.getBytes(StandardCharsets.US_ASCII));
        }
        return form;
    }

    private static String star(float cx, float cy, float r) {
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            double angle = Math.PI / 2 + i * 4 * Math.PI / 5;
            path.append(String.format("%.2f %.2f %s ", cx + r * Math.cos(angle), cy + r * Math.sin(angle), i == 0 ? "m" : "l"));
        }
        return path.append("h").toString();
    }
}
