package gongkai.read;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * The seam to PDFBox's graphics: collects a page's table rules, both stroked lines ({@code m l S}, as Word and
 * LibreOffice draw cell edges) and thin filled rectangles ({@code re f}, as Chromium draws them), converted at
 * once into top-left-origin {@link Ruling}s. Text is not shown at all, which also keeps Type 3 glyph outlines
 * (paths too) out of the rules and makes this pass cheap.
 */
final class RuleCollector extends PDFGraphicsStreamEngine {
    /** A stroked segment whose ends differ by at most this much across its length counts as axis-parallel. */
    static final double AXIS_TOLERANCE = 1.0;
    /** A filled rectangle no thicker than this is a rule, not a cell background. */
    static final double MAX_RULE_THICKNESS = 2.5;
    /** Shorter marks (dots, hyphens drawn as paths) are not rules. */
    static final double MIN_RULE_LENGTH = 4.0;

    private final PDRectangle crop;
    private final List<double[]> subpaths = new ArrayList<>();
    private final List<Ruling> rulings = new ArrayList<>();
    private final Point2D.Float current = new Point2D.Float();
    private double[] open;
    private int images;

    RuleCollector(PDPage page) {
        super(page);
        this.crop = page.getCropBox();
    }

    /** Runs over the page and returns its rules. */
    List<Ruling> collect() throws IOException {
        processPage(getPage());
        return rulings;
    }

    int images() {
        return images;
    }

    @Override
    public void showTextString(byte[] string) {
        // text is read by GlyphCollector
    }

    @Override
    public void showTextStrings(COSArray array) {
        // text is read by GlyphCollector
    }

    @Override
    protected void showType3Glyph(Matrix matrix, PDType3Font font, int code, Vector displacement) {
        // Type 3 glyph outlines are paths but not rules
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        double x0 = Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
        double x1 = Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
        double y0 = Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
        double y1 = Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
        subpaths.add(new double[] {x0, y0, x1, y0, x1, y1, x0, y1, x0, y0});
        open = null;
    }

    @Override
    public void moveTo(float x, float y) {
        open = new double[] {x, y};
        subpaths.add(open);
        current.setLocation(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        if (open == null) {
            moveTo((float) current.getX(), (float) current.getY());
        }
        int n = open.length;
        double[] grown = java.util.Arrays.copyOf(open, n + 2);
        grown[n] = x;
        grown[n + 1] = y;
        subpaths.set(subpaths.size() - 1, grown);
        open = grown;
        current.setLocation(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        // curves are never table rules; start a fresh subpath after them
        open = null;
        current.setLocation(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        if (open != null && open.length >= 4) {
            lineTo((float) open[0], (float) open[1]);
        }
    }

    @Override
    public void endPath() {
        subpaths.clear();
        open = null;
    }

    @Override
    public void strokePath() {
        for (double[] path : subpaths) {
            for (int i = 0; i + 3 < path.length; i += 2) {
                addSegment(path[i], path[i + 1], path[i + 2], path[i + 3]);
            }
        }
        endPath();
    }

    @Override
    public void fillPath(int windingRule) {
        for (double[] path : subpaths) {
            addThinBox(path);
        }
        endPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    @Override
    public void drawImage(PDImage pdImage) {
        images++;
    }

    @Override
    public void clip(int windingRule) {
        // clipping paths are not drawn
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // shadings are backgrounds
    }

    private void addSegment(double x0, double y0, double x1, double y1) {
        if (Math.abs(y1 - y0) <= AXIS_TOLERANCE && Math.abs(x1 - x0) >= MIN_RULE_LENGTH) {
            double y = top((y0 + y1) / 2);
            rulings.add(new Ruling(true, y, left(x0), left(x1)));
        } else if (Math.abs(x1 - x0) <= AXIS_TOLERANCE && Math.abs(y1 - y0) >= MIN_RULE_LENGTH) {
            rulings.add(new Ruling(false, left((x0 + x1) / 2), top(y0), top(y1)));
        }
    }

    /** A filled subpath whose bounding box is thin in one direction is drawn as a rule. */
    private void addThinBox(double[] path) {
        double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
        for (int i = 0; i + 1 < path.length; i += 2) {
            x0 = Math.min(x0, path[i]);
            x1 = Math.max(x1, path[i]);
            y0 = Math.min(y0, path[i + 1]);
            y1 = Math.max(y1, path[i + 1]);
        }
        double w = x1 - x0, h = y1 - y0;
        if (h <= MAX_RULE_THICKNESS && w >= MIN_RULE_LENGTH && w > h) {
            rulings.add(new Ruling(true, top((y0 + y1) / 2), left(x0), left(x1)));
        } else if (w <= MAX_RULE_THICKNESS && h >= MIN_RULE_LENGTH && h > w) {
            rulings.add(new Ruling(false, left((x0 + x1) / 2), top(y0), top(y1)));
        }
    }

    private double top(double pdfY) {
        return crop.getUpperRightY() - pdfY;
    }

    private double left(double pdfX) {
        return pdfX - crop.getLowerLeftX();
    }
}
