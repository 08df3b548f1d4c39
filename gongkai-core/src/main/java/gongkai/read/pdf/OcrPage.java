package gongkai.read.pdf;

import gongkai.read.ReadLimits;

import gongkai.model.BoundingBox;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one scanned page: deskewed, its table grids rebuilt from the image's own ruling lines (with the same grid
 * builder as text PDFs), every cell recognised on its own, the rest of the page read as running text. The result
 * is the page as a text layer would have given it (glyphs and rules in PDF points), plus each cell's reading.
 */
final class OcrPage {
    /** Resolution pages are rendered at for recognition. */
    static final double DPI = 300;
    /** Cell images stop this far inside the cell's rules, in inches. */
    private static final double CELL_INSET_INCHES = 0.01;
    /** A table has at least this many horizontal and vertical rules (a 十 in a large heading does not). */
    private static final int MIN_RULES_EACH_WAY = 2;

    record Result(PageScan scan, List<OcrReading> readings, double skewDegrees) {
    }

    private OcrPage() {
    }

    static Result read(BufferedImage rendered, int pageNumber, double width, double height, Tesseract engine,
                       OcrTimings timings) throws IOException {
        long start = System.nanoTime();
        InkMask mask = InkMask.of(rendered);
        double skew = Deskew.angle(mask);
        BufferedImage page = Deskew.rotate(rendered, skew);
        if (page != rendered) {
            mask = InkMask.of(page);
        }
        start = timings.add(OcrTimings.Step.DESKEW, start);
        List<ImageRule> imageRules = RuleFinder.find(InkMask.faint(page), DPI);
        BufferedImage scan = page;
        page = Specks.removed(scan, mask, DPI);
        if (page != scan) {
            mask = InkMask.of(page);
        }
        double scale = 72 / DPI;
        TextRows.Inferred inferred = TextRows.withRows(imageRules.stream().map(r -> new Ruling(r.horizontal(),
                r.pos() * scale, r.from() * scale, r.to() * scale)).toList(), mask, DPI);
        List<Ruling> rulings = inferred.rulings();
        List<RuledGrid> grids = grids(rulings);
        BufferedImage clean = withoutRules(page, imageRules, grids, scale);
        start = timings.add(OcrTimings.Step.RULES_AND_GRID, start);
        List<Glyph> glyphs = new ArrayList<>();
        List<OcrReading> readings = new ArrayList<>();
        for (RuledGrid grid : grids) {
            int first = readings.size();
            cells(grid, clean, mask, engine, pageNumber, glyphs, readings, timings);
            for (int i = first; i < readings.size() && inferred.rows().stream().anyMatch(r -> touches(grid, r)); i++) {
                OcrReading r = readings.get(i);
                readings.set(i, new OcrReading(r.page(), r.box(), TextRows.doubted(r.recognition())));
            }
        }
        start = System.nanoTime();
        glyphs.addAll(runningText(clean, grids, engine, scale));
        timings.add(OcrTimings.Step.RUNNING_TEXT, start);
        List<Ruling> tableRules = rulings.stream().filter(r -> grids.stream().anyMatch(g -> touches(g, r))).toList();
        return new Result(new PageScan(pageNumber, width, height, glyphs, tableRules, 0, 0), readings, skew);
    }

    /** The table grids the rules form; frames with too few rules are not tables. */
    private static List<RuledGrid> grids(List<Ruling> rulings) {
        List<RuledGrid> grids = new ArrayList<>();
        for (List<Ruling> frame : RulingGroups.of(rulings)) {
            long horizontal = frame.stream().filter(Ruling::horizontal).count();
            if (horizontal >= MIN_RULES_EACH_WAY && frame.size() - horizontal >= MIN_RULES_EACH_WAY) {
                RuledGrid grid = GridBuilder.build(frame, ReadLimits.DEFAULT);
                if (grid.spans().size() >= 2) {
                    grids.add(grid);
                }
            }
        }
        return grids;
    }

    private static boolean touches(RuledGrid grid, Ruling r) {
        double mid = (r.from() + r.to()) / 2;
        return r.horizontal() ? grid.contains(mid, r.pos(), 2) : grid.contains(r.pos(), mid, 2);
    }

    private static void cells(RuledGrid grid, BufferedImage clean, InkMask mask, Tesseract engine, int page,
                              List<Glyph> glyphs, List<OcrReading> readings, OcrTimings timings) throws IOException {
        List<Rectangle> rects = new ArrayList<>();
        for (Span span : grid.spans()) {
            rects.add(pixels(grid.bbox(span), clean));
        }
        List<OcrCells.CellText> texts = OcrCells.read(clean, mask, rects, DPI, engine, timings);
        double scale = 72 / DPI;
        for (int i = 0; i < rects.size(); i++) {
            Rectangle r = rects.get(i);
            glyphs.addAll(OcrGlyphs.of(texts.get(i).words(), r.x, r.y, scale));
            readings.add(new OcrReading(page, grid.bbox(grid.spans().get(i)), texts.get(i).recognition()));
        }
    }

    /** A cell's box in pixels, inset from its rules and clipped to the image. */
    private static Rectangle pixels(BoundingBox box, BufferedImage image) {
        double inset = CELL_INSET_INCHES * DPI, perPoint = DPI / 72;
        int x0 = (int) Math.max(0, Math.round(box.x0() * perPoint + inset));
        int y0 = (int) Math.max(0, Math.round(box.y0() * perPoint + inset));
        int x1 = (int) Math.min(image.getWidth(), Math.round(box.x1() * perPoint - inset));
        int y1 = (int) Math.min(image.getHeight(), Math.round(box.y1() * perPoint - inset));
        return new Rectangle(x0, y0, Math.max(1, x1 - x0), Math.max(1, y1 - y0));
    }

    /** A copy of the page with the tables' rules painted white, so cell images hold only their text. */
    private static BufferedImage withoutRules(BufferedImage page, List<ImageRule> rules, List<RuledGrid> grids,
                                              double scale) {
        BufferedImage clean = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = clean.createGraphics();
        try {
            g.drawImage(page, 0, 0, null);
            g.setColor(Color.WHITE);
            for (ImageRule r : rules) {
                int half = r.thickness() / 2 + 2;
                int pos = (int) Math.round(r.pos());
                if (r.horizontal()) {
                    g.fillRect(r.from() - 2, pos - half, r.to() - r.from() + 5, 2 * half + 1);
                } else {
                    g.fillRect(pos - half, r.from() - 2, 2 * half + 1, r.to() - r.from() + 5);
                }
            }
        } finally {
            g.dispose();
        }
        return clean;
    }

    /** The words outside the tables, read as a page of running text. */
    private static List<Glyph> runningText(BufferedImage clean, List<RuledGrid> grids, Tesseract engine, double scale)
            throws IOException {
        BufferedImage text = new BufferedImage(clean.getWidth(), clean.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = text.createGraphics();
        try {
            g.drawImage(clean, 0, 0, null);
            g.setColor(Color.WHITE);
            for (RuledGrid grid : grids) {
                BoundingBox b = grid.bbox();
                g.fillRect((int) (b.x0() / scale) - 4, (int) (b.y0() / scale) - 4,
                        (int) (b.width() / scale) + 9, (int) (b.height() / scale) + 9);
            }
        } finally {
            g.dispose();
        }
        List<OcrWord> words = engine.recognise(List.of(text), OcrPass.CHINESE_PAGE).get(0);
        return OcrGlyphs.of(words, 0, 0, scale);
    }
}
