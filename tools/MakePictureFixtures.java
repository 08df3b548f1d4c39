// Makes the fixtures of test-fixtures/pictures: reports whose tables 2, 3 and 4 are pictures. The tables of the
// project's own PDF fixture test-fixtures/pdf/v2021_libreoffice.pdf are rendered at 150 dpi grey (16 levels, PNG;
// a table running over two pages is cut at the page break and put together again) and put in place of the tables of
// its HTML source: a web page (table 2 as a data: URI, tables 3 and 4 as files in NAME_files/) and a DOCX (the
// pictures embedded, POI XWPF). Run from the project root after `mvn -q -DskipTests package`:
//     java -cp target/gongkai.jar tools/MakePictureFixtures.java
import gongkai.model.Block;
import gongkai.model.BoundingBox;
import gongkai.model.Document;
import gongkai.model.GridCell;
import gongkai.model.TableGrid;
import gongkai.read.pdf.PdfReader;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.ByteLookupTable;
import java.awt.image.LookupOp;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.poi.util.Units;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

public class MakePictureFixtures {
    static final String NAME = "v2021_libreoffice";
    static final int DPI = Integer.getInteger("dpi", 150);
    /** Padding around a table's rules, in points. */
    static final double PAD = 3;

    public static void main(String[] args) throws Exception {
        Path pdf = Path.of("test-fixtures/pdf/" + NAME + ".pdf");
        Path out = Path.of("test-fixtures/pictures");
        Path files = out.resolve(NAME + "_files");
        Files.createDirectories(files);
        List<byte[]> pictures = new ArrayList<>();
        for (BufferedImage table : tables(pdf)) {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(table, "png", png);
            pictures.add(png.toByteArray());
        }
        org.jsoup.nodes.Document html = Jsoup.parse(Files.readString(Path.of("test-fixtures/pdf/" + NAME + ".html")));
        List<Element> tables = html.select("body > table");
        String[] srcs = {"data:image/png;base64," + Base64.getEncoder().encodeToString(pictures.get(0)),
                NAME + "_files/t3.png", NAME + "_files/t4.png"};
        Files.write(files.resolve("t3.png"), pictures.get(1));
        Files.write(files.resolve("t4.png"), pictures.get(2));
        for (int i = 0; i < 3; i++) {
            tables.get(i).replaceWith(new Element("p").appendChild(new Element("img").attr("src", srcs[i])
                    .attr("alt", "表" + (i + 2))));
        }
        Files.writeString(out.resolve(NAME + ".html"), html.outerHtml(), StandardCharsets.UTF_8);
        docx(html, pictures, out.resolve(NAME + ".docx"));
        try (var list = Files.list(out)) {
            list.forEach(p -> System.out.println(p + ": " + p.toFile().length() / 1024 + " KB"));
        }
    }

    /** Each table of the PDF as one picture, in document order. */
    static List<BufferedImage> tables(Path pdf) throws Exception {
        Document doc = new PdfReader().read(pdf);
        List<BufferedImage> images = new ArrayList<>();
        try (PDDocument source = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(source);
            for (Block b : doc.blocks()) {
                if (b instanceof TableGrid grid) {
                    images.add(picture(renderer, grid));
                }
            }
        }
        return images;
    }

