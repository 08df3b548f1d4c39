package gongkai.read.pdf;

import gongkai.model.BoundingBox;
import gongkai.model.Document;
import gongkai.model.GridCell;
import gongkai.model.ImageRegion;
import gongkai.model.Location;
import gongkai.model.SourceFormat;
import gongkai.model.TableGrid;
import gongkai.read.PictureReader;
import gongkai.read.ReadLimits;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads the tables of a picture (a table published as an image in a web page or Word file) with the scanned-page
 * pipeline: the picture is scaled so that its characters are as high as on a page rendered at 300 dpi (pictures of
 * tables are often 96–150 dpi; {@link TextHeight}), framed in white, and read as a scanned page
 * ({@link OcrPage}: deskew, grid from the ruling lines, each cell recognised); its ruled tables come back with
 * every cell's box in the picture's own pixels.
 */
public final class PictureOcr implements PictureReader {
    /** The characters' height ({@link TextHeight}) of a table printed at 9–10.5 pt and rendered at 300 dpi. */
    static final double TARGET_TEXT_PIXELS = 34;
    static final double MIN_SCALE = 0.5;
    static final double MAX_SCALE = 4;
    /**
     * Pixels of the scaled picture at most: a little over an A4 page at 300 dpi (8.7 million), the size the scan
     * pipeline reads PDF pages at; a larger picture is enlarged less.
     */
    static final long MAX_WORK_PIXELS = 12_000_000L;
    /** White frame around the scaled picture, in its pixels: rules at the picture's edge still read as rules. */
    static final int MARGIN = 24;

    private final OcrMode mode;
    private final Supplier<Optional<Tesseract>> engine;
    private final OcrTimings timings;
    private final ReadLimits limits;

    public PictureOcr(OcrMode mode, OcrTimings timings, ReadLimits limits) {
        this(mode, Tesseract::find, timings, limits);
    }

    PictureOcr(OcrMode mode, Supplier<Optional<Tesseract>> engine, OcrTimings timings, ReadLimits limits) {
        this.mode = mode;
        this.engine = engine;
        this.timings = timings;
        this.limits = limits;
    }

    @Override
    public String unavailable() {
        if (mode == OcrMode.OFF) {
            return "OCR is off (--ocr off); with --ocr auto and Tesseract 5 installed the picture is read by OCR";
        }
        return engine.get().isEmpty() ? "to read it with OCR install Tesseract 5: " + Tesseract.INSTALL_HINT : null;
    }

    @Override
    public Result read(BufferedImage grey, Location at) throws IOException {
        Tesseract tesseract = engine.get().orElseThrow(() -> new IOException("Tesseract 5 is not installed"));
        double text = TextHeight.of(InkMask.of(grey));
        double scale = text == 0 ? 1 : Math.max(MIN_SCALE, Math.min(MAX_SCALE, TARGET_TEXT_PIXELS / text));
        scale = Math.min(scale, Math.sqrt((double) MAX_WORK_PIXELS / ((double) grey.getWidth() * grey.getHeight())));
        BufferedImage page = framed(grey, scale);
        double pointsPerPixel = 72 / OcrPage.DPI;
        OcrPage.Result read = OcrPage.read(page, 1, page.getWidth() * pointsPerPixel, page.getHeight() * pointsPerPixel,
                tesseract, timings);
        List<TableGrid> grids = new ArrayList<>();
        for (PageItem item : PageLayout.layout(read.scan(), limits)) {
            if (item instanceof TablePart part && part.ruled()) {
                TablePart t = SliverRows.collapse(part);
                grids.add(new TableGrid(t.cells(), t.rowCount(), t.colCount(), Location.onPage(1, t.bbox())));
            }
        }
        Document annotated = OcrAnnotations.annotate(new Document("", SourceFormat.HTML, List.copyOf(grids)),
                read.readings());
        ImageRegion picture = at.image() == null ? new ImageRegion("picture", null, null) : at.image();
        Pixels pixels = new Pixels(scale, grey.getWidth(), grey.getHeight());
        List<TableGrid> located = annotated.blocks().stream()
                .map(b -> located((TableGrid) b, at.withImage(picture), pixels)).toList();
        return new Result(located, String.format(Locale.ROOT, "%d×%d pixels, enlarged ×%.2f for characters %.0f "
                + "pixels high, skew %.2f°", grey.getWidth(), grey.getHeight(), scale, text, read.skewDegrees()));
    }

    /** The picture scaled, on a white frame. */
    private static BufferedImage framed(BufferedImage grey, double scale) {
        int w = (int) Math.round(grey.getWidth() * scale), h = (int) Math.round(grey.getHeight() * scale);
        BufferedImage page = new BufferedImage(w + 2 * MARGIN, h + 2 * MARGIN, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, page.getWidth(), page.getHeight());
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.drawImage(grey, MARGIN, MARGIN, w, h, null);
        } finally {
            g.dispose();
        }
        return page;
    }

    /** Turns boxes in points of the framed, scaled picture into boxes in the picture's own pixels. */
    private record Pixels(double scale, int width, int height) {
        BoundingBox of(BoundingBox points) {
            double perPoint = OcrPage.DPI / 72;
            return new BoundingBox(x(points.x0() * perPoint), y(points.y0() * perPoint), x(points.x1() * perPoint),
                    y(points.y1() * perPoint));
        }

        private double x(double framed) {
            return Math.max(0, Math.min(width, (framed - MARGIN) / scale));
        }

        private double y(double framed) {
            return Math.max(0, Math.min(height, (framed - MARGIN) / scale));
        }
    }

    /** The grid with its cells located in the picture: no page, the picture's place and the cell's pixel box. */
    private static TableGrid located(TableGrid grid, Location at, Pixels pixels) {
        List<GridCell> cells = grid.cells().stream().map(c -> new GridCell(c.row(), c.col(), c.rowSpan(), c.colSpan(),
                c.text(), in(c.location(), at, pixels), c.recognition(), c.alternatives())).toList();
        return new TableGrid(cells, grid.rowCount(), grid.colCount(), in(grid.location(), at, pixels), grid.basis(),
                false);
    }

    private static Location in(Location onPage, Location at, Pixels pixels) {
        BoundingBox box = onPage.bbox() == null ? null : pixels.of(onPage.bbox());
        return at.withImage(at.image().withBox(box));
    }
}