    /** The table's part on each page, cut at its rules, stacked top to bottom (the page break's rule once). */
    static BufferedImage picture(PDFRenderer renderer, TableGrid grid) throws Exception {
        Map<Integer, BoundingBox> parts = new TreeMap<>();
        for (GridCell c : grid.cells()) {
            parts.merge(c.location().page(), c.location().bbox(), BoundingBox::union);
        }
        List<BufferedImage> crops = new ArrayList<>();
        int last = ((TreeMap<Integer, BoundingBox>) parts).lastKey();
        boolean first = true;
        double s = DPI / 72.0;
        int left = 0;
        for (var part : parts.entrySet()) {
            BufferedImage page = renderer.renderImageWithDPI(part.getKey() - 1, DPI, ImageType.GRAY);
            BoundingBox b = part.getValue();
            // a part ends below its bottom rule, the next begins below its top rule: one rule at the break
            int x0 = (int) ((b.x0() - PAD) * s), x1 = (int) Math.ceil((b.x1() + PAD) * s);
            int y0 = (int) Math.round((first ? b.y0() - PAD : b.y0() + 1.5) * s);
            int y1 = (int) Math.round((part.getKey() < last ? b.y1() + 1 : b.y1() + 1.5) * s);
            crops.add(page.getSubimage(x0, y0, x1 - x0, y1 - y0));
            left = first ? x0 : left;
            first = false;
        }
        int w = crops.stream().mapToInt(BufferedImage::getWidth).max().orElseThrow();
        int h = crops.stream().mapToInt(BufferedImage::getHeight).sum();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, w, h);
        int y = 0;
        for (BufferedImage c : crops) {
            g.drawImage(c, 0, y, null);
            y += c.getHeight();
            if (y < h) {
                openGroupCells(out, (int) Math.round(joinX(grid, parts) * s) - left, y);
            }
        }
        g.dispose();
        return posterised(out);
    }

    /**
     * Where the cells of the continuation's first row that hold text begin, in points: left of it the cells are the
     * group labels running on over the page break (三、本年度办理结果, （六）其他处理), drawn open as one table would be.
     */
    static double joinX(TableGrid grid, Map<Integer, BoundingBox> parts) {
        if (parts.size() < 2) {
            return 0;
        }
        int page = ((TreeMap<Integer, BoundingBox>) parts).lastKey();
        int firstRow = grid.cells().stream().filter(c -> c.location().page() == page).mapToInt(GridCell::row).min()
                .orElseThrow();
        return grid.cells().stream().filter(c -> c.location().page() == page && c.row() == firstRow
                && !c.text().isBlank()).mapToDouble(c -> c.location().bbox().x0()).min().orElseThrow();
    }

    /** Erases the rule at the page break (row {@code y}) left of {@code x}, keeping the vertical rules through it. */
    static void openGroupCells(BufferedImage image, int x, int y) {
        var raster = image.getRaster();
        for (int row = y - 3; row <= y + 3; row++) {
            for (int col = 0; col < x - 3; col++) {
                if (raster.getSample(col, y - 6, 0) > 200 || raster.getSample(col, y + 6, 0) > 200) {
                    raster.setSample(col, row, 0, 255);
                }
            }
        }
    }

    /** Sixteen grey levels (each level's darkest grey): the PNG is several times smaller and looks the same. */
    static BufferedImage posterised(BufferedImage grey) {
        byte[] levels = new byte[256];
        for (int v = 0; v < 256; v++) {
            levels[v] = (byte) Math.min(255, v / 17 * 17);
        }
        return new LookupOp(new ByteLookupTable(0, levels), null).filter(grey, null);
    }

    /** The page's paragraphs as Word paragraphs, each picture in a paragraph of its own, 150 dpi to the inch. */
    static void docx(org.jsoup.nodes.Document html, List<byte[]> pictures, Path out) throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            int picture = 0;
            for (Element e : html.body().children()) {
                XWPFParagraph p = doc.createParagraph();
                Element img = e.selectFirst("img");
                if (img == null) {
                    p.createRun().setText(e.text());
                    continue;
                }
                byte[] png = pictures.get(picture++);
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
                p.createRun().addPicture(new ByteArrayInputStream(png), org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG, "t" + (picture + 1) + ".png",
                        Units.pixelToEMU((int) Math.round(image.getWidth() * 96.0 / DPI)),
                        Units.pixelToEMU((int) Math.round(image.getHeight() * 96.0 / DPI)));
            }
            try (OutputStream o = Files.newOutputStream(out)) {
                doc.write(o);
            }
        }
    }
}
